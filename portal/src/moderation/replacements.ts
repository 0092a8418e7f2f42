import type { FlagRule } from '../shared/types.ts'

/**
 * One-click redaction: what each pre-check flag may be replaced with, and the reason recorded.
 * The first option is the usual one. English now, one place for Welsh later.
 */
export type RuleReplacement = { options: (quote: string) => string[]; reason: string }

const fixed =
  (...options: string[]) =>
  () =>
    options

const sentenceCase = (quote: string) => {
  const lower = quote.toLowerCase()
  return [lower.charAt(0).toUpperCase() + lower.slice(1)]
}

export const REPLACEMENTS: Record<string, RuleReplacement> = {
  person_name: {
    options: fixed('[name removed]', 'a member of staff', 'the nurse', 'the doctor'),
    reason: 'Removed a name so that nobody can be identified',
  },
  date: {
    options: fixed('[date removed]', 'recently'),
    reason: 'Removed an exact date that could identify the author',
  },
  email: { options: fixed('[email removed]'), reason: 'Removed contact details' },
  phone: { options: fixed('[phone number removed]'), reason: 'Removed contact details' },
  nhs_number: { options: fixed('[NHS number removed]'), reason: 'Removed an NHS number' },
  postcode: { options: fixed('[postcode removed]'), reason: 'Removed an address detail' },
  url: { options: fixed('[link removed]'), reason: 'Removed a web address' },
  profanity: { options: fixed('[swearing removed]'), reason: 'Removed swearing' },
  all_caps: { options: sentenceCase, reason: 'Changed shouting capitals to ordinary letters' },
}

export const QUICK_TEXT = {
  pending: (n: number) => `${n} ${n === 1 ? 'change' : 'changes'} not saved yet`,
  save: (n: number) => `Save ${n} ${n === 1 ? 'change' : 'changes'}`,
  undoAll: 'Undo all',
  undo: 'Undo',
  becomes: 'Will become',
  saved: 'Changes saved. Publishing now would publish the changed text.',
  publishSaves: 'Publishing saves them first.',
} as const

export type PendingReplacement = {
  field: 'title' | 'body'
  start: number
  end: number
  rule: string
  replacement: string
}

export const pendingKey = (p: { field?: string; start: number; end: number }) =>
  `${p.field ?? 'body'}:${p.start}:${p.end}`

/** The text of one field with its pending replacements applied (overlapping ones are skipped). */
export function applyReplacements(text: string, pending: PendingReplacement[]): string {
  let result = text
  let limit = Infinity
  for (const p of [...pending].sort((a, b) => b.start - a.start)) {
    if (p.end > limit || p.start < 0 || p.end > text.length) continue
    result = result.slice(0, p.start) + p.replacement + result.slice(p.end)
    limit = p.start
  }
  return result
}

/** The story patch for a set of pending replacements: changed fields, the reasons, the kinds removed. */
export function replacementPatch(texts: { title: string; body: string }, pending: PendingReplacement[]) {
  const changes: { title?: string; body?: string } = {}
  for (const field of ['title', 'body'] as const) {
    const mine = pending.filter((p) => p.field === field)
    if (mine.length) changes[field] = applyReplacements(texts[field], mine)
  }
  const reasons = [...new Set(pending.map((p) => REPLACEMENTS[p.rule]?.reason ?? 'Removed a detail'))]
  return {
    ...changes,
    reason: reasons.join('; '),
    removed: [...new Set(pending.map((p) => p.rule as FlagRule))],
  }
}
