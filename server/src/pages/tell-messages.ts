import { defineMessages } from '../i18n/index.ts'

/**
 * The no-JavaScript story form's words: the widget's own (widget/src/form/strings.ts, in both
 * languages), so that both forms ask the same questions and give the same errors, plus the page's
 * own lines. `#` is replaced by a name or a number.
 */
export const tellMessages = defineMessages(
  {
    heading: 'Tell your story',
    /** The page's title: `#` is the service. */
    titleAbout: 'Tell your story about #',
    intro: 'Tell us about your care at #. A person reads every story before it is published.',
    service: 'Which service is your story about?',
    title: 'What was your story about?',
    body: 'What happened? How did you feel?',
    bodyHint: 'Leave out names, contact details and exact dates.',
    role: 'Which best describes you?',
    'role.patient': 'Patient',
    'role.carer': 'Carer',
    'role.relative': 'Relative',
    'role.staff': 'Member of staff',
    'role.other': 'Other',
    age: 'Your age group (optional)',
    ageNone: 'Prefer not to say',
    ageUnder16: 'Under 16',
    age85: '85 or over',
    /** "16 to 24". */
    ageRange: '# to #',
    'group.good': 'What was good?',
    'group.improve': 'What could be improved?',
    'group.feelings': 'How did you feel?',
    optional: 'Optional. Choose any that apply.',
    nickname: 'Nickname',
    nicknameHint: 'Shown with your story. Not your real name.',
    email: 'Email address (optional)',
    emailHint: 'Only used to tell you when your story is published or answered. Never shown.',
    rulesTitle: 'Our rules',
    rules:
      'A person checks every story before it is published and removes anything that could identify you or others. Critical stories name staff by job title only. Formal complaints are not published.',
    agree: 'I agree to these rules',
    send: 'Send',
    sendAnyway: 'Send my story',
    'error.serviceIds': 'Select a service',
    'error.title': 'Enter a title of up to 120 characters',
    'error.body': 'Enter your story, between 50 and 7,000 characters',
    'error.authorRole': 'Select which best describes you',
    'error.nickname': 'Enter a nickname of up to 40 characters, without an email address',
    'error.email': 'Enter an email address like name@example.com',
    'error.agree': 'Confirm that you agree to the rules',
    'error.tags': 'Choose tags from the list',
    'error.ageGroup': 'Choose an age group from the list',
    'error.form': 'Check your story and try again',
    checkTitle: 'Check your story before you send it',
    checkIntro:
      'We noticed something a moderator may have to remove. You can change your story, or send it as it is.',
    expired: 'This form has expired or was not sent from Heard. Please start again.',
    busy: 'Too many stories were sent from this connection. Please wait # minutes and try again.',
    notSent: 'Your story has not been sent',
    thanksTitle: 'Thank you. Your story has been sent',
    thanksModeration:
      'A moderator will read your story before it is published. They remove anything that could identify you or others. This usually takes a day or two.',
    thanksEmail:
      'We have sent you an email with a private link. Use it to see where your story is, read responses, reply, or withdraw your story.',
    thanksNoEmail:
      'You did not give an email address, so we cannot tell you when your story is published. Look for it on the service’s page.',
    backToService: 'Back to stories about #',
  },
  {
    heading: 'Adroddwch eich stori',
    titleAbout: 'Adroddwch eich stori am #',
    intro:
      'Dywedwch wrthym am y gofal a gawsoch gan y gwasanaeth hwn: #. Mae person yn darllen pob stori cyn iddi gael ei chyhoeddi.',
    service: 'Am ba wasanaeth mae eich stori?',
    title: 'Am beth oedd eich stori?',
    body: "Beth ddigwyddodd? Sut oeddech chi'n teimlo?",
    bodyHint: 'Peidiwch â chynnwys enwau, manylion cyswllt na dyddiadau penodol.',
    role: "Pa un sy'n eich disgrifio orau?",
    'role.patient': 'Claf',
    'role.carer': 'Gofalwr',
    'role.relative': 'Perthynas',
    'role.staff': 'Aelod o staff',
    'role.other': 'Arall',
    age: 'Eich grŵp oedran (dewisol)',
    ageNone: "Mae'n well gen i beidio â dweud",
    ageUnder16: 'Dan 16',
    age85: '85 neu hŷn',
    ageRange: '# i #',
    'group.good': 'Beth oedd yn dda?',
    'group.improve': 'Beth allai fod yn well?',
    'group.feelings': "Sut oeddech chi'n teimlo?",
    optional: "Dewisol. Dewiswch unrhyw rai sy'n berthnasol.",
    nickname: 'Llysenw',
    nicknameHint: "Caiff ei ddangos gyda'ch stori. Nid eich enw go iawn.",
    email: 'Cyfeiriad e-bost (dewisol)',
    emailHint:
      'Dim ond i ddweud wrthych pan gaiff eich stori ei chyhoeddi neu ei hateb. Ni chaiff ei ddangos byth.',
    rulesTitle: 'Ein rheolau',
    rules:
      'Mae rhywun yn gwirio pob stori cyn ei chyhoeddi ac yn tynnu unrhyw beth a allai eich adnabod chi neu eraill. Mewn straeon beirniadol, dim ond teitl swydd staff a ddefnyddir. Ni chyhoeddir cwynion ffurfiol.',
    agree: "Rwy'n cytuno â'r rheolau hyn",
    send: 'Anfon',
    sendAnyway: 'Anfon fy stori',
    'error.serviceIds': 'Dewiswch wasanaeth',
    'error.title': 'Rhowch deitl hyd at 120 nod',
    'error.body': 'Rhowch eich stori, rhwng 50 a 7,000 nod',
    'error.authorRole': "Dewiswch pa un sy'n eich disgrifio orau",
    'error.nickname': 'Rhowch lysenw hyd at 40 nod, heb gyfeiriad e-bost',
    'error.email': 'Rhowch gyfeiriad e-bost fel enw@enghraifft.com',
    'error.agree': "Cadarnhewch eich bod yn cytuno â'r rheolau",
    'error.tags': "Dewiswch dagiau o'r rhestr",
    'error.ageGroup': "Dewiswch grŵp oedran o'r rhestr",
    'error.form': 'Gwiriwch eich stori a rhowch gynnig arall',
    checkTitle: 'Gwiriwch eich stori cyn ei hanfon',
    checkIntro:
      'Gwelsom rywbeth y gallai fod angen i gymedrolwr ei dynnu. Gallwch newid eich stori, neu ei hanfon fel y mae.',
    expired: "Mae'r ffurflen hon wedi dod i ben neu ni chafodd ei hanfon o Heard. Dechreuwch eto.",
    busy: "Anfonwyd gormod o straeon o'r cysylltiad hwn. Arhoswch # munud a rhowch gynnig arall.",
    notSent: 'Nid yw eich stori wedi ei hanfon',
    thanksTitle: 'Diolch. Mae eich stori wedi ei hanfon',
    thanksModeration:
      'Bydd cymedrolwr yn darllen eich stori cyn iddi gael ei chyhoeddi. Bydd yn tynnu unrhyw beth a allai eich adnabod chi neu eraill. Mae hyn fel arfer yn cymryd diwrnod neu ddau.',
    thanksEmail:
      'Rydym wedi anfon e-bost atoch gyda dolen breifat. Defnyddiwch hi i weld ble mae eich stori, darllen ymatebion, ateb, neu dynnu eich stori yn ôl.',
    thanksNoEmail:
      'Ni roesoch gyfeiriad e-bost, felly ni allwn ddweud wrthych pan gaiff eich stori ei chyhoeddi. Chwiliwch amdani ar dudalen y gwasanaeth.',
    backToService: 'Yn ôl i straeon am #',
  },
)

/** The message of an error on `field` (the API's field name); an unknown field's is the general one. */
export type TellErrorKey = Extract<keyof (typeof tellMessages)['en'], `error.${string}`>
export const tellErrorKey = (field: string): TellErrorKey =>
  (`error.${field}` in tellMessages.en ? `error.${field}` : 'error.form') as TellErrorKey
