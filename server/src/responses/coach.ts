/**
 * The response coach: hints on a response before it is sent. Pure: the caller gives the story's
 * criticality and the subscriber's earlier responses. Hints never block sending.
 */

export const COACH_HINTS = {
  thanks: 'Thank the author for taking the time to tell their story.',
  apology: 'This story is critical of the care: say sorry for what went wrong.',
  role: 'Say who is answering: your role, for example "I am the ward manager on Ward 7".',
  continue:
    'Offer a way to continue the conversation: a phone number or email for the team, or the Patient Advice and Liaison Service (PALS).',
  copy: 'This is almost the same as a response your organisation has already sent. Authors notice a standard reply: answer what this story says.',
} as const
export type CoachHintCode = keyof typeof COACH_HINTS

export interface CoachInput {
  body: string
  responderTitle?: string
  /** The story's criticality, 0–5, when a moderator set it. */
  criticality: number | null
  /** Earlier responses by the same subscriber (not the one being edited). */
  earlier: string[]
}

export const NEAR_COPY = 0.9

// Each in English, then Welsh: a response in Welsh thanks with "diolch", says sorry with "mae'n
// ddrwg gennym", says who answers with "rwy'n …" and invites with "cysylltwch", "ffoniwch".
const THANKS = /\b(thank|thanks|thankyou|grateful|appreciate[ds]?|diolch)\b/i
const APOLOGY = /\b(sorry|apologi[sz]e[ds]?|apologies|regret|ymddiheur\w*|ddrwg gen\w*|flin gen\w*)\b/i
const ROLE =
  /\b(I am|I'm|my name is|as (the|a|an)|my role|fi yw|rwy['’]?n|rydw i|dw i['’]?n|fy enw|fy rôl)\b/i
// Mentioning PALS is a way to continue the conversation in a response, never a complaint.
const CONTINUE =
  /\b(contact|get in touch|call|phone|ring|e-?mail|speak|talk|meet|reply|write to|PALS|Patient Advice|cysyllt\w*|ffonio|ffoniwch|e-?bost\w*|siarad|cwrdd|cyfarfod|ysgrifennwch|@|0\d{3,4}[ \d]{6,8})\b/i

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Character trigrams of the normalised text, with their counts. */
function trigrams(text: string): Map<string, number> {
  const t = ` ${normalise(text)} `
  const grams = new Map<string, number>()
  for (let i = 0; i + 3 <= t.length; i++) {
    const g = t.slice(i, i + 3)
    grams.set(g, (grams.get(g) ?? 0) + 1)
  }
  return grams
}

/** Dice similarity of two texts' character trigrams: 1 for the same words, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  const x = trigrams(a)
  const y = trigrams(b)
  let total = 0
  let shared = 0
  for (const n of x.values()) total += n
  for (const n of y.values()) total += n
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0)
  return total ? (2 * shared) / total : 0
}

/** The hints that apply to this response, in the order a reader meets them. */
export function coachResponse(input: CoachInput): { code: CoachHintCode; message: string }[] {
  const codes: CoachHintCode[] = []
  const { body } = input
  if (!THANKS.test(body)) codes.push('thanks')
  if ((input.criticality ?? 0) >= 2 && !APOLOGY.test(body)) codes.push('apology')
  const title = input.responderTitle?.trim().toLowerCase()
  if (!ROLE.test(body) && !(title && title.length > 2 && body.toLowerCase().includes(title)))
    codes.push('role')
  if (!CONTINUE.test(body)) codes.push('continue')
  if (input.earlier.some((e) => similarity(body, e) >= NEAR_COPY)) codes.push('copy')
  return codes.map((code) => ({ code, message: COACH_HINTS[code] }))
}
