export const PRECHECK_RULES = [
  'all_caps',
  'email',
  'url',
  'phone',
  'nhs_number',
  'postcode',
  'date',
  'person_name',
  'profanity',
  'safeguarding',
  'complaint',
  'person_description',
  'not_experience',
] as const

export type PrecheckRule = (typeof PRECHECK_RULES)[number]

export interface PrecheckFlag {
  rule: PrecheckRule
  start: number
  end: number
  message: string
}

/** A half-open range of UTF-16 offsets into the checked text. */
export interface Span {
  start: number
  end: number
  /** Found by a learned model rather than a rule that can say why: shown to moderators only. */
  moderatorsOnly?: boolean
}

/**
 * Who reads the flags: the author, while writing (only what a rule can explain), or a moderator
 * (everything, including what the learned model adds).
 */
export type Audience = 'author' | 'moderator'

/** The language a text is checked as: its words decide, the author's choice breaks a tie. */
export type Lang = 'en' | 'cy'

/** One rule: what it is called, what the author is told, and where it matches. */
export interface Check {
  rule: PrecheckRule
  message: string
  find(text: string, lang: Lang): Span[]
}
