import { matchSpans } from '../spans.ts'
import type { Check } from '../types.ts'

const REGULATORS =
  '(?:GMC|NMC|CQC|HCPC|GDC|GPhC|PHSO|ombudsman|Care Quality Commission|General Medical Council|Nursing and Midwifery Council)'

// Language that asks for a formal process, not a story.
const PHRASES = [
  '(?:make|making|made|lodge|lodged|lodging|file|filed|filing|submit|submitted|raise|raised|raising|put in|putting in) (?:a |an |my |our )?(?:formal |official |written )?complaint',
  '(?:formal|official|written) complaint',
  '(?:my|our) complaint',
  '(?:first|second|third|fourth|fifth|another|previous|earlier|several|many|numerous|repeated) complaints?',
  'complaints? (?:department|team|procedure|process|manager|officer)',
  "(?:(?:I am|I'm|we are|we're|I'll be|we'll be) )?(?:suing|sued)",
  '(?:take|taking|took) (?:them|it|the trust|the hospital|the practice|the home) to court',
  "(?:(?:my|our|a|the family's) )?(?:solicitors?|lawyers?|barristers?|legal team)",
  '(?:legal action|legal advice|litigation|court case)',
  '(?:clinical|medical|professional) negligence',
  'negligence claim',
  'compensation',
  `(?:report(?:ed|ing)?|refer(?:red|ring)?|complain(?:ed|ing)?|writ(?:e|ing)|wrote|escalat(?:e|ed|ing)|(?:take|taking|took) (?:this|it) further) (?:[\\w'.]+ ){0,3}(?:to|with) (?:the )?${REGULATORS}`,
  `(?:contact(?:ed|ing)?|inform(?:ed|ing)?|go(?:ing)? to|went to|gone to) (?:the )?${REGULATORS}`,
  'ombudsman(?: upheld (?:my|our|the) complaint)?',
  'struck off',
  'Patient Advice and Liaison Service',
]

const COMPLAINT = new RegExp(`\\b(?:${PHRASES.join('|')})\\b`, 'gi')
// Case matters for these two: "pals" are friends, and "Sue" is a name.
const PALS = /\bPALS\b/g
const SUE = /\b(?:[Tt]o|[Ww]ill|going to|gonna|could|should|can|I'?ll|[Ww]e'?ll) sue\b/g

export const complaint: Check = {
  rule: 'complaint',
  message:
    "Heard is not a complaints process. To make a formal complaint, please contact the provider's complaints team or PALS; you can still share your story here.",
  find: (text) => [...matchSpans(COMPLAINT, text), ...matchSpans(PALS, text), ...matchSpans(SUE, text)],
}
