import { defineMessages } from '../i18n/index.ts'
import { REVIEW_REASON_LABELS } from './schemas.ts'

/**
 * The private provider's review page, in English and Welsh. In `intro*`, each `#` is replaced in
 * order: the provider's name, then the date it publishes.
 */
export const providerPageMessages = defineMessages(
  {
    title: 'A story about your service',
    intro:
      "This story about # has been checked by Heard's moderators. It will be published on # unless you answer before then.",
    introAnswered: "This story about # has been checked by Heard's moderators.",
    about: 'About:',
    goAhead: 'Go ahead: publish it now',
    requestReview: 'Ask a senior moderator to review it',
    reasonLegend: 'Why should it be reviewed?',
    reasonHint: 'A story is never withheld for being critical. Every request is recorded and counted.',
    'reason.wrong_provider': REVIEW_REASON_LABELS.wrong_provider,
    'reason.identifies_someone': REVIEW_REASON_LABELS.identifies_someone,
    'reason.legal_concern': REVIEW_REASON_LABELS.legal_concern,
    'reason.other': REVIEW_REASON_LABELS.other,
    details: 'Details',
    detailsHint: 'Required for another reason. What should the senior moderator look at?',
    send: 'Send request',
    decided: 'This story has been answered. Thank you.',
    published: 'Thank you. The story is now published.',
    requested: 'Thank you. A senior moderator will review the story before anything is published.',
    errorTitle: 'There is a problem',
    errorPrefix: 'Error:',
    chooseReason: 'Choose why the story should be reviewed',
    sayConcern: 'Say what the concern is',
    detailsTooLong: 'Details must be 2,000 characters or fewer',
    tooLong: 'Too long',
    notFound: 'Link not found',
    expired: 'This link has expired, or it is not a link Heard sent. The story may already be published.',
  },
  {
    title: 'Stori am eich gwasanaeth',
    intro:
      "Mae cymedrolwyr Heard wedi gwirio'r stori hon ynghylch #. Caiff ei chyhoeddi ar # oni bai eich bod yn ateb cyn hynny.",
    introAnswered: "Mae cymedrolwyr Heard wedi gwirio'r stori hon ynghylch #.",
    about: 'Ynghylch:',
    goAhead: "Ewch ymlaen: cyhoeddwch hi'n awr",
    requestReview: 'Gofyn i uwch gymedrolwr ei hadolygu',
    reasonLegend: 'Pam y dylid ei hadolygu?',
    reasonHint:
      "Ni chaiff stori byth ei hatal am ei bod yn feirniadol. Caiff pob cais ei gofnodi a'i gyfrif.",
    'reason.wrong_provider': "Mae'r stori am ddarparwr arall",
    'reason.identifies_someone': "Gallai'r stori ddatgelu pwy yw rhywun",
    'reason.legal_concern': 'Pryder cyfreithiol',
    'reason.other': 'Rheswm arall',
    details: 'Manylion',
    detailsHint: "Yn ofynnol ar gyfer rheswm arall. Beth ddylai'r uwch gymedrolwr edrych arno?",
    send: 'Anfon y cais',
    decided: 'Mae rhywun wedi ateb ynghylch y stori hon. Diolch.',
    published: "Diolch. Mae'r stori wedi ei chyhoeddi bellach.",
    requested: "Diolch. Bydd uwch gymedrolwr yn adolygu'r stori cyn i unrhyw beth gael ei gyhoeddi.",
    errorTitle: 'Mae problem',
    errorPrefix: 'Gwall:',
    chooseReason: 'Dewiswch pam y dylid adolygu’r stori',
    sayConcern: "Dywedwch beth yw'r pryder",
    detailsTooLong: 'Rhaid i’r manylion fod yn 2,000 o nodau neu lai',
    tooLong: 'Rhy hir',
    notFound: "Heb ddod o hyd i'r ddolen",
    expired:
      "Mae'r ddolen hon wedi dod i ben, neu nid yw'n ddolen a anfonodd Heard. Efallai fod y stori wedi ei chyhoeddi eisoes.",
  },
)

/** The email that sends a private provider its link: the provider's name, its services, the wait. */
export const providerMailMessages = defineMessages(
  {
    subject: (provider: string, hours: number) =>
      `A story about ${provider} will be published on Heard in ${hours} hours`,
    text: (provider: string, services: string, hours: number, url: string) =>
      `A story about ${provider} (${services}) has been checked by Heard's moderators and is ready to publish.

Because ${provider} is privately owned, you can read it first and either let it go ahead or ask a senior moderator to review it. If you do not answer within ${hours} hours, it will be published.

A review can be asked for only for these reasons: the story is about another provider, it could identify someone, or a legal concern (or another reason you explain). A story is never withheld for being critical. Every request is recorded.

Read the story and answer here (the link works once and expires when the story is published):
${url}

This link is private to your organisation. Please do not share it.

Heard
`,
  },
  {
    subject: (provider: string, hours: number) =>
      `Bydd stori ynghylch ${provider} yn cael ei chyhoeddi ar Heard ymhen ${hours} awr`,
    text: (provider: string, services: string, hours: number, url: string) =>
      `Mae cymedrolwyr Heard wedi gwirio stori ynghylch ${provider} (${services}) ac mae'n barod i'w chyhoeddi.

Gan mai darparwr preifat yw ${provider}, gallwch ei darllen yn gyntaf a naill ai gadael iddi fynd yn ei blaen neu ofyn i uwch gymedrolwr ei hadolygu. Os na fyddwch yn ateb o fewn ${hours} awr, caiff ei chyhoeddi.

Dim ond am y rhesymau hyn y gellir gofyn am adolygiad: mae'r stori am ddarparwr arall, gallai ddatgelu pwy yw rhywun, neu bryder cyfreithiol (neu reswm arall rydych yn ei egluro). Ni chaiff stori byth ei hatal am ei bod yn feirniadol. Caiff pob cais ei gofnodi.

Darllenwch y stori ac atebwch yma (mae'r ddolen yn gweithio unwaith ac yn dod i ben pan gaiff y stori ei chyhoeddi):
${url}

Mae'r ddolen hon yn breifat i'ch sefydliad. Peidiwch â'i rhannu.

Heard
`,
  },
)
