import nlp from 'compromise'

// compromise's lexicon, read once: a word → its tags. Looking a word up here costs nothing,
// unlike running the tagger (about 0.5 ms a sentence), so most decisions are made from it.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName'])
const LAST_NAME_TAGS = new Set(['LastName', 'Person'])
const PLACE_TAGS = new Set([
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
  'Demonym',
  'Month',
  'WeekDay',
  'Date',
  'Holiday',
])

const words = (list: string) => new Set(list.trim().split(/\s+/))

/** Capitalised words that are never someone's name in a care story. */
export const NOT_NAMES = words(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday christmas easter xmas eid diwali ramadan
  god jesus christ lord allah covid coronavirus nhs dear hi hello thanks thank please sorry ok yes no
  mum mummy mam mom dad daddy nan nana nanna gran granny grandma grandad grandpa grandmother grandfather
  auntie aunty uncle sir madam
  doctor dr nurse sister matron consultant surgeon registrar midwife physio physiotherapist paramedic
  carer porter receptionist pharmacist chaplain manager sergeant officer professor
  ward bay bed room unit theatre theatres recovery reception emergency accident urgent intensive critical
  acute majors minors resus triage outpatients inpatients maternity pharmacy radiology oncology cardiology
  haematology neurology urology gynaecology paediatrics orthopaedics dermatology rheumatology respiratory
  renal dialysis endoscopy ultrasound x-ray security admissions discharge
  macmillan samaritans mind tesco costa starbucks zoom teams whatsapp facebook google amazon
  uber netflix strictly kindle ipad iphone botox calpol oramorph ventolin paracetamol ibuprofen morphine tena
  parkinson alzheimer crohn hodgkin asperger huntington addison cushing raynaud tourette meniere lewy
  duchenne marfan ehlers danlos paget munchausen apgar glasgow lyme
  english british welsh scottish irish muslim christian jewish hindu sikh catholic
  britain england wales scotland ireland europe cymru lloegr
  cardiff caerdydd swansea abertawe newport casnewydd wrexham wrecsam bangor aberystwyth carmarthen caerfyrddin
  llanelli bridgend merthyr pontypridd rhyl conwy gwynedd ceredigion powys gwent anglesey môn pembrokeshire
  london manchester liverpool birmingham leeds sheffield bristol newcastle glasgow edinburgh belfast
  valentine valentines halloween bonfire
  mae ysbyty meddygfa
  staff everyone everybody someone somebody nobody anyone anybody people patients nurses doctors carers
`)

/** Words that make a run of capitalised words the name of a place, a service or an organisation. */
export const PLACE_WORDS = words(`
  hospital hospitals infirmary surgery clinic practice centre center ward wards unit wing house lodge court
  road street lane avenue drive close way park hospice home homes trust foundation society university college
  school station medical health healthcare care general memorial community ambulance team service services
  group partnership pharmacy hall building suite department village town city county council nursing nhs uk
  suite st saint royal queen king prince princess north south east west upper lower great little new old mount
  green hill bridge cross gate gardens square place view manor grange farm mill vale valley bay
  ysbyty meddygfa canolfan hosbis uned bwrdd iechyd glan
`)

// Endings of medicine names, which stories often capitalise ("Sertraline", "Omeprazole").
const MEDICINE =
  /(?:cillin|mycin|azole|pril|sartan|olol|statin|mab|pine|pam|lam|done|xetine|aline|tyline|amol|profen|fenac|parin|arin|phine|mide|zide|ine|ol)$/

export type WordKind = 'first' | 'last' | 'place' | 'common' | 'unknown'

const DERIVED =
  /(?:therapy|scopy|graphy|ectomy|itis|osis|ly|ing|ed|ness|tion|sion|ment|ology|ics|ful|less|ous|ive|able|ible|['’](?:t|ve|re|ll|d|m))$/

// Words recur (sentence openers, the same names), so what kindOf says is kept; the map is emptied
// when it grows past this many words, so that it never holds much.
const KINDS = new Map<string, WordKind>()
const MAX_KINDS = 20_000

/** What compromise's lexicon (and a few suffixes) say a word is, ignoring its capital. */
export function kindOf(word: string): WordKind {
  let kind = KINDS.get(word)
  if (kind === undefined) {
    if (KINDS.size >= MAX_KINDS) KINDS.clear()
    kind = lookUpKind(word)
    KINDS.set(word, kind)
  }
  return kind
}

function lookUpKind(word: string): WordKind {
  const lower = word.toLowerCase().replace(/['’]s$/, '')
  if (NOT_NAMES.has(lower)) return 'place'
  const entry = lexicon[lower]
  const tags = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]
  if (tags.some((t) => FIRST_NAME_TAGS.has(t))) return 'first'
  if (tags.some((t) => LAST_NAME_TAGS.has(t))) return 'last'
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'place'
  if (tags.length > 0 || DERIVED.test(lower) || MEDICINE.test(lower)) return 'common'
  return 'unknown'
}

/** Whether compromise's lexicon calls a word a first name: `kindOf(word) === 'first'`, without its suffix tests. */
export function isFirstName(word: string): boolean {
  let lower = word.toLowerCase()
  if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2)
  if (NOT_NAMES.has(lower)) return false
  const entry = lexicon[lower]
  if (entry === undefined) return false
  return Array.isArray(entry) ? entry.some((t) => FIRST_NAME_TAGS.has(t)) : FIRST_NAME_TAGS.has(entry)
}

// A capitalised name word: "Jenny", "O'Neill", "McAllister", "Okonkwo-Smith".
// A possessive "'s" is not part of the name.
export const NAME_WORD = String.raw`(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:[-'’](?!s\b)\p{Lu}?\p{Ll}+)*`

/** Organisations whose names are made of personal names. */
export const ORGANISATIONS = new Set(['marie curie', 'florence nightingale', 'sue ryder', 'ronald mcdonald'])
