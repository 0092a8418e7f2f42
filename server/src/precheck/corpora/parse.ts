import { PRECHECK_RULES, type Lang, type PrecheckRule, type Span } from '../types.ts'

export type { Lang }

/** One labelled sentence: its text without mark-up, its language, and the spans of each rule. */
export interface LabelledText {
  text: string
  lang: Lang
  labels: (Span & { rule: PrecheckRule })[]
}

// Short names used in the corpus files' mark-up: "{name:priya}", "{safe:I've got pills saved up}".
export const MARKUP_CODES: Record<string, PrecheckRule> = {
  caps: 'all_caps',
  email: 'email',
  url: 'url',
  phone: 'phone',
  nhs: 'nhs_number',
  post: 'postcode',
  date: 'date',
  name: 'person_name',
  prof: 'profanity',
  safe: 'safeguarding',
  comp: 'complaint',
  desc: 'person_description',
  notexp: 'not_experience',
}
for (const rule of Object.values(MARKUP_CODES)) {
  if (!PRECHECK_RULES.includes(rule)) throw new Error(`unknown rule ${rule}`)
}

const MARK = /\{([a-z]+):([^{}]+)\}/g

/** Reads one corpus line: "{code:span}" marks a labelled span; the braces are not part of the text. */
export function parseLine(line: string, lang: Lang): LabelledText {
  const labels: LabelledText['labels'] = []
  let text = ''
  let from = 0
  for (const m of line.matchAll(MARK)) {
    const rule = MARKUP_CODES[m[1]!]
    if (!rule) throw new Error(`unknown mark-up code "${m[1]}" in: ${line}`)
    text += line.slice(from, m.index)
    labels.push({ rule, start: text.length, end: text.length + m[2]!.length })
    text += m[2]
    from = m.index + m[0].length
  }
  text += line.slice(from)
  if (/[{}]/.test(text)) throw new Error(`unbalanced mark-up in: ${line}`)
  return { text, lang, labels }
}

/** A corpus file: one sentence a line; lines starting with "#" and blank lines are skipped. */
export function parseCorpus(source: string, lang: Lang): LabelledText[] {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => parseLine(line, lang))
}

/** FNV-1a, 32 bits, over UTF-16 code units: the split rule's hash of a sentence without mark-up. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}
