import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { safeguarding } from './safeguarding.ts'

describe('safeguarding rule', () => {
  it.each([
    ['Some days I want to end my life because of the pain.', 'want to end my life'],
    ["I feel like I'm going to kill myself.", 'going to kill myself'],
    ['My daughter has started to self-harm again.', 'self-harm'],
    ['He took an overdose last week.', 'overdose'],
    ['One of the carers hit me when I asked for the toilet.', 'hit me'],
    ['I was abused as a child.', 'abused'],
    ['My mum was left in soiled sheets for hours.', 'left in soiled sheets for hours'],
    ['Dad had bruises nobody explained.', 'bruises nobody explained'],
    ['She is scared of the carer who does nights.', 'scared of the carer'],
    ['They locked him in his room.', 'locked him in his room'],
    ['She was not given food or water for two days.', 'not given food or water for two days'],
    ["I don't see the point in living any more.", "don't see the point in living"],
  ])('flags the risk in %j', (text, phrase) => {
    expect(flagged(text, safeguarding)).toEqual([phrase])
  })

  it.each([
    ["I've got pills saved up and I know how many it would take.", 'pills saved up'],
    ["I don't want to be here any more.", "don't want to be here any more"],
    ["Dad hadn't been given a drink all day.", "hadn't been given a drink all day"],
    ['We found him lying in his own urine.', 'lying in his own urine'],
    ['The carer grabbed my mum by the arm.', 'grabbed my mum'],
    ['He said he would come back and hurt her.', 'He said he would come back and hurt her'],
    ["My partner controls all my money and won't let me see my friends.", 'controls all my money'],
  ])('flags risk told in everyday words in %j', (text, phrase) => {
    expect(flagged(text, safeguarding)).toContain(phrase)
  })

  it('does not flag figures of speech or a body part that was hit', () => {
    const text =
      'This queue is killing me. I could have died of boredom. I was dying for a cup of tea. ' +
      'My son hit his head on the table. The nurse shouted at me to hurry up.'
    expect(flagged(text, safeguarding)).toEqual([])
  })

  it('flags Welsh risk phrases in Welsh text, and English ones too', () => {
    const text = "Dw i wedi cadw tabledi. Doedd Dad ddim wedi cael diod drwy'r dydd. I want to die."
    expect(flagged(text, safeguarding, 'cy')).toEqual(['cadw tabledi', 'ddim wedi cael diod', 'want to die'])
    expect(
      flagged("Mae'r ciw 'ma'n fy lladd i. Bu bron i mi farw o ddiflastod.", safeguarding, 'cy'),
    ).toEqual([])
  })

  it.each([
    ["I've been thinking about ending things.", 'thinking about ending things'],
    ['I wish I had never woken up.', 'wish I had never woken up'],
    ['Nobody would miss me if I was gone.', 'Nobody would miss me'],
    ['She went without food for two days.', 'went without food'],
    ['They held him down and forced the tablets into his mouth.', 'held him down'],
    ['My son threatened me with a knife.', 'threatened me with a knife'],
    ["He won't let me have my own bank account.", "won't let me have"],
  ])('flags self-harm, neglect, rough handling, threats and abuse at home in %j', (text, phrase) => {
    expect(flagged(text, safeguarding)).toContain(phrase)
  })

  it.each([
    ['Rydw i eisiau marw.', 'eisiau marw'],
    ['Dw i wedi meddwl lladd fy hun.', 'lladd fy hun'],
    ['Dw i ddim eisiau bod yma ragor.', 'ddim eisiau bod yma'],
    ["Roedd Dad wedi'i adael mewn gwely gwlyb.", 'adael mewn gwely gwlyb'],
    ["Aeth Mam drwy'r dydd heb ddiod.", 'heb ddiod'],
    ["Roedd e'n gwthio Mam yn ôl i'r gwely.", 'gwthio Mam'],
    ['Tarodd un o’r gofalwyr Nain.', 'Tarodd un o’r gofalwyr Nain'],
    ["Mae e'n bygwth fy mrifo.", 'bygwth fy mrifo'],
  ])('flags Welsh risk told in everyday words, mutated forms too: %j', (text, phrase) => {
    expect(flagged(text, safeguarding, 'cy')).toContain(phrase)
  })

  it('does not flag a figure of speech, an accident or ordinary care', () => {
    const text =
      'It suddenly hit me how ill Dad was. The baby kicked me all night. I cut myself shaving. ' +
      "The porter pushed me down to X-ray in a wheelchair. I'd rather die than wait in that queue again. " +
      'Mum did not want to live in a care home. I collected my tablets from the pharmacy.'
    expect(flagged(text, safeguarding)).toEqual([])
    const welsh =
      "Doedd Mam ddim eisiau byw mewn cartref gofal. Ciciodd y babi fi drwy'r nos. " +
      "Gwthiodd y porthor fi mewn cadair olwyn. Byddai hi'n fy lladd i pe bai hi'n gwybod. " +
      'Ches i ddim diod cyn y llawdriniaeth.'
    expect(flagged(welsh, safeguarding, 'cy')).toEqual([])
  })

  it('points the author to 999, NHS 111 and Samaritans, and says a moderator will read it', () => {
    expect(safeguarding.message).toMatch(/999/)
    expect(safeguarding.message).toMatch(/NHS 111/)
    expect(safeguarding.message).toMatch(/116 123/)
    expect(safeguarding.message).toMatch(/moderator will read/)
  })

  it('does not flag everyday phrases that look similar', () => {
    const text =
      'The self-help leaflets were useful. He hit his head when he fell. The overdue letter came. ' +
      'I was dying to get home. I hit the call bell. I nearly died of boredom. ' +
      'I honestly thought I was going to die that night.'
    expect(flagged(text, safeguarding)).toEqual([])
  })
})
