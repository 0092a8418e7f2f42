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
    ['She was not given food or water for two days.', 'not given food or water'],
    ["I don't see the point in living any more.", "don't see the point in living"],
  ])('flags the risk in %j', (text, phrase) => {
    expect(flagged(text, safeguarding)).toEqual([phrase])
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
