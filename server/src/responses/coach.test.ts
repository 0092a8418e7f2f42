import { describe, expect, it } from 'vitest'
import { coachResponse, similarity } from './coach.ts'

const GOOD =
  'Thank you for telling us about your father’s stay. I am the ward manager on Ward 7 and I am sorry the nights were so noisy. ' +
  'Please call me on 01632 960 123 so that we can talk about what happened.'
const codes = (body: string, extra: Partial<Parameters<typeof coachResponse>[0]> = {}) =>
  coachResponse({ body, criticality: 3, earlier: [], ...extra }).map((h) => h.code)

describe('coachResponse', () => {
  it('has nothing to say about a response that thanks, apologises, introduces and invites', () => {
    expect(codes(GOOD)).toEqual([])
  })

  it('asks for thanks, an apology on a critical story, a role and a way to continue', () => {
    expect(codes('We have looked into the noise at night on the ward.')).toEqual([
      'thanks',
      'apology',
      'role',
      'continue',
    ])
  })

  it('asks for an apology only when the story is at least mildly critical (2)', () => {
    const body = 'Thank you. I am the matron; please contact the ward.'
    expect(codes(body, { criticality: 1 })).toEqual([])
    expect(codes(body, { criticality: 2 })).toEqual(['apology'])
    expect(codes(body, { criticality: null })).toEqual([])
  })

  it('takes the job title written in the response as saying who answers', () => {
    const body = 'Thank you. The Ward Manager, Ward 7 will be in touch; please contact us too.'
    expect(codes(body, { responderTitle: 'Ward Manager, Ward 7', criticality: 0 })).toEqual([])
  })

  it('reads a Welsh response as well as an English one', () => {
    const welsh =
      "Diolch am adrodd eich stori. Rwy'n rheolwr y ward ac mae'n ddrwg gennym am y nosweithiau swnllyd. Ffoniwch fi ar 01632 960 123."
    expect(codes(welsh)).toEqual([])
    expect(codes('Rydym wedi edrych ar y sŵn yn y nos ar y ward.')).toEqual([
      'thanks',
      'apology',
      'role',
      'continue',
    ])
  })

  it('counts PALS as a way to continue the conversation, not as a complaint', () => {
    const body = 'Thank you for your story. I am the matron. PALS can arrange a meeting with us.'
    expect(codes(body, { criticality: 0 })).toEqual([])
  })

  it('warns of a near-copy (similarity ≥ 0.9) of an earlier response, not of a different one', () => {
    const earlier = GOOD.replace('Ward 7', 'Ward 8')
    expect(codes(GOOD, { earlier: [earlier] })).toEqual(['copy'])
    expect(codes(GOOD, { earlier: ['Thank you for your kind words about the maternity team.'] })).toEqual([])
  })
})

describe('similarity', () => {
  it('is 1 for the same words whatever the case and punctuation, and low for different text', () => {
    expect(similarity('Thank you, so much!', 'thank you so much')).toBe(1)
    expect(similarity('Thank you so much', 'The car park was full')).toBeLessThan(0.3)
    expect(similarity('', '')).toBe(0)
  })
})
