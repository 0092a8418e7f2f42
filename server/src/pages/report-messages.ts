import { defineMessages } from '../i18n/index.ts'

/** The report form's and its answer pages' words. */
export const reportMessages = defineMessages(
  {
    summary: 'Report this story',
    intro:
      'Tell the moderators if this story breaks our rules. A moderator reads every report and may hide the story.',
    reason: 'Why are you reporting this story?',
    'reason.identifies_someone': 'It identifies someone',
    'reason.offensive': 'It is offensive',
    'reason.not_real': 'It is not a real experience of care',
    'reason.defamatory': 'It is defamatory',
    'reason.other': 'Something else',
    details: 'More details (optional)',
    detailsHint: 'Say what is wrong without repeating anything that identifies someone.',
    email: 'Email address (optional)',
    emailHint: 'Only the moderators see it, and only use it if they need to ask you about your report.',
    send: 'Send report',
    'error.reason': 'Select why you are reporting this story',
    'error.details': 'Details must be 2,000 characters or fewer',
    'error.email': 'Enter an email address like name@example.com',
    'error.form': 'Check your report and try again',
    errorTitle: 'Error: report this story',
    expired: 'This form was not sent from Heard. Please go back to the story and try again.',
    busy: 'Too many reports were sent from this connection. Please try again later.',
    notSent: 'Your report has not been sent',
    thanksTitle: 'Thank you for your report',
    thanksBody:
      'A moderator will read it. If the story breaks our rules they will hide it, and its page will say why.',
    backToStory: 'Back to the story',
  },
  {
    summary: 'Rhoi gwybod am y stori hon',
    intro:
      "Dywedwch wrth y cymedrolwyr os yw'r stori hon yn torri ein rheolau. Mae cymedrolwr yn darllen pob adroddiad a gall guddio'r stori.",
    reason: "Pam rydych chi'n rhoi gwybod am y stori hon?",
    'reason.identifies_someone': "Mae'n datgelu pwy yw rhywun",
    'reason.offensive': "Mae'n sarhaus",
    'reason.not_real': "Nid yw'n brofiad go iawn o ofal",
    'reason.defamatory': "Mae'n ddifenwol",
    'reason.other': 'Rhywbeth arall',
    details: 'Rhagor o fanylion (dewisol)',
    detailsHint: "Dywedwch beth sydd o'i le heb ailadrodd unrhyw beth sy'n datgelu pwy yw rhywun.",
    email: 'Cyfeiriad e-bost (dewisol)',
    emailHint:
      "Dim ond y cymedrolwyr sy'n ei weld, a dim ond os bydd angen iddynt ofyn i chi am eich adroddiad y byddant yn ei ddefnyddio.",
    send: 'Anfon yr adroddiad',
    'error.reason': "Dewiswch pam rydych chi'n rhoi gwybod am y stori hon",
    'error.details': "Rhaid i'r manylion fod yn 2,000 nod neu lai",
    'error.email': 'Rhowch gyfeiriad e-bost fel enw@enghraifft.com',
    'error.form': 'Gwiriwch eich adroddiad a rhowch gynnig arall',
    errorTitle: 'Gwall: rhoi gwybod am y stori hon',
    expired: "Ni chafodd y ffurflen hon ei hanfon o Heard. Ewch yn ôl i'r stori a rhowch gynnig arall.",
    busy: "Anfonwyd gormod o adroddiadau o'r cysylltiad hwn. Rhowch gynnig arall yn nes ymlaen.",
    notSent: 'Nid yw eich adroddiad wedi ei anfon',
    thanksTitle: 'Diolch am eich adroddiad',
    thanksBody:
      "Bydd cymedrolwr yn ei ddarllen. Os yw'r stori'n torri ein rheolau, bydd yn ei chuddio, a bydd ei thudalen yn dweud pam.",
    backToStory: "Yn ôl i'r stori",
  },
)

export type ReportErrorKey = Extract<keyof (typeof reportMessages)['en'], `error.${string}`>
export const reportErrorKey = (field: string): ReportErrorKey =>
  (`error.${field}` in reportMessages.en ? `error.${field}` : 'error.form') as ReportErrorKey
