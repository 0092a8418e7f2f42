import type { Plural } from '../locales/strings.ts'

/**
 * The form's strings, English first and Welsh second, like `locales/strings.ts` (whose `roles`,
 * `tell` and `retry` the form shares). They ship in the form chunk, loaded when the form opens.
 */
export const FORM_STRINGS = {
  service: ['Which service is your story about?', 'Am ba wasanaeth mae eich stori?'],
  title: ['What was your story about?', 'Am beth oedd eich stori?'],
  body: ['What happened? How did you feel?', 'Beth ddigwyddodd? Sut oeddech chi’n teimlo?'],
  bodyHint: [
    'Leave out names, contact details and exact dates.',
    'Peidiwch â chynnwys enwau, manylion cyswllt na dyddiadau penodol.',
  ],
  left: [
    { one: 'You have # character remaining', other: 'You have # characters remaining' },
    { other: 'Mae gennych # nod ar ôl' },
  ] as Plural[],
  over: [
    { one: 'You have # character too many', other: 'You have # characters too many' },
    { other: 'Mae gennych # nod yn ormod' },
  ] as Plural[],
  role: ['Which best describes you?', 'Pa un sy’n eich disgrifio orau?'],
  age: ['Your age group (optional)', 'Eich grŵp oedran (dewisol)'],
  /** No answer, the youngest and the oldest age group; the others are "16 to 24" and so on. */
  ages: [
    ['Prefer not to say', 'Under 16', '85 or over'],
    ['Mae’n well gen i beidio â dweud', 'Dan 16', '85 neu hŷn'],
  ],
  to: ['to', 'i'],
  groups: {
    good: ['What was good?', 'Beth oedd yn dda?'],
    improve: ['What could be improved?', 'Beth allai fod yn well?'],
    feelings: ['How did you feel?', 'Sut oeddech chi’n teimlo?'],
  } as Record<string, string[]>,
  optional: ['Optional. Choose any that apply.', 'Dewisol. Dewiswch unrhyw rai sy’n berthnasol.'],
  nickname: ['Nickname', 'Llysenw'],
  nicknameHint: [
    'Shown with your story. Not your real name.',
    'Caiff ei ddangos gyda’ch stori. Nid eich enw go iawn.',
  ],
  email: ['Email address (optional)', 'Cyfeiriad e-bost (dewisol)'],
  emailHint: [
    'Only used to tell you when your story is published or answered. Never shown.',
    'Dim ond i ddweud wrthych pan gaiff eich stori ei chyhoeddi neu ei hateb. Ni chaiff ei ddangos byth.',
  ],
  rulesTitle: ['Our rules', 'Ein rheolau'],
  rules: [
    'A person checks every story before it is published and removes anything that could identify you or others. Critical stories name staff by job title only. Formal complaints are not published.',
    'Mae rhywun yn gwirio pob stori cyn ei chyhoeddi ac yn tynnu unrhyw beth a allai eich adnabod chi neu eraill. Mewn straeon beirniadol, dim ond teitl swydd staff a ddefnyddir. Ni chyhoeddir cwynion ffurfiol.',
  ],
  agree: ['I agree to these rules', 'Rwy’n cytuno â’r rheolau hyn'],
  send: ['Send', 'Anfon'],
  sending: ['Sending…', 'Wrthi’n anfon…'],
  cancel: ['Cancel', 'Canslo'],
  problem: ['There is a problem', 'Mae problem'],
  error: ['Error:', 'Gwall:'],
  /** By question id, which is also the API's field name. */
  errors: {
    serviceIds: ['Select a service', 'Dewiswch wasanaeth'],
    title: ['Enter a title of up to 120 characters', 'Rhowch deitl hyd at 120 nod'],
    body: ['Enter your story, between 50 and 7,000 characters', 'Rhowch eich stori, rhwng 50 a 7,000 nod'],
    authorRole: ['Select which best describes you', 'Dewiswch pa un sy’n eich disgrifio orau'],
    nickname: [
      'Enter a nickname of up to 40 characters, without an email address',
      'Rhowch lysenw hyd at 40 nod, heb gyfeiriad e-bost',
    ],
    email: ['Enter an email address like name@example.com', 'Rhowch gyfeiriad e-bost fel enw@enghraifft.com'],
    agree: ['Confirm that you agree to the rules', 'Cadarnhewch eich bod yn cytuno â’r rheolau'],
  } as Record<string, string[]>,
  notSent: ['Your story has not been sent', 'Nid yw eich stori wedi’i hanfon'],
  offline: [
    'You seem to be offline. Check your connection and try again.',
    'Mae’n ymddangos eich bod all-lein. Gwiriwch eich cysylltiad a rhowch gynnig arall.',
  ],
  busy: [
    'Too many stories were sent from here. Wait # seconds and try again.',
    'Anfonwyd gormod o straeon o’r fan hon. Arhoswch # eiliad a rhowch gynnig arall.',
  ],
  broken: [
    'Something went wrong on our side. Please try again.',
    'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall.',
  ],
  thanks: ['Thank you. Your story has been sent', 'Diolch. Mae eich stori wedi’i hanfon'],
  next: [
    'Someone will check it before it is published. If you gave your email address, we will tell you when it is published or answered.',
    'Bydd rhywun yn ei gwirio cyn ei chyhoeddi. Os rhoesoch eich cyfeiriad e-bost, byddwn yn dweud wrthych pan gaiff ei chyhoeddi neu ei hateb.',
  ],
  back: ['Back to stories', 'Yn ôl i’r straeon'],
}
