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
    ['I was abused as a child.', 'was abused'],
    ['My mum was left in soiled sheets for hours.', 'left in soiled sheets for hours'],
    ['Dad had bruises nobody explained.', 'bruises nobody explained'],
    ['She is scared of the carer who does nights.', 'scared of the carer'],
    ['They locked him in his room.', 'locked him in his room'],
    ['She was not given food or water for two days.', 'was not given food or water for two days'],
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
    ['He said he would come back and hurt her.', 'he would come back and hurt her'],
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
    expect(flagged(text, safeguarding, 'cy')).toEqual([
      'wedi cadw tabledi',
      'ddim wedi cael diod',
      'want to die',
    ])
    expect(
      flagged("Mae'r ciw 'ma'n fy lladd i. Bu bron i mi farw o ddiflastod.", safeguarding, 'cy'),
    ).toEqual([])
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
