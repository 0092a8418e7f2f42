import { msg, str } from '@lit/localize'
import type { FlagRule } from '../shared/types.ts'
import { type Lang } from '../shared/locale.ts'

/**
 * One-click redaction: what each pre-check flag may be replaced with, and the reason recorded.
 * The first option is the usual one. The replacements become part of the story, so they are in
 * the story's language (`en`/`cy`), whatever the portal's; the reason is the moderator's, in the
 * portal's language.
 */
export type RuleReplacement = { options: (quote: string, lang?: Lang) => string[]; reason: string }

const fixed =
  (options: Record<Lang, string[]>) =>
  (_quote: string, lang: Lang = 'en') =>
    options[lang]

const sentenceCase = (quote: string) => {
  const lower = quote.toLowerCase()
  return [lower.charAt(0).toUpperCase() + lower.slice(1)]
}

export const REPLACEMENTS: Record<string, RuleReplacement> = {
  person_name: {
    options: fixed({
      en: ['[name removed]', 'a member of staff', 'the nurse', 'the doctor'],
      cy: ['[enw wedi ei dynnu]', 'aelod o staff', 'y nyrs', 'y meddyg'],
    }),
    get reason() {
      return msg('Removed a name so that nobody can be identified')
    },
  },
  date: {
    options: fixed({ en: ['[date removed]', 'recently'], cy: ['[dyddiad wedi ei dynnu]', 'yn ddiweddar'] }),
    get reason() {
      return msg('Removed an exact date that could identify the author')
    },
  },
  email: {
    options: fixed({ en: ['[email removed]'], cy: ['[e-bost wedi ei dynnu]'] }),
    get reason() {
      return msg('Removed contact details')
    },
  },
  phone: {
    options: fixed({ en: ['[phone number removed]'], cy: ['[rhif ffôn wedi ei dynnu]'] }),
    get reason() {
      return msg('Removed contact details')
    },
  },
  nhs_number: {
    options: fixed({ en: ['[NHS number removed]'], cy: ['[rhif GIG wedi ei dynnu]'] }),
    get reason() {
      return msg('Removed an NHS number')
    },
  },
  postcode: {
    options: fixed({ en: ['[postcode removed]'], cy: ['[cod post wedi ei dynnu]'] }),
    get reason() {
      return msg('Removed an address detail')
    },
  },
  url: {
    options: fixed({ en: ['[link removed]'], cy: ['[dolen wedi ei thynnu]'] }),
    get reason() {
      return msg('Removed a web address')
    },
  },
  profanity: {
    options: fixed({ en: ['[swearing removed]'], cy: ['[rhegfeydd wedi eu tynnu]'] }),
    get reason() {
      return msg('Removed swearing')
    },
  },
  all_caps: {
    options: sentenceCase,
    get reason() {
      return msg('Changed shouting capitals to ordinary letters')
    },
  },
}

export const QUICK_TEXT = {
  pending: (n: number) => (n === 1 ? msg('1 change not saved yet') : msg(str`${n} changes not saved yet`)),
  save: (n: number) => (n === 1 ? msg('Save 1 change') : msg(str`Save ${n} changes`)),
  get undoAll() {
    return msg('Undo all')
  },
  get undo() {
    return msg('Undo')
  },
  get becomes() {
    return msg('Will become')
  },
  get saved() {
    return msg('Changes saved. Publishing now would publish the changed text.')
  },
  get publishSaves() {
    return msg('Publishing saves them first.')
  },
}

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
  const reasons = [...new Set(pending.map((p) => REPLACEMENTS[p.rule]?.reason ?? msg('Removed a detail')))]
  return {
    ...changes,
    reason: reasons.join('; '),
    removed: [...new Set(pending.map((p) => p.rule as FlagRule))],
  }
}
