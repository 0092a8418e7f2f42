import { isFirstName } from './name-words.ts'

const words = (list: string) => list.trim().split(/\s+/)

// Welsh given names that compromise's lexicon does not know.
const WELSH_NAMES = words(`
  siân sian siôn sion rhys gethin catrin dafydd ffion gwenllian iolo angharad llinos gwyneth rhiannon emyr
  mererid aled bethan carys tomos llywelyn elan owain cerys meinir lowri heledd alun sioned mair rhodri
  gwion delyth elin huw osian iwan dewi eleri nerys glenys gwilym ieuan ifan ioan cai deiniol dylan eirlys
  eluned enid geraint gruffudd gruffydd gwenno haf hywel idris ifor iestyn islwyn lleucu mabli macsen manon
  myfanwy nest olwen padrig peredur rhian rhun seren tegan tegwen teleri tirion trefor tudur twm wil wyn
  gwyn bryn aneurin arwel berwyn caradog cadi ceri cledwyn dai dyfan efa elen elis emrys einir elwyn euros
  glyn gwawr heulwen hefin ianto ithel luned llŷr mali medwyn meleri mirain nansi nel nanw prys rhydian
  sali sulwen tecwyn tomi llio menna mared awen anwen alaw branwen cari ela gwenan leisa lili mabon nedw
  nye eurig gwenda gerallt gwynfor dilwyn dilys eifion elfed emlyn gwilym hedd huwcyn iona llew morfudd
`)

// Soft mutation after "i", "gan", "a", "o"…: "i Ddafydd", "gan Fethan". Words that mutate to
// an everyday word are left out.
const SOFT: [RegExp, string][] = [
  [/^ll/, 'l'],
  [/^rh/, 'r'],
  [/^c/, 'g'],
  [/^p/, 'b'],
  [/^t/, 'd'],
  [/^b/, 'f'],
  [/^d/, 'dd'],
  [/^m/, 'f'],
]
const soft = (name: string) => SOFT.find(([from]) => from.test(name))
const NAMES = new Set(WELSH_NAMES.flatMap((n) => [n, soft(n) ? n.replace(soft(n)![0], soft(n)![1]) : n]))

/** Capitalised Welsh words that are never a person's name in a story, with their mutated forms. */
export const WELSH_NOT_NAMES = new Set(
  words(`
  mae beth pam pan mai fai bob medi fedi iau sul llun mawrth fawrth mercher gwener sadwrn ionawr chwefror ebrill
  mehefin fehefin gorffennaf orffennaf awst hydref tachwedd dachwedd rhagfyr ragfyr nadolig calan pasg
  noswyl steffan gŵyl dewi sant santes wen gwen nos dydd ddydd bore prynhawn heddiw ddoe yfory
  mam dad nain taid mamgu tadcu anti wncwl
  ysbyty bwrdd fwrdd iechyd meddygfa feddygfa canolfan ganolfan hosbis tŷ ward uned adran gwasanaeth
  gwasanaethau ombwdsmon llais cyngor gyngor cymru nghymru gymru cymraeg saesneg gig llywodraeth senedd
  arolygiaeth prifysgol betsi cadwaladr felindre fferyllfa ffynnon boots duw iesu arglwydd
  nyrs meddyg doctor ymgynghorydd llawfeddyg porthor bydwraig fydwraig ffisiotherapi ffisio parafeddyg
  gofal teulu teulu'r cyhoeddus brys
`),
)

/** Whether a capitalised word in Welsh text is a given name. */
export function isWelshName(word: string): boolean {
  const lower = word.toLowerCase()
  if (WELSH_NOT_NAMES.has(lower)) return false
  return NAMES.has(lower) || isFirstName(word)
}

export const WELSH_JOBS = words(`
  nyrs nyrsys meddyg feddyg ymgynghorydd llawfeddyg porthor glanhawr derbynnydd fydwraig bydwraig
  ffisiotherapydd ffisio parafeddyg fferyllydd gofalwr gofalwraig rheolwr rheolwraig chwaer metron myfyriwr
  myfyrwraig therapydd deintydd radiograffydd anesthetydd cofrestrydd caplan gwirfoddolwr ysgrifenyddes
  HCA GP ferch dyn fenyw wraig gweithiwr
`).join('|')

export const WELSH_RELATIONS = words(`
  merch ferch mab fab ngŵr gŵr ngwraig gwraig mhartner partner mam fam nhad tad chwaer mrawd brawd nain
  nhaid taid wyres ŵyr wyr nghymydog nghymdoges ffrind nghariad cariad modryb ewythr nghefnder nghyfnither
  mhlentyn plentyn babi llysfab llysferch
`).join('|')
