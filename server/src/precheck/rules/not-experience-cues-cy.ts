import { LETTER } from '../letters.ts'
import { B, E, words, type Cues } from './not-experience-cues.ts'
import { regex } from '../regex.ts'

// The Welsh cues of not-experience.ts; see Cues for what each one is.
const WRITTEN: Cues = {
  advert: regex(
    `${B}(?:${words(`
      \\d+% (?:oddi ar|i ffwrdd) | cynnig (?:arbennig|cyfyngedig) | dyfynbris am ddim | ffoniwch (?:nawr|ni|am fanylion) |
      archebwch | (?:drwy|trwy)['’]r ddolen | pleidleisio i['’]r blaid | copïa | postio ar dy dudalen | rhanna hwn |
      diolch am y wefan | cefnogi (?:streic|['’]r streic) | digon yw digon | danfonwch neges | am bris | cofrestrwch nawr | cwrs am ddim |
      dim angen cyfeirio(?:ad)? | cynnig sbesial | sbesial i | swydd (?:derbynnydd|nyrs|gofalwr|glanhawr|cogydd) |
      croeso (?:mawr )?i siaradwyr Cymraeg | anfon (?:ymlaen|mlaen) | (?:yn )?cyflogi (?:lan|yn) | gyda phwy (?:dw|ydw) i | i wirfoddoli |
      lle gore i | (?:shwt|sut) ma (?:cofrestru|cael|bwcio|archebu) | meddwl os (?:ych|ydych|ydach|da) chi |
      (?:lle|ble) (?:dw|ydw) i['’]n mynd i gael | pris (?:arbennig|da) i | cysylltwch am bris | holwch tu mewn | (?:yn )?dod atoch chi |
      dim rhestr aros | angen cogydd | angen (?:\\S+ )?llawn amser | copïwch hwn | dowch i['’]r (?:brotest|rali|orymdaith|cyfarfod) |
      rali (?:heddychlon|wrth|tu allan|yn) | dewch yn llu | wedi helpu miloedd |  
      eisiau clywed gennych | isio clywed gennych | ceisiadau['’]n cau | cyfle i hyfforddi | gostyngiad mawr | naturiol sy['’]n well |
      anfonwch (?:hwn |hyn |e |o )?ymlaen | os dangoswch chi['’]r neges | gwefan wych | (?:treial|trio|profi)['’]r botwm | botwm (?:Cymraeg|Saesneg) |
      oes rhywun yn gallu (?:esbonio sut|dweud (?:wrtha i )?(?:sut|os|pryd|ble|lle)|helpu) | faint (?:ma|mae)['’]n (?:costio|gostio) | glywsoch chi['’]r un am |  cwsmeriaid newydd | llenwyr gwefusau | o fewn \\d+ awr | dim angen llythyr |
      clinigau partner | pecynnau (?:llawn|gwyliau) | dim ffioedd | ymgeisio am swyddi | swyddi (?:derbynnydd|nyrsio|gofal) |
      angen (?:gyrwyr|gofalwyr|staff|nyrsys) arna i | dolen yn fy mio | llinell biced |
      i brotestio | os oes rhywun yn dod o hyd |   erioed wedi meddwl am fod yn |
      \\d+ ?(?:y cant|%) (?:i ffwrdd|oddi ar) | (?:nawr|rŵan) yn cynnig | neges am brisiau | (?:rŵan|nawr) yn danfon | busnes bach | teuluol yma | becws |
      asiantaeth yn recriwtio | yn recriwtio (?:nyrsys|gofalwyr|staff|gyrwyr) | tâl wythnosol | talu['’]n wythnosol | 
      os oes (?:gan rywun |gennych chi )?ddiddordeb | gostyngiad (?:i|ar gyfer) (?:staff|weithwyr) |  
      oes rhywun (?:angen|yn gwerthu) | dewis eich shifftiau | heb frwydr |
      f?brwydro (?:dros|i gadw) | dewch i['’]r cyfarfod | (?:sgwennwch|ysgrifennwch) at eich | casglu llofnodion |
       oedolion yn unig | at (?:naw|deg|\\d+) o bobl |  am bris gwych | prisiau gwych | galwch heibio | siop ni |
      (?:yn|['’]n) recriwtio (?:nawr|rŵan|ar hyn o bryd) | (?:rydyn ni|rydym|ni)['’]n recriwtio | ein hymgyrch | ['’]n hymgyrch | angen eich cefnogaeth | pob llofnod | orymdaith | brwydro i gadw |
      dewch i['’]r (?:orymdaith|rali|brotest) | copïwch a (?:gludwch|phastiwch) | rhowch ganiad i ni | prynwch | ymgeisiwch | gwnewch gais | (?:anfonwch|gyrrwch|yrrwch) (?:neges|negas) | bwciwch | am brisiau |
      dolen yn y bio | dilynwch (?:ni|fy) | ewch i['’]n | rydym yn (?:cynnig|gwerthu|chwilio|recriwtio) |
      rydyn ni['’]n (?:cynnig|gwerthu|chwilio|recriwtio) | ennill £ | enillwch | elw wedi['’]i warantu | crypto |
      bitcoin | buddsoddwch | dyblu eich | cliciwch | siop \\S+ newydd | dewch draw | cyflog da | hanner pris |
      dysgwch | llofnodwch | arwyddwch | rhannwch y neges | cysylltwch (?:â|a) ni | trefnwch | ymgynghoriad am ddim |
      ymunwch (?:â|a)['’]n | tîm cyfeillgar |  gwnewch arian | dim profiad | does dim angen profiad |
      os oes angen \\S+ arnoch(?: chi)? | prin wedi['’]i ddefnyddio | casglu yn unig |
      prisiau isel | i['’]ch drws | tanysgrifiwch | i['’]w rhentu | ar werth | mynnwch | archeb gyntaf | gwarant oes |
      ein (?:cynnyrch|siop|clinig|cwmni|asiantaeth|gwefan|fferyllfa) | ein hadolygiadau | darllenwch ein | ['’]n (?:diodydd|cynnyrch|siop|clinig|cwmni) newydd |
      (?:ymgynghoriad|sesiwn|apwyntiad) cyntaf am ddim |
      (?:meddygon|doctoriaid|deintyddion) (?:yn ei argymell|yn ei gasáu|yn casáu) | tric syml | CBD | dim ennill,? dim ffi |
       100% naturiol | gwynnu dannedd |  enilla | clicia | pryna | bwcia | ffonia | tecstia | 
      dim angen profiad | ar fy mhroffil |       hybu eich | prisiau fforddiadwy | prisiau o |
      ymholwch | ewch i['’]n gwefan | ewch i fy | noddwch fi |
      tocynnau raffl | cyfrannwch (?:heddiw|nawr|yma) | cymryd rhan yn (?:ein|fy) (?:astudiaeth|arolwg|ymchwil) | llenwch (?:ein|yr|fy|yr) (?:arolwg|holiadur) |
      cyfranogwyr | traethawd hir | gwobr (?:i|am)? ?(?:bwy bynnag|unrhyw un) | os dewch o hyd | oes rhywun wedi (?:gweld|dod o hyd|ffeindio) |
      microsglodyn | 5G | gwnewch eich ymchwil eich hun(?:ain)? | dihunwch | deffrwch | ddim isio i chi wybod | ddim eisiau i chi wybod | y cyfryngau prif ffrwd |
      rheoli['’]r boblogaeth | pleidleisiwch (?:dros|i|Llafur|Plaid|Reform|Ceidwadwyr) | (?:Torïaid|Llafur) allan | CV | 
      cyflog cystadleuol |  swyddi ar gael | (?:rydyn ni|rydym)['’]n cyflogi | anfonwch eich | ein tracio | tr[yu]st(?:i)?o['’]r (?:pigiad|brechlyn) |
      (?:gwefan|wefan) (?:hon|hwn|yma|['’]ma) |  allgofnodi | darllenwyr eraill
    `)})${E}`,
    'i',
  ),
  weakAdvert: regex(
    `${B}(?:cymryd \\S+ (?:mlaen|ymlaen)|(?:le|lle|llefydd) ar ôl|costau teithio|canlyniadau mewn|heb aros (?:am|i)|(?:yn cael|ga i) dod (?:â|a)|yr un (?:dwetha|diwethaf)|rhowch waedd|os oes \\S+(?: newydd)? isio|neges i fi|o adre|moyn job|isio job|(?:eisiau|isio|moyn) swydd|gwyrth|meddyginiaeth naturiol|atchwanegiadau|DBS|dechrau ar unwaith|safle ['’]ma|yn ôl meddygon|(?:ystafelloedd|lleoedd|apwyntiadau) ar gael (?:nawr|rŵan)|ydy hi['’]n bosib|ydi hi['’]n bosib|(?:deiseb|ddeiseb) i (?:gadw|achub|atal)|dan fygythiad|trio eto|mewn munudau|colli pwysau|o £\\d|astudiaeth ymchwil|prisiau (?:arbennig|teg|gwych|isel)|ar gael i ymweld|amseroedd agor|^\\s*(?:Wedi cael llond bol ar|Wedi blino ar|Yn dioddef o)[^?]*\\?|£\\d+(?:\\.\\d\\d)? (?:y|yr) (?:sesiwn|mis|wythnos|awr|diwrnod)|derbyn cleientiaid newydd|derbyn cleifion newydd|cod disgownt|codau disgownt|taleb|talebau|prisiau rhesymol|ddeiseb|deiseb|gwerthu|ar gael am ddim|wedi['’]i yswirio|yswiriedig|chwilio am \\S+\\?|profion (?:llygaid|clyw) am ddim)${E}`,
    'i',
  ),
  test: regex(
    `^\\s*(?:jyst )?(?:prawf|profi|test|testio|tsiecio)(?:[\\s,.!?]+(?:prawf|profi|test|testio|un|dau|tri|\\d+|eto|plis|lol|yma|sori|sorry|(?:ydy|ydi|yw|odi|ody) (?:hwn|hyn|e|o)['’]?n gweithio))*[\\s,.!?]*$|(?:${words(`
      prawf yw hwn | neges brawf | trio['’]r peth ['’]?ma | dim byd i weld | anghofiwch hwn | tudalen (?:anghywir|rong) | rong dudalen |
      postio hwn ddwywaith | (?:odi|ody|ydy|ydi|yw) hwn yn gweithio | testio eto | yr un cynta | (?:isio|ishe|eisiau|moyn) gweld os |
      os yw e['’]n postio | (?:jyst )?(?:trio|treial) (?:gweld|weld) os | tsiecio bod y neges | pwyso['’]r botwm anghywir |
      rong grwp | rong grŵp | grŵp anghywir | ^\\s*profi['’]r \\S+(?: \\S+)?(?:,? sori|,? eto)?[\\s.!]*$ | (?:jyst |jest )?(?:gweld|tsiecio|profi) os (?:ydi|yw|ydy)['’]r [^.!?]{0,30}? yn gweithio | tsiecio (?:bod|os|fod) (?:y ffurflen|hwn|hyn|y wefan|y botwm) | ffurflen yn gweithio | prawf o['’]r (?:ffurflen|wefan) | (?:ydy|ydi|yw) hwn yn gweithio | prawf prawf | prawf 123 | anwybyddwch | asdf\\S* | qwerty | tsiecio os | un dau tri |
      trio['’]r (?:ffurflen|wefan|dudalen|ap) | trio hwn | (?:i )?weld os (?:ydi|yw|ydy|di|ydy['’]r) (?:hwn|hyn|o|hi|e|ffurflen)['’]?n (?:gweithio|mynd drwodd) |
      mynd drwodd cyn | oes rhywun (?:yna|yno|['’]na) | peidiwch (?:â|a) chyhoeddi | dilëwch (?:hwn|hyn) | neges brawf
    `)})`,
    'i',
  ),
  chain: regex(
    `${B}(?:${words(`
      rhannwch(?! (?:hwn|hyn|hon) (?:gydag|efo|â|a) unrhyw un) | pasiwch (?:hwn|hyn|o|e|hi) (?:ymlaen|mlaen|['’]mlaen)(?! i) | anfonwch hwn at | gyrrwch hwn at | teipiwch amen | anlwc | copïwch a gludwch |
      (?:deg|10) (?:ffrind|o ffrindiau|person) | lledaenwch y gair | rhybudd i (?:bawb|bob) | sgam
    `)})${E}`,
    'i',
  ),
  recruit: regex(
    `${B}(?:${words(`
      swydd(?:i)? (?:nyrs|gofalwr|gofalwyr|ar gael|wag|gwag) | neges breifat | chwilio am waith | rhaid cael car | car eich hun |
      hyfforddiant llawn | milltiroedd (?:wedi['’]u talu|yn cael eu talu) | sifftiau hyblyg | oriau hyblyg | ymunwch (?:â|a)['’]n tîm |
      cysylltwch (?:â|a)['’]r rheolwr | (?:ydi|ydy|yw)['’]r \\S+ (?:angen|yn recriwtio|yn cyflogi)
    `)})${E}`,
    'i',
  ),
  wanted: regex(
    `${B}(?:${words(`
      (?:gofalwyr|nyrsys|meddygon|gyrwyr|gwirfoddolwyr|glanhawyr|staff|porthorion|cynorthwywyr|gweithwyr)(?: \\S+)? (?:isio|yn eisiau|eisiau|angen) |
      angen (?:gofalwyr|nyrsys|meddygon|gyrwyr|gwirfoddolwyr|glanhawyr|staff|porthorion|cynorthwywyr|gweithwyr|rhywun i) |
      (?:yn )?chwilio am (?:rywun|wirfoddolwyr|ofalwyr|nyrsys|yrwyr|lanhawr|staff|dderbynnydd|feddygon|lanhawyr)(?: \\S+)?
    `)})${E}`,
    'i',
  ),
  chatter: regex(
    `${B}(?:${words(`
      lol | haha\\S* | c['’]mon | dewch ['’]mlaen | cymru am byth | pob lwc i['’]r hogia | braf heddiw | am ddiwrnod | am fore | ymddeoliad hapus | pob lwc i bawb | doctor,? doctor | gêm heno | gwylio['’]r gêm | chwilio am newid | cnoc cnoc | pwy sy ['’]?na | tywydd | be di['’]r wefan | helo\\?+ | typical | helo bawb | shwmae bawb |
      s['’]mae bawb | su['’]mae bawb | bore da (?:bawb|i bawb) | nadolig llawen | blwyddyn newydd dda | cadwch yn saff |
      gobeithio (?:bod )?(?:pawb|chi gyd|chi i gyd) yn (?:iawn|iach|cadw) | diwrnod da i bawb | penwythnos da | gweddïo dros |
      meddyliau a gweddïau | cariad (?:i|at) bawb | raffl | bore coffi | gwerthu cacennau | ffair |
      (?:y wefan|yr ap) (?:hon|hwn|yma|['’]ma) | methu mewngofnodi | ddim yn gadael i mi | dudalen ddim yn llwytho |
      wedi colli (?:fy|ein|ei) (?:\\S+ )?(?:allweddi|ffôn|pwrs|waled|sbectol|modrwy|bag|goriadau) |
      brechlyn(?:nau)? yn (?:achosi|lladd|wenwyn) | cyfrinach | lol+ | rygbi | pêl-droed | y gêm | fel maen nhw['’]n dweud |
      fel mae['’]r dywediad | gweddïau | bendithion | yr Arglwydd | amen | Duw (?:gyda|a['’]u bendithio|a['’]ch bendithio|bendithia) |
      sy['’]n darllen hwn | darllenwyr eraill | noswaith dda i | prynhawn da i | eiddo coll | swyddfa ddiogelwch | stondin gacennau |
      apêl | i godi arian at | tracio | (?:ap) (?:hon|hwn|yma|['’]ma) | mor araf
    `)})${E}|^\\s*(?:Ar goll|Wedi ffeindio|Wedi dod o hyd)${E}`,
    'i',
  ),
  party:
    /(?:y Bae|Annibyniaeth|Llafur|Lafur|Torïaid|Dorïaid|Ceidwadwyr|Geidwadwyr|Plaid Cymru|Reform|Senedd|Bae Caerdydd|San Steffan|Llywodraeth Cymru)(?![a-zA-ZÀ-ÖØ-öø-ÿĀ-ž])/,
  saying: regex(
    `${B}(?:${words(`
      loteri cod post | ddim fel heddiw | nid fel heddiw | ddim fel (?:mae hi )?rŵan | yn fy amser i | yn fy nydd i |
      yr unig ffordd ymlaen | angylion (?:ydi|yw|ydy) | angylion bob un | ei rwygo i fyny | dechrau eto | o['’]r dechrau eto |
      ddim beth (?:oedd|oedd o|oedd e) | wedi mynd i['’]r cŵn | pwy all eu beio | llai o reolwyr | mwy o nyrsys | (?:g|w)astraff arian | hen bryd | run fath | pawb yn gwbod | pawb yn gwybod | yr unig ffordd gall | dim digon o glod |
      (?:pres|arian) yn cael ei wastio | yn lle rhedeg at | neb (?:isio|eisiau) gweithio | y dyddie ['’]?ma | hen wragedd a ffyn | bwrw glaw | unrhyw ddiwrnod o['’]r wythnos | pwy bynnag sy['’]n ennill | am gêm | welodd rhywun |
      on['’]d (?:oedd|ydy|yw|ydi) (?:e|o|hi) | neb (?:isio|eisiau) bod yn | yn cael yr arian i gyd | gadael iddo (?:fe |fo |o )?bydru | peth gorau wnaeth y wlad | bob un wan jac | drwy['’]r drws cefn | talu gormod | yr etholiad nesaf | mynd i lawr yr allt | ers talwm | cyflwr y GIG | o safon fyd-eang | eiddigedd y byd
    `)})${E}`,
    'i',
  ),
  rally: regex(
    `${B}(?:${words(`
      achub ein | achubwch ein | ysgrifennwch at eich | (?:eich|ein) AS (?:a|i) | protest (?:tu allan|yn erbyn|o flaen) |
      dewch (?:â|a) baneri | ymunwch (?:â|a) ni (?:tu allan|yn|i brotestio|ar) | protest heddychlon | dwylo oddi ar ein
    `)})${E}`,
    'i',
  ),
  ask: regex(
    `${B}(?:${words(`
      meddwl tybed (?:os|a|oes) | hoffwn (?:wybod|ofyn) | (?:isio|isho|eisiau) (?:gwybod|gwbod) (?:os|a|o['’]n i) | (?:be|beth) di['’]r oria | oria agor | fedra i newid |
      sud ma (?:archebu|cael|bwcio) | sut ma (?:archebu|cael|bwcio) | ydi fama lle | (?:ydach|da) chi['’]n (?:gneud|gwneud) | hoffwn i wybod | (?:isio|eisiau) (?:checio|tsiecio|gwirio) os |
      chwilio am (?:amseroedd|oriau) agor | angen gwybod (?:sut|os|a|pryd|ble) | (?:ydach|ydych) chi['’]n cymryd | oes rhywun yn gwybod |
      (?:all|allai|oes) rhywun (?:ddweud|helpu|argymell|gwybod) | (?:ydach|ydych|ych|dach|wyt) (?:chi|ti)['’]n (?:dal i )?(?:gwneud|neud|wneud|cynnig|derbyn|gweld) |
      (?:lle|ble) (?:dw|ydw|ydw i|rydw) i fod i | (?:be|beth) (?:ydi|yw|ydy)['’]r oriau | ydi['’]r \\S+['’]n (?:cynnig|gwneud|agor) |
      a yw['’]r \\S+ ar agor | (?:a )?oes modd |  allwch chi ddweud wrtha i | allech chi ddweud | unrhyw un yn (?:gwylio|mynd i|gwybod|nabod|adnabod) | rhywun yn (?:gwybod|gwbod) (?:os|am|lle|ble|pryd) | ydyn nhw['’]n (?:gwneud|cynnig|derbyn) | sut (?:dwi|dw i|ydw i)['’]n cael | (?:pa|faint o[’']r) (?:amser|gloch) (?:mae|ma|ydi|yw) | ydych chi ar agor |
      unrhyw syniad (?:os|pryd|sut|ble|lle) | at bwy (?:dw i|ydw i|mae|dylwn i) | (?:ble|lle) (?:galla|alla|ga|dylwn) i |
      sut (?:alla|galla|mae cael|ydw i['’]n cael) | (?:ffoniwch|ffonio) fi['’]n ôl | (?:all|allai|gall) rhywun fy (?:ffonio|ngffonio) |
      dewch yn ôl ata i | pe gallai rhywun fy (?:ffonio|ffono) |
      pe gallech (?:roi gwybod|ddweud) | cyn gynted ag y bo modd | oes rhywun wedi (?:rhoi|gweld|dod o hyd|ffeindio) |
      (?:allai|gallai|allwch|gallech)\\S*(?: \\S+){0,3} (?:fy ffonio|ffonio fi|ffono fi) | (?:ydi|ydy|yw)['’]r \\S+ (?:yn )?(?:gwneud|cynnig|derbyn) | ar agor ar (?:wyliau|y penwythnos|ddydd) | faint (?:maen nhw['’]n|mae['’]n|yw['’]r|ydi['’]r|mae o['’]n) (?:gostio|costio|ei gostio)
    `)})${E}`,
    'i',
  ),
  question: regex(
    `^\\s*(?:(?:helo|haia|hia|shwmae|shwmai|s['’]mae|hefyd|gyda llaw|btw)[,!]?\\s+)?(?:(?:Beth|Be|Pryd|Ble|Lle|Oes|Ydy|Ydi|Ydach|Ydych|Pwy|Sut|Faint|A oes|A yw|A ydy|A all|A fydd|Pam|Pa|Sawl|All|Ody|Odi)${E}[^?]*\\?|(?:(?:Pryd|Ble|Lle|Beth|Be|Faint|Sut|Pwy)(?: \\S+)? (?:mae|ma|ydi|ydy|yw|mae['’]r|ma['’]r|dw i|ydw i|alla i|ga i|dylwn i)|Oes|Ydych chi|Ydach chi|Ych chi|Allwch chi|Alla i|Ga i|Ody['’]r|Odi['’]r|Ydy['’]r|Ydi['’]r)${E}[^?.!]*|(?:Ga i|Alla i|Oes rhaid i (?:fi|mi)|Oes angen i (?:fi|mi)|(?:Dw|Ydw) i angen)${E}[^?.!]*\\?)\\s*$`,
    'i',
  ),

  enquiry: regex(
    `^\\s*(?:(?:helo|haia|hia|shwmae|s['’]mae)[,!]?\\s+)?(?:(?:Ga i(?! ddim)|Alla i(?! ddim)|Oes rhaid i (?:fi|mi)|(?:Dw|Ydw) i angen|Sut mae (?:bwcio|cael|trefnu|cofrestru))${E}[^.!]*\\??\\s*$|(?:Sut|Ble|Pryd|Pwy|Beth|A allaf|Alla i|Ga i|Oes rhaid i mi)${E}(?:\\s+(?:ydw i|alla i|dw i|mae|gallaf|dylwn i))?(?:['’]n)?\\s+(?:\\S+\\s+){0,2}?(?:newid|cofrestru|trefnu|cael|ffeindio|dod o hyd|cysylltu|diweddaru|canslo|gwneud cais|archebu)${E}[^?]*\\?\\s*$)`,
    'i',
  ),
  campaign: regex(
    `^\\s*(?:Peidiwch â phleidleisio|Talwch|Cyllidwch|Diddymwch|Gwaharddwch|Achubwch|Pleidleisiwch|Dewch â|Cefnogwch|Amddiffynnwch|Stopiwch|Diogelwch ein|Protest|Ysgrifennwch at|Ymladdwch dros|Dwylo oddi ar|Cadwch ein)${E}`,
  ),
  topic: regex(
    `${B}(?:${words(`
      GIG | gwasanaeth iechyd | gwasanaethau iechyd | gwasanaethau | gofal cymdeithasol | cartrefi gofal | gofal preifat |
      llywodraeth | gweinidog | gwleidyddion | cyngor | cynghorau | nyrsys | meddygon | meddygon teulu | meddyg teulu |
      derbynyddion | fferyllwyr | fferyllfeydd | deintyddion | ysbytai | hysbytai | ysbyty | hysbyty | adran frys |
      adrannau brys | rhestrau aros | rhestr aros | amseroedd aros | ambiwlansys | rheolwyr | reolwyr | prinder staff |
      system | brechlynnau | brechlyn | ymfudwyr | mewnfudwyr | preifateiddio | trethi | streic | streicio |
      meddygon iau | iechyd meddwl | cyllid | toriadau | presgripsiynau | wardiau | hen bobl | pobl | pawb | cleifion |
      staff asiantaeth | Cymru | Gymru | Nghymru | Lloegr | byrddau iechyd | bwrdd iechyd | y cyhoedd | gofalwyr |
      gweithwyr cymdeithasol | oedi | bawb | phawb | gofal iechyd | meddygfeydd | feddygfeydd | feddygon | wleidyddion
    `)})${E}`,
    'i',
  ),
  opinion: regex(
    `${B}(?:${words(`
      dylai | dylen | dylid | dylent | rhaid | haeddu | wedi torri | dinistrio | gwarth | warth | sgandal | jôc | llanast |
      peth gorau | i['’]r llawr | angen mwy | biliynau | gormod o | diddymu | dod i ben | pleidleisiwch | dyna['’]r gwir |
      cywilydd | chywilydd | gwastraffu | ym mhobman | wedi bod erioed | pydru | chwalu | danariannu |
      tanariannu | loteri | fel losin | y dyddiau hyn | ers degawdau | achubwch | rhag cau | ymddiswyddo | arbrawf |
      celwydd | mae pawb yn gwybod | trysor | gwarchod | yn iawn i | yr unig ffordd | ffordd ymlaen | bai | ar fai |
      busnesau | gwneud arian | yn waeth | gwell na hyn | fudr | does neb yn malio | mai nhw yw | mae['’]n bryd |
      heb angen | gormod o bwysau | yn well heb | byddai['’]r \\S+ \\S* ?yn well | stopiwch y toriadau | ar fin chwalu | amhosib | dim syniad | ddim syniad | dim ond am
    `)})`,
    'i',
  ),
  generic: regex(
    `${B}(?:${words(`
      GIG | gwasanaeth iechyd | llywodraeth | gwleidyddion | wleidyddion | gweinidogion | y gweinidog iechyd | y system |
      gofal cymdeithasol | gofal preifat | iechyd meddwl | rhestrau aros | amseroedd (?:aros|ymateb) | trethdalwyr |
      ymfudwyr | mewnfudwyr | doctoriaid | ddoctoriaid | cwmnïau preifat | pob meddyg teulu | pob nyrs | pob meddygfa | gwasanaeth iechyd yn y (?:gogledd|de) | parafeddygon | y proffesiwn cyfan | neb ar y top | y wlad | y byd | byrddau iechyd | rheolwyr ysbytai | meddygon iau | staff asiantaeth |
      prinder staff | cartrefi gofal | ysbytai | hysbytai | meddygon teulu | derbynyddion | fferyllwyr | deintyddion |
      gofal iechyd | meddygfeydd | feddygfeydd | gwasanaethau (?:ambiwlans|iechyd meddwl|cymdeithasol) |
      (?:yr |y )?(?:ysgrifennydd|gweinidog) iechyd | feddygon teulu
    `)})${E}|(?<![a-zA-ZÀ-ÖØ-öø-ÿĀ-ž'’])(?:nyrsys|meddygon|gofalwyr|bydwragedd|rheolwyr|reolwyr)${E}(?<!(?:${B}(?:y|yr|fy|ein|ei|eu)|['’]r)(?: ${LETTER}+)? \\S+)`,
    'i',
  ),
  present: regex(
    `${B}(?:dylse|dylsen|ddylai|ddylen|ddylse|di|tydi|bod|ma|mae|does|dyw|dydy|dydi|dylai|dylid|dylen|bydd|gall|gallai|rhaid|yw|ydy|ydi|ydyn|dydyn|ydan|sy['’]n|sydd|maen)${E}`,
    'i',
  ),
  deictic: regex(`^\\s*(?:Mae hyn|Mae hynny|Dyma|Dyna|Mae hwn|Mae hon)${E}`, 'i'),
  specific: regex(
    `${B}(?:ward \\d+|ar (?:y )?ward|(?:y|yr) (?:ward|uned|clinig|feddygfa|ysbyty|hosbis|cartref) (?:hon|hwn|yna|yma))${E}`,
    'i',
  ),
  past: regex(
    `${B}(?:roedd|doedd|oedd|roeddwn|cafodd|gafodd|chafodd|ces|ges|aeth|daeth|wnaeth|bu|buodd|arhosodd|ffoniodd|(?![td]rwodd)(?!${LETTER}*(?:dlais|llais))${LETTER}{3,}(?:odd|ais|ason))${E}`,
    'i',
  ),
  notTeller: regex(
    `(?:${words(`
      rwy['’]n credu | rwy['’]n meddwl | yn fy marn i | ein GIG | ein gwasanaeth iechyd | rhaid i ni | dylen ni |
      mae angen i ni | rydyn ni i gyd | ni i gyd | ein trethi | ein gwlad | ein hysbytai | ein hysbyty lleol | i['’]n hysbytai |
      os (?:ti|wyt ti)['’]n gofyn i (?:fi|mi) | amdanon ni | pam ni['’]n talu | gwed beth ti moyn | dw i wastad wedi deud | dwi wastad wedi deud | dwi['’]n meddwl sa | da ni angen |
      amdanan ni | dw i['’]n meddwl sa | sa i['’]n credu | dw i ddim yn credu | dwi ddim yn credu | dyna fy marn i | byswn i | baswn i | mae['’]n drist | mae['’]n torri fy nghalon | ni yn y (?:gogledd|de) | fel (?:nyrs|meddyg|gofalwr|parafeddyg|bydwraig) fy hun | mi (?:ddeuda|ddyweda) i |
      lle ['’]?(?:dan|rydyn|ydan) ni | y cawn ni | gawn ni | (?:rydw i|dw i|dwi|rwy)['’]n (?:credu|meddwl)(?:['’]n gryf)? | credaf | yn fy amser i | yn fy nydd i | yn fy marn i | dw i['’]n meddwl | dwi['’]n meddwl
    `)})`,
    'gi',
  ),
  teller: regex(
    `${B}(?:fi|fy|ni|ein|rydw|rwy|dw|roeddwn|oeddwn|roedden|oedden|wnes|es i|gen i|i mi|wrtha i|arna i|wrthon ni|cefais|ces|gawson|cawson|Mam|Dad|Nain|Taid|mab|merch|gŵr|ngŵr|wraig|ngwraig|(?:y|i['’]r|a['’]r|gyda['’]r|efo['’]r) plant|i['’]m|â['’]m|mhartner|i['’]n|(?!${LETTER}*(?:dlais|llais))${LETTER}{3,}ais)${E}`,
    'i',
  ),
  someone: regex(`${B}(?:fe|fo|e|hi|nhw|ei|eu)${E}`, 'i'),
}

// People often type Welsh without its accents ("ar ol", "sbyty", "ffon"): each accented vowel of a
// cue also matches the bare vowel. Character classes are left as they are.
const BARE: Record<string, string> = {
  â: 'a',
  ê: 'e',
  î: 'i',
  ô: 'o',
  û: 'u',
  ŵ: 'w',
  ŷ: 'y',
  ë: 'e',
  ï: 'i',
  é: 'e',
  á: 'a',
}

export function withBareVowels(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      out += c + (source[i + 1] ?? '')
      i++
    } else if (inClass) {
      inClass = c !== ']'
      out += c
    } else if (c === '[') {
      inClass = true
      out += c
    } else out += BARE[c] ? `[${c}${BARE[c]}]` : c
  }
  return out
}

export const WELSH = Object.fromEntries(
  Object.entries(WRITTEN).map(([cue, re]) => [cue, regex(withBareVowels(re.source), re.flags)]),
) as unknown as Cues
