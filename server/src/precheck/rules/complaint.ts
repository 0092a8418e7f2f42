import { groupedAlternatives } from '../alternation.ts'
import { matchSpans } from '../spans.ts'
import type { Check } from '../types.ts'
import { findWelshComplaint } from './complaint-cy.ts'
import { regex } from '../regex.ts'

const REGULATORS =
  '(?:GMC|NMC|CQC|HCPC|GDC|GPhC|PHSO|HIW|ombudsman|Care Quality Commission|General Medical Council|Nursing and Midwifery Council|Healthcare Inspectorate Wales)'

// Language that asks for a formal process, not a story. PALS alone is not one: people go there
// for help as often as to complain.
const PHRASES = [
  '(?:make|making|made|lodge|lodged|lodging|file|filed|filing|submit|submitted|raise|raised|raising|put in|putting in|write|wrote|written|writing|send|sent|sending) (?:a |an |my |our )?(?:formal |official |written )?complaint',
  '(?:formal|official|written) complaint',
  'complain(?:ed|ing|s)? (?:formally|officially|in writing)',
  '(?:formally|officially) complain(?:ed|ing|s)?',
  "(?<!(?:n['’]t|not|never) )(?:want|wish|intend|going|like|need|plan|planning)(?: to)? (?:to )?complain(?! of)",
  '(?:my|our) complaint',
  '(?:first|second|third|fourth|fifth|another|previous|earlier|several|many|numerous|repeated) complaints?',
  'complaints? (?:department|team|manager|officer|letter)',
  '(?:this|the above) complaint(?! she| he)',
  'NHS complaints',
  "(?:(?:I am|I'm|we are|we're|I'll be|we'll be) )?(?:suing|sued)",
  '(?:take|taking|took) (?:them|it|the trust|the hospital|the practice|the home|this) to court',
  // A lawyer is a complaint when someone is using one, not when it is someone's job.
  "(?:my|our|the family's|the family’s) (?:solicitors?|lawyers?|barristers?|legal team)",
  '(?:instruct(?:ed|ing)?|contact(?:ed|ing)?|consult(?:ed|ing)?|spoke to|speaking to|spoken to|seeking|see|seeing|get|got|getting|hire|hired|appoint(?:ed)?|engaged|involve|involved) (?:a |our |my )?(?:solicitors?|lawyers?|barristers?|legal team)',
  '(?:solicitors?|lawyers?) (?:has|have|says|said|is|are|will|wrote|advised|advise)',
  '(?:legal action|legal advice|legal proceedings|litigation|court case)',
  '(?:clinical|medical|professional) negligence',
  'negligence claim',
  'no win,? no fee',
  'compensation(?! pack)',
  'compensated|compensate (?:me|us|my|our|for)',
  '(?:financial )?redress',
  '(?:demand|want|expect|request|requesting|insist on) (?:a |an )?(?:full |independent |proper |thorough |formal )?(?:investigation|inquiry|enquiry)',
  '(?:apology in writing|written apology)',
  '(?:held accountable|disciplined|struck off|sacked)',
  `(?:report(?:ed|ing)?|refer(?:red|ring)?|complain(?:ed|ing)?|writ(?:e|ing)|wrote|escalat(?:e|ed|ing)|(?:take|taking|took) (?:this|it) further|tak(?:e|ing)|took) (?:[\\w'.]+ ){0,3}(?:to|with) (?:the |my MP and the )?${REGULATORS}`,
  `(?:contact(?:ed|ing)?|inform(?:ed|ing)?|go(?:ing)? to|went to|gone to) (?:the )?${REGULATORS}`,
  'ombudsman(?: upheld (?:my|our|the) complaint)?',
  'Parliamentary and Health Service Ombudsman',
]

const COMPLAINT = regex(`\\b${groupedAlternatives(PHRASES, true)}\\b`, 'gi')
// "Worked for the Ombudsman" is a job, not a complaint.
const NOT_COMPLAINT = /\bwork(?:ed|s|ing)? (?:for|at) the $/i
// Case matters here: "Sue" is a name.
const SUE = /\b(?:[Tt]o|[Ww]ill|going to|gonna|could|should|can|I'?ll|[Ww]e'?ll) sue\b/g

export const complaint: Check = {
  rule: 'complaint',
  message:
    "Heard is not a complaints process. To make a formal complaint, please contact the provider's complaints team or PALS; you can still share your story here.",
  find: (text, lang) => [
    ...matchSpans(COMPLAINT, text).filter(
      (span) => !NOT_COMPLAINT.test(text.slice(Math.max(0, span.start - 30), span.start)),
    ),
    ...matchSpans(SUE, text),
    ...(lang === 'cy' ? findWelshComplaint(text) : []),
  ],
}
