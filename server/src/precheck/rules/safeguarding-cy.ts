import { WORD_END } from '../letters.ts'
import { PhraseMatcher, type PhraseSpec } from '../phrases.ts'

// Welsh words change their first letter after some words (mutation): "lladd" (kill) is also
// "ladd"; "taro" (hit) is "daro", "tharo" or "nharo". Each phrase lists the forms stories use, as
// [first words, rest, look-behind?] (see phrases.ts).
const KILL = 'lladd ladd laddodd lladdodd'
const KILL_RE = '(?:lladd|ladd|laddodd|lladdodd)'
const SELF = "(?:fy hun|fy hunan|ei hun|ei hunan|eu hunain|dy hun|ein hunain|['’]i hun)"
const HIT_RE = '(?:taro|daro|tharo|nharo|tarodd|darodd|trawodd|drawodd|thrawodd)'
const HURT_RE =
  '(?:brifo|frifo|mrifo|anafu|niweidio|trywanu|drywanu|thrywanu|llosgi|losgi|tagu|dagu|nhagu|chicio|gicio|cicio|churo|guro|curo|nghuro)'
const PILLS =
  '(?:tabledi|dabledi|thabledi|nhabledi|pils|moddion|foddion|meddyginiaeth|feddyginiaeth|parasetamol|barasetamol|cyffuriau|gyffuriau|nghyffuriau|inswlin|hinswlin)'
const FOOD =
  "(?:diod|ddiod|diodydd|bwyd|fwyd|dŵr|ddŵr|hylif|hylifau|i['’]w (?:fwyta|yfed)|inswlin|hinswlin|meddyginiaeth|feddyginiaeth|moddion|foddion|tabledi|dabledi|thabledi|gwrthfiotigau|wrthfiotigau|ocsigen|lladdwyr poen)"
// Not before an operation or a scan: "heb fwyd cyn y llawdriniaeth" is care, not neglect.
const NOT_BEFORE = '(?! cyn)'
const KIN =
  '(?:mam|fam|nhad|tad|dad|ngŵr|gŵr|ŵr|ngwraig|gwraig|wraig|mhartner|partner|bartner|phartner|mab|fab|merch|ferch|mhlentyn|plentyn|blentyn|mhlant|plant|blant|babi|mabi|nain|nhaid|taid|daid|chwaer|mrawd|brawd|frawd|ffrind|nghariad|cariad|gariad|chariad|modryb|fodryb|ewythr|wyres|ŵyr|wyrion|nghymydog|cymydog|gymydog|gofalwr|ofalwr|gofalwraig|ofalwraig|llysfam|llysdad|llystad|nith|nai|cefnder|cyfnither|baban|faban)'
// A part of the body after a pronoun: "tarodd e ei ben" (he hit his head) is an accident.
const BODY = `(?:ben|phen|mhen|pen|droed|nhroed|throed|troed|goes|choes|nghoes|coes|law|llaw|mraich|braich|fraich|wyneb|hwyneb|gefn|nghefn|chefn|ysgwydd|hysgwydd|ben-glin|mhen-glin|bys|mys|fys|ngwddf|wddf|gwddf|arddwrn|ngarddwrn|garddwrn|chlun|glun|nghlun)${WORD_END}`
const PEOPLE = `(?:fi|fe|fo|e|hi|nhw|ni|Mam|Dad|Nain|Taid|Mamgu|Tadcu|Mam-gu|Tad-cu|claf|glaf|chlaf|cleifion|gleifion|preswylydd|breswylydd|phreswylydd|preswylwyr|breswylwyr|(?:fy|ei|eu|ein|['’]i) ${KIN}|(?:y|yr|un o['’]r|un arall o['’]r) (?:claf|cleifion|preswylydd|preswylwyr|hen ddyn|hen ddynes|hen wraig|dyn|ddyn|fenyw|ddynes|plentyn|babi|plant|bachgen|ferch))${WORD_END}(?! (?:ei|fy|eu|ein) ${BODY})`
const PRONOUN_OR_KIN = `(?:fi|fe|fo|e|hi|nhw|ni|Mam|Dad|Nain|Taid|Mamgu|Tadcu|(?:fy|ei|eu|ein|['’]i) ${KIN})${WORD_END}(?! (?:ei|fy|eu|ein) ${BODY})`
const IN_A_CHAIR = '(?![^.!?]{0,40}(?:cadair olwyn|gadair olwyn|nghadair olwyn|troli|pram|bygi))'
// Subjects that "hit" someone only as a figure of speech: "Tarodd y newyddion fi" (the news hit me).
const NOT_A_HITTER = `(?!(?:newyddion|boen|gwirionedd|blinder|babi|baban|tabledi|feddyginiaeth|gwynt|drws|ffliw|salwch)${WORD_END})`
const ALONE =
  " (?:\\S+ ){0,3}?(?:ar (?:ei|eu) (?:ben|phen) (?:ei|eu) (?:hun|hunain)|yn unig)(?: (?:yn|mewn|ar) \\S+(?: \\S+)?)? (?:am oriau|drwy['’]r dydd|am ddyddiau)"
const LEFT = 'gadael adael ngadael hadael gadawyd gadawon gadawodd adawodd'

const SELF_HARM: PhraseSpec[] = [
  [KILL, ` ${SELF}`],
  ['hunanladdiad hunanleiddiol hunanladdol', ''],
  ['hunan', '[- ]?(?:niwed\\S*|niwei\\S*|anafu|laddiad)'],
  [
    'torri dorri thorri llosgi losgi brifo frifo mrifo niweidio anafu crogi grogi nghrogi llwgu lwgu',
    ` ${SELF}(?! (?:wrth|yn y gwaith|yn yr ardd|mewn damwain|drwy ddamwain|ar ddamwain))`,
  ],
  ["eisiau isio moyn mo'yn", ' (?:marw|farw|diflannu)'],
  [
    'ddim dim',
    " (?:yn )?(?:eisiau|isio|moyn|mo['’]yn) (?:bod yma|byw(?! (?:mewn|yn|ym|yng|gyda|efo|ar|yno|gartre|gartref|adre|adref|hebddo|hebddi|drws|ar ei|ar fy))|fyw(?! (?:mewn|yn|ym|yng|gyda|efo|ar|yno|gartre|gartref|adre|adref|hebddo|hebddi|drws))|deffro|bod yn fyw|cario ymlaen|mynd ymlaen|parhau)",
  ],
  [
    'dim does',
    ' (?:dim )?pwynt (?:i mi |iddo |iddi |i fi )?(?:byw|fyw|mynd ymlaen|bod yma|cario ymlaen|parhau|deffro)',
  ],
  [
    'dim ddim',
    ' (?:rheswm|reswm|nerth|egni|awydd|pwynt) (?:i )?(?:fyw|byw|barhau|mynd ymlaen|gario ymlaen|cario ymlaen)',
  ],
  ['pe', " na (?:bawn|byddwn|fyddwn) i(?:[’'`]n| yn)? (?:yma|fyw|o gwmpas)"],
  ['faint', ` o ${PILLS} (?:fyddai|byddai|sydd|fydd|bydd)(?: eu| ei)? (?:hangen|angen|eisiau)`],
  [
    'gormod',
    ` o ${PILLS}`,
    '(?<=(?:cymryd|gymryd|chymryd|llyncu|lyncu|cymerais|cymerodd|gymerodd|llyncais) )',
  ],
  ['dim ddim', ' byd (?:ar ôl )?i (?:fyw|byw) (?:amdano|er ei fwyn)'],
  [
    'well gwell',
    " (?:eu|ei|ein|['’]u|fy|eich) byd (?:hebdda i|hebddo i|hebddof|hebdda|hebddo|heb(?: fi| i))",
  ],
  ['gwell well', ' hebdda i'],
  [
    'well gwell',
    ' (?:gen i|gennyf|ganddo|ganddi|ganddyn nhw) (?:farw|marw|fod yn farw|fod wedi marw|beidio â bod yma|beidio bod yma)(?! na| nag)',
  ],
  [
    'cadw gadw chadw casglu gasglu chasglu cuddio guddio chuddio hel cronni gronni cynilo gynilo storio',
    ` (?:\\S+ ){0,2}?${PILLS}(?! (?:o['’]r (?:fferyllfa|feddygfa)|yn y (?:cwpwrdd|gwpwrdd|oergell)|mewn (?:bocs|blwch|cwpwrdd)|yn ddiogel|yn saff|allan o gyrraedd|i ffwrdd))`,
  ],
  [
    'tabledi dabledi thabledi nhabledi pils moddion foddion',
    " wedi['’]u (?:cuddio|cadw|casglu|hel|cynilo|storio|cronni)",
  ],
  ['stoc pentwr llond', ` (?:o |llaw o )${PILLS}`],
  ['potel botel photel pecyn becyn phecyn bocs focs blwch', ` (?:gyfan|cyfan) o ${PILLS}`],
  ['fy ei eu', ` holl ${PILLS}`],
  ['gorddos orddos gorddosio orddosio gorddosiodd orddosiodd gorddosau orddosau', ''],
  [
    'am',
    ' (?:farw|marw)',
    "(?<!(?:meddwl|credu|ofni|ofn|siŵr|sicr) (?:fy mod i|ei fod e|ei fod o|ei bod hi|ein bod ni|y byddwn i|y byddai hi|y byddai fe)(?:['’]n| yn)? )",
  ],
  ['peidio beidio pheidio', ' (?:â |a )?deffro'],
  ['byth', ' (?:yn )?deffro'],
  ['na', " fyddwn i(?:['’]n| yn) deffro"],
  ['llythyr llythyrau llythyron nodyn nodiadau', ' ffarwel'],
  [
    'fedra fedrwn alla allwn galla gallwn',
    ' i ddim (?:mynd|cario|chario|dal|parhau)(?: ymlaen(?: fel hyn| dim mwy| ddim mwy| ragor| mwyach| rhagor)?| i fynd| fel hyn)',
  ],
  [
    'methu',
    ' (?:â |a )?(?:mynd|cario|chario|dal|parhau) (?:ymlaen(?: fel hyn| dim mwy| ragor| mwyach)?|i fynd|fel hyn)',
  ],
  ['neidio neidiodd neidiais', ' (?:o flaen|dan|o dan) (?:(?:y|yr) )?\\S+'],
  [
    'neidio neidiodd neidiais',
    " (?:oddi ar (?:y|yr) (?:bont|clogwyn|to|adeilad|balconi|maes parcio)|i['’]r (?:môr|afon|gamlas))",
  ],
  [
    'camu gamu cerdded gerdded',
    " (?:o flaen (?:y |yr )?(?:trên|drên|bws|lori|car)|i mewn i['’]r (?:môr|afon))",
  ],
  ['taflu daflu thaflu', ` ${SELF} (?:o flaen|oddi ar|dan|i['’]r)`],
  ['ymyl', ' (?:y|yr) (?:bont|clogwyn|dibyn|to|platfform)'],
  ['meddyliau', ' (?:tywyll|hunanladdol|am (?:farw|marw|hunanladdiad|ladd|niweidio|ddod â|roi diwedd))'],
  [
    'meddwl feddwl meddyliais meddyliodd',
    " am (?:ladd \\S+ hun|hunanladdiad|ddod â(?:['’]r cyfan| fy mywyd| ei fywyd| ei bywyd)? i ben|roi diwedd|neidio|gymryd fy mywyd)",
  ],
  ['dod ddod', "(?: â|â| a)(?:['’]r (?:cyfan|cwbl)| (?:phopeth|fy mywyd|ei fywyd|ei bywyd)) i ben"],
  ['diwedd terfyn', ' ar (?:(?:fy|ei|eu) (?:mywyd|bywyd|fywyd|hoes)|y cyfan|bopeth|y cwbl)'],
  [
    'cymryd gymryd chymryd cymerodd gymerodd cymerais gymerais',
    ' (?:fy|ei|eu) (?:mywyd|bywyd|fywyd) (?:fy|ei|eu) (?:hun|hunain)',
  ],
  [
    'hoffwn',
    ' (?:i )?(?:fod wedi marw|farw|fod yn farw|beidio â bod yma|beidio bod yma|beidio deffro|beidio â deffro)',
  ],
  ['cadw gadw chadw', ` ${SELF} yn (?:ddiogel|saff)`, '(?<=(?:ddim|methu|methu â|allu|gallu) )'],
  ['diflannu', ' am byth'],
  ['neb', " (?:yn |['’]n )?(?:gweld|weld) (?:fy|ei|eu) (?:eisiau|colli)"],
  [
    'cymryd gymryd llyncu lyncu',
    '(?: nhw)? i gyd',
    '(?<=(?:tabledi|dabledi|thabledi|pils|moddion|foddion|parasetamol|barasetamol)[^.!?]{0,60}(?:eu|nhw) )',
  ],
  ['gwneud wneud gwnaeth', ` ${SELF} yn sâl(?! o (?:boeni|bryder|nerfau|ofn))`],
  [
    'crafu grafu chrafu',
    ' (?:fy|ei|eu) (?:mreichiau|breichiau|freichiau|nghroen|croen|groen|choesau|nghoesau|coesau|garddyrnau|ngarddyrnau|wyneb)[^.!?]{0,30}?gwaedu',
  ],
]

const NEGLECT: PhraseSpec[] = [
  ['heb', ` (?:gael )?(?:d?dim |ei |eu |fy )?${FOOD}${NOT_BEFORE}`],
  ['heb', ' (?:gael )?(?:ei|eu|fy) (?:bwydo|fwydo|golchi|olchi|throi|droi|newid|symud|helpu|chodi|godi)'],
  ['ddim', ` wedi (?:cael|rhoi) (?:dim )?(?:ei |eu )?${FOOD}${NOT_BEFORE}`],
  ['ddim', ' wedi (?:cael )?(?:ei|eu|fy) (?:golchi|olchi|bwydo|fwydo|newid|throi|droi|symud|wagio|gwagio)'],
  ['yfed', " (?:dŵr )?(?:o['’]r|allan o['’]r) (?:fâs|fas|toiled|blodau)"],
  [
    'gorwedd orwedd',
    " ar (?:y |lawr )?(?:\\S+ ){0,3}?(?:ers y bore|ers neithiwr|ers ddoe|am oriau|drwy[’'`]r nos|dros nos)",
  ],
  ['ddim', ` wedi (?:bwyta|yfed)${NOT_BEFORE}`],
  ['bwyta fwyta', ` nac yfed${NOT_BEFORE}`],
  ['yfed', ` na (?:bwyta|fwyta)${NOT_BEFORE}`],
  ['chafodd chawson ches cheson chefais', ` (?:\\S+ )?(?:ddim|dim) (?:byd )?${FOOD}${NOT_BEFORE}`],
  [
    'neb',
    " (?:wedi |yn |wnaeth |fu['’]n )?(?:rhoi (?:bwyd|diod|dŵr)|(?:ei|eu) (?:bwydo|fwydo|golchi|olchi|throi|droi|newid|helpu)|newid (?:ei|eu|y) (?:phad|bad|pad|dillad|cynfasau|gwely)|newid (?:Dad|Mam|Nain|Taid|hi|e|fe|o)${WORD_END}|helpu (?:\\S+ )?i (?:fwyta|yfed|fynd i['’]r (?:tŷ bach|toiled)|ymolchi)|edrych arno|edrych arni|gwirio arno|gwirio arni)",
  ],
  [
    'cynfasau cynfas gwely pad bad phad dillad ddillad trowsus drowsus gŵn coban',
    ' (?:gwely |nos )?(?:budr|brwnt|gwlyb|wlyb|frwnt|fudr|socian|wlyb socian)',
  ],
  ['atebodd', ' neb (?:ei|eu|y) (?:g|ch)?loch'],
  ['neb', " (?:wedi |yn |['’]n )?(?:ateb|ymateb i) (?:ei|eu|y) (?:g|ch)?loch"],
  [
    'gwasgu wasgu gwasgodd wasgodd',
    '[^.!?]{0,30}?(?:mor galed|yn rhy galed|nes (?:iddo|iddi|ei fod|ei bod) (?:gleisio|g?waedu))',
  ],
  [
    'ei eu fy',
    ' (?:wrin|hwrin|baw|carthion|budreddi|fudreddi|gwlybaniaeth|wlybaniaeth|chwd|chyfog)(?: (?:ei|eu|fy) (?:hun|hunain))?',
    '(?<=(?:yn|mewn|gorwedd yn|eistedd yn) )',
  ],
  ['ei eu', ' (?:wrin|hwrin|baw|carthion) (?:ei|eu) (?:hun|hunain)'],
  [
    'briwiau friwiau mriwiau briw friw doluriau ddoluriau dolur',
    ' (?:pwyso|gwasgu|gwely)[^.!?]{0,30}?(?:heb eu trin|heb ei drin|wedi heintio|heb sylw|at yr asgwrn|gradd (?:3|4|tri|tair|pedwar|pedair))',
  ],
  ['cymryd cymerodd mynd', ' (?:ei|eu) (?:g|ch)?loch (?:i ffwrdd|oddi arno|oddi arni)'],
  [
    'cloch gloch jwg dŵr ddŵr diod ddiod bwyd fwyd hambwrdd',
    "[^.!?]{0,30}?(?:allan o|tu hwnt i)(?:['’]i|['’]u| ei| eu)? ?(?:g|ch|nh)?yrraedd",
  ],
  ['ar', " (?:y )?(?:llawr|lawr) (?:drwy['’]r nos|dros nos|am oriau|tan y bore)"],
  [
    'erfyn ymbil crefu begian',
    " am (?:ddiod|ddŵr|fwyd|rywbeth i['’]w (?:fwyta|yfed)|fynd i['’]r (?:toiled|tŷ bach)|gomôd)",
  ],
  [
    'gwisgo wisgo',
    "(?:['’]r| yr) un (?:dillad|pad|gŵn nos|coban|pyjamas) ers (?:dyddiau|\\S+ (?:diwrnod|niwrnod|wythnos))",
  ],
  ['dadhydradu ddadhydradu', "(?:['’]n| yn) (?:ddifrifol|ofnadwy|wael)"],
  [
    'gwlychu wlychu gwlychodd wlychodd baeddu faeddu baeddodd',
    ` (?:hi |e |o )?${SELF}[^.!?]{0,40}?(?:neb|dim un)`,
  ],
  [
    LEFT,
    ' (?:\\S+ ){0,3}?(?:mewn|yn|ar) (?:\\S+ ){0,2}?(?:budr|brwnt|fudr|frwnt|gwlyb|wlyb|wrin|hwrin|baw|carthion|fudreddi|budreddi|gwlybaniaeth|llawr|gomôd|comôd|socian)',
  ],
  [LEFT, ` (?:\\S+ ){0,3}?heb (?:gael )?(?:d?dim )?(?:${FOOD}|help|gymorth|sylw)${NOT_BEFORE}`],
  // Left alone for hours: "wedi'i adael", "ei gadael", "gadawyd"; not "anodd gadael Dad yno" (hard to leave).
  ['adael hadael gadael', ALONE, "(?<=(?:['’]i|['’]u|ei|eu) )"],
  ['gadawyd gadawodd gadawon', ALONE],
  [
    'cleisiau gleisiau chleisiau cleisio gleisio chleisio clais glais chlais',
    '[^.!?]{0,60}?(?:neb|dim un) (?:\\S+ ){0,3}?(?:h?esbonio|egluro)',
  ],
  [
    'cleisiau gleisiau chleisiau anafiadau',
    ' (?:siâp bysedd|ar ffurf bysedd|fel bysedd|heb esboniad|anesboniadwy)',
  ],
]

const VIOLENCE: PhraseSpec[] = [
  [
    'taro daro tharo nharo curo guro churo nghuro dyrnu ddyrnu nyrnu cicio gicio chicio slapio pinsio binsio phinsio pwnio bwnio llusgo lusgo',
    ` ${PEOPLE}`,
  ],
  // Blows that are never an accident land on a part of the body too: "slapio ei hwyneb".
  [
    'slapio slapiodd dyrnu ddyrnu dyrnodd ddyrnodd cicio gicio chicio ciciodd giciodd',
    ` (?:fy|ei|eu) ${BODY}`,
  ],
  // An inflected verb comes before its subject: "Ciciodd y babi fi" (the baby kicked me) names the
  // kicker first, so only a pronoun or a relation after it is the one hit.
  [
    'tarodd darodd trawodd drawodd thrawodd curodd gurodd dyrnodd ddyrnodd ciciodd giciodd slapiodd pinsiodd binsiodd pwniodd bwniodd llusgodd lusgodd',
    ` (?:(?:e|o|hi|fe|fo|nhw) )?${PRONOUN_OR_KIN}`,
  ],
  [
    'gwthio wthio ngwthio gwthiodd wthiodd',
    ` ${PEOPLE}(?! i (?:wneud|gerdded|wella|ymarfer|drio|geisio|symud|fwyta))${IN_A_CHAIR}`,
  ],
  // Verb, subject, object: "Gwthiodd y gofalwr Dad", "Tarodd un o'r gofalwyr Mam".
  [
    'gwthiodd wthiodd llusgodd lusgodd tarodd darodd slapiodd pinsiodd binsiodd siglodd ysgydwodd cydiodd gydiodd ciciodd giciodd dyrnodd ddyrnodd curodd gurodd trawodd',
    ` (?:y|yr|un o['’]r) ${NOT_A_HITTER}\\S+(?: (?!(?:i|am|at|ar|gyda|efo|o|â)${WORD_END})\\S+)? ${PEOPLE}${IN_A_CHAIR}`,
  ],
  // The subject without an article: "Slapiodd staff y nos fy nain".
  [
    'gwthiodd wthiodd llusgodd lusgodd tarodd darodd slapiodd pinsiodd binsiodd ciciodd giciodd dyrnodd ddyrnodd curodd gurodd trawodd',
    ` (?:staff|gofalwr|gofalwyr|gofalwraig|nyrs|nyrsys|porthor|meddyg|cymydog)(?: (?:y|yr) \\S+| \\S+)? ${PRONOUN_OR_KIN}${IN_A_CHAIR}`,
  ],
  [
    'fy ei eu',
    ' (?:nharo|taro|tharo|daro|nghuro|curo|guro|churo|nyrnu|dyrnu|ddyrnu|nghicio|cicio|gicio|chicio|nhagu|tagu|dagu|thagu|llusgo|lusgo|phinsio|binsio|mhinsio|gwthio|wthio|ngwthio|slapio|ysgwyd|hysgwyd|mygwth|bygwth|fygwth|nal i lawr|dal i lawr|ddal i lawr|hal i lawr|nhreisio|treisio|threisio|dreisio|cham-drin|cam-drin|gam-drin|ngham-drin|nghloi (?:yn|mewn)|cloi (?:yn|mewn)|chloi (?:yn|mewn)|gloi (?:yn|mewn))(?! i (?:wneud|gerdded|wella|ymarfer|drio|geisio|symud|fwyta))' +
      IN_A_CHAIR,
    "(?<!(?:tabledi|newyddion|boen|feddyginiaeth|salwch|blinder|ffliw|firws|ffisio|ffisiotherapydd)(?: \\S+)?(?:[’']n| yn)? )",
  ],
  ['fy', ' rheoli'],
  ['cam cham gam ngham', '-?drin(?: domestig| rhywiol| corfforol| emosiynol| ariannol)?'],
  ['camdriniaeth camdrin gamdrin chamdrin camdriniol', ''],
  ['treisio dreisio threisio nhreisio treisiodd dreisiodd treisiwyd dreisiwyd trais treisgar', ''],
  [
    'bygwth fygwth mygwth bygythiodd fygythiodd bygythiad',
    ` (?:\\S+ ){0,2}?(?:${KILL_RE}|${HIT_RE}|${HURT_RE}|ei ladd|ei lladd|fy lladd|fy mrifo|ei brifo|ei frifo)`,
  ],
  [
    'bygwth fygwth mygwth bygythiodd fygythiodd',
    ' (?:\\S+ ){0,3}?(?:gyda|efo|â) (?:chyllell|cyllell|gyllell|gwn|dryll|arf|morthwyl)',
  ],
  // "roedden ni'n cellwair y byddai'n ein lladd ni": a joke about the food, not a threat.
  [
    'byddai bydd byddan bydda',
    `(?: i| hi| e| o| nhw| fe)?(?:['’]n| yn) (?:dod (?:yn ôl|nôl) (?:i |a |ac )?)?(?:ei |fy |eu |['’]w |ein )?(?:${KILL_RE}|${HURT_RE}|${HIT_RE})(?! (?:y|yr) (?:boen|poen|germau|bacteria|feirws|haint|chwyn|amser))(?![^.!?]{0,30}(?:pe bai|petai|pe tasai|os bydd hi['’]n gwybod))`,
    '(?<!(?:cellwair|jocian|jocio|chwerthin|tynnu coes)[^.!?]{0,30})',
  ],
  ['fe', ' wnaiff (?:e|o|hi|nhw) (?:fy|ei|eu) (?:lladd|ladd|brifo|frifo|mrifo|daro|nharo|tharo)'],
  [
    'mynd',
    " i['’](?:m|w|n) (?:lladd|ladd|brifo|frifo|taro|daro|thrywanu|trywanu)",
    "(?<=(?:e|o|hi|nhw|fe|fo)(?:['’]n| yn) )",
  ],
  ['dod ddod', ` (?:draw|rownd|yn ôl|nôl) (?:a|ac|i) (?:${KILL_RE}|${HURT_RE}|${HIT_RE})`],
  ['trywanu drywanu thrywanu nhrywanu trywanodd', ''],
  ['llosgi losgi', "['’]r tŷ"],
  [
    'afael gafael gafaelodd afaelodd cydio gydio cydiodd gydiodd',
    ' (?:(?:y|yr) \\S+ )?(?:e |hi |o )?(?:yn|ym|yng) [^.!?]{0,30}?(?:mor galed|yn galed|yn arw|nes|yn rhy dynn|yn boenus)',
  ],
  [
    'afael gafael gafaelodd cydio gydio cydiodd',
    ' (?:(?:y|yr) \\S+ )?(?:e |hi |o )?(?:yn|ym|yng) (?:ei|fy|eu) (?:ngwddf|gwddf|wddf|gwallt|ngwallt|wallt)',
  ],
  ['arw', ` (?:iawn |ofnadwy )?(?:gyda|efo|â|ag) ${PEOPLE}`, "(?<=(?:yn|['’]n|rhy|mor) )"],
  ['trin drin thrin triniodd', " (?:(?:e|o|hi|nhw|fi|ni|Dad|Mam)(?:['’]n| yn)|yn) arw"],
  ['tynnu dynnu thynnu tynnodd dynnodd', ' (?:\\S+ ){0,2}?(?:ngwallt|gwallt|wallt)'],
  [
    'gorfodi orfodi gorfodon orfodon gorfododd orfododd',
    " (?:\\S+ ){0,3}?(?:i['’]w|i['’]m|i mewn i['’]w|lawr ei|i lawr ei) (?:cheg|geg|ngheg|gwddf|wddf)",
  ],
  ['gorfodi orfodi gorfododd orfododd', ` ${PEOPLE} i (?:fwyta|yfed|gael rhyw)`],
  [
    'gyda efo â',
    ' (?:chyllell|cyllell|gyllell|gwn|dryll|morthwyl|bat|photel|siswrn)',
    '(?<=(?:ata i|ataf|ati|ato|aton ni|arna i|arni|arno|mygwth|bygwth) )',
  ],
  [
    'ofn',
    ` (?:fy|ei|eu) (?:mab|fab|merch|ferch|ngŵr|gŵr|ŵr|ngwraig|gwraig|wraig|mhartner|partner|bartner|phartner|nghariad|cariad|gariad|chariad|llysdad|llystad|nhad|tad|dad|mam|fam|gofalwr|gofalwraig|gofalwyr)`,
  ],
  ['ofn', ' (?:y|yr) (?:gofalwr|gofalwraig|gofalwyr|staff|nyrs|nyrsys)'],
  ['ofn', ' (?:beth|be|yr hyn) (?:wnaiff|wnâi|fydd|fyddai|allai|wneith|neith) (?:e|o|hi|fe|fo|nhw)'],
  ['ofn ofnus', ' (?:mynd adre|mynd adref|mynd gartref)(?! (?:ar ôl|rhag ofn|ar fy mhen|ar ben fy hun|heb))'],
  ['ofn', ' (?:iddo|iddi|iddyn nhw) (?:fy|ei|eu) (?:mrifo|brifo|frifo|nharo|daro|tharo|lladd|ladd)'],
  ['rheoli', ' (?:fy|ei|eu) (?:arian|harian|bywyd|mywyd|fywyd|ffôn|ffon)|rheoli (?:popeth|pob ceiniog)'],
  ['rheolaeth', ' (?:orfodol|drwy orfodaeth)'],
  ['ymddygiad', ' (?:rheolaethol|gorfodol|treisgar|camdriniol)'],
  [
    'gadael adael ngadael',
    " i (?:fi|mi|hi|fe|fo|e) (?:weld (?:fy|ei|eu) (?:ffrindiau|nheulu|teulu|deulu|ffrind)|fynd allan|adael y tŷ|gael (?:dim )?arian|gael (?:fy|ei) (?:nghyfrif|cyfrif|chyfrif|arian|harian|ffôn|allwedd)|ddefnyddio['’]r ffôn|siarad â neb)",
    '(?<=(?:ddim|byth) yn (?:fy |ei |eu )?)',
  ],
  ['cael', ' (?:gweld|weld) (?:fy|ei|eu) (?:ffrindiau|nheulu|teulu|deulu)', '(?<=ddim yn )'],
  [
    'cymryd gymryd chymryd dwyn ddwyn cymerodd gymerodd dygodd ddygodd',
    ' (?:\\S+ )?(?:(?:fy|ei|eu) (?:mhensiwn|pensiwn|phensiwn|bensiwn|harian|arian|cerdyn|gherdyn|nghardyn|cherdyn|chardyn|gardyn|budd-daliadau|mudd-daliadau|cynilion|chynilion|gynilion|mhwrs|pwrs|phwrs)|(?:pensiwn|arian|cerdyn banc|cynilion) (?:Dad|Mam|Nain|Taid|Mamgu|Tadcu))',
  ],
  ['dwyn ddwyn', ` (?:arian )?(?:o|oddi ar|oddi wrth|gan)(?:['’]i| ${PEOPLE}| ei| eu| fy)`],
  ['gwagio wagio gwagiodd', ' (?:ei|eu|fy) (?:cyfrif|chyfrif|gyfrif|nghyfrif)'],
  [
    'cadw gadw chadw',
    ' (?:fy|ei|eu) (?:arian|harian|mhensiwn|pensiwn|phensiwn|bensiwn|cardiau|nghardiau) i gyd',
  ],
  ['sylwadau', ' rhywiol'],
  ['chadw gadw cadw', "['’]n (?:dawel|llonydd)", "(?<=i['’]w )"],
  [
    'gweiddi weiddi sgrechian rhegi gwaeddodd waeddodd',
    ` ar (?:Mam|Dad|Nain|Taid|Mamgu|Tadcu|(?:fy|ei|eu) ${KIN}|y cleifion|y preswylwyr)${WORD_END}(?![^.!?]{0,40}(?:trwm ei glyw|drwm ei chlyw|fyddar|byddar|cymorth clyw))`,
    "(?<!(?:rhaid|raid|gorfod) (?:iddi |iddo |iddyn nhw |i['’]r \\S+ )?)",
  ],
  ['galw alw', " (?:hi|e|o|fi|nhw)['’]n (?:dwp|twp|ddiwerth|dew|ffiaidd|faich|drewllyd|hen ast|fochyn)"],
  ['cyffwrdd gyffwrdd chyffwrdd cyffyrddodd gyffyrddodd', '[^.!?]{0,40}?(?:amhriodol|rhywiol|lle na ddylai)'],
  ['ymosod ymosododd ymosodwyd ymosodiad', ` (?:rhywiol|ar ${PEOPLE}|arna i|arni|arno|arnon ni|arnom)`],
  [
    'taflu daflu thaflu taflodd daflodd',
    ` (?:e |hi |o |nhw )?(?:\\S+ ){1,2}?at (?:${PEOPLE}|y \\S+|yr \\S+)`,
  ],
  ['galw alw', ' enwau (?:arna i|arni|arno|arnon ni)'],
  ['ddiogel', ' (?:gartref|adref|adre)', '(?<=ddim yn )'],
  ['cloi gloi cloiodd gloiodd', ` ${PEOPLE} (?:yn|mewn|i mewn)`],
  ['clymu glymu chlymu clymodd glymodd', " (?:\\S+ ){0,3}?(?:i['’]r|wrth y) (?:gadair|gwely|wely)"],
  ['ysgwyd hysgwyd ysgydwodd siglo siglodd', ' (?:\\S+ ){1,2}?(?:yn galed|yn arw|yn ffyrnig|yn wyllt)'],
]

/** Welsh phrases that suggest someone may be at risk now. */
export const WELSH_SAFEGUARDING = new PhraseMatcher([...SELF_HARM, ...NEGLECT, ...VIOLENCE], WORD_END)
