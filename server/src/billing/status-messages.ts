import { defineMessages } from '../i18n/index.ts'

/**
 * The billing status in plain words (the billing page's panel), in the signed-in member's language.
 * `day` is a date already written in that language; `note` and `po` are what an admin typed.
 */
export const billingStatusMessages = defineMessages(
  {
    soon: 'soon',
    readOnly: 'Until then, your members can read stories but cannot respond or receive alerts.',
    endingTitle: (day: string) => `Active until ${day}, then ending`,
    endingDetail:
      'The subscription was cancelled and ends with this period. To keep it, renew it in the billing portal.',
    activeTitle: 'Active',
    activeDetail: (day: string) =>
      `Your subscription renews on ${day}. Change your payment method, billing address or see past invoices in the billing portal.`,
    endedTitle: 'Subscription ended',
    endedOnTitle: (day: string) => `Subscription ended on ${day}`,
    endedDetailConfigured:
      'Your members can read stories but cannot respond or receive alerts. Start a new subscription to restore full use.',
    endedDetailManual:
      'Your members can read stories but cannot respond or receive alerts. Ask Heard to renew your subscription.',
    noneTitle: 'No subscription yet',
    noneDetail: (readOnly: string) =>
      `Subscribe by card or Direct Debit, or ask to pay by invoice with a purchase order. ${readOnly}`,
    notConfiguredTitle: 'Online payments are not set up on this server',
    notConfiguredDetail: (readOnly: string) =>
      `Card and invoice payments through Stripe are not set up here, so a Heard platform admin records your subscription instead. ${readOnly}`,
    manualTitle: (day: string) => `Subscribed until ${day}`,
    manualDetail: (day: string) =>
      `Heard recorded your subscription. Your members have full use until ${day}.`,
    manualDetailNote: (day: string, note: string) =>
      `Heard recorded your subscription (${note}). Your members have full use until ${day}.`,
    trialTitle: (day: string) => `Free trial until ${day}`,
    trialDetail:
      'Add a payment method before the trial ends to keep responding to stories and receiving alerts.',
    invoiceTitle: (day: string) => `Active, invoice due by ${day}`,
    invoiceDetail:
      'You pay by invoice. Your members have full use while the invoice is within its payment terms.',
    invoiceDetailPo: (po: string) =>
      `You pay by invoice (purchase order ${po}). Your members have full use while the invoice is within its payment terms.`,
    graceTitle: 'Payment overdue',
    graceDetailInvoice: (day: string) =>
      `The invoice is past its due date. Your members keep full use until ${day}; please pay it before then.`,
    graceDetailCard: (day: string) =>
      `The last payment did not go through. Your members keep full use until ${day}; update your payment details before then.`,
    graceOverTitle: 'Read-only: payment overdue',
    graceOverInvoice:
      'Payment is overdue, so your members can read stories but cannot respond or receive alerts. Pay the open invoice to restore full use.',
    graceOverCard:
      'Payment is overdue, so your members can read stories but cannot respond or receive alerts. Update your payment details to restore full use.',
    incompleteTitle: 'Payment not completed',
    incompleteDetail: (readOnly: string) =>
      `The first payment was not completed. ${readOnly} Start again to subscribe.`,
    pausedTitle: 'Paused',
    pausedDetail: (readOnly: string) =>
      `The subscription is paused. ${readOnly} Resume it in the billing portal.`,
  },
  {
    soon: 'yn fuan',
    readOnly: 'Tan hynny, gall eich aelodau ddarllen straeon ond ni allant ymateb na chael rhybuddion.',
    endingTitle: (day: string) => `Gweithredol tan ${day}, yna'n dod i ben`,
    endingDetail:
      "Cafodd y tanysgrifiad ei ganslo ac mae'n dod i ben gyda'r cyfnod hwn. I'w gadw, adnewyddwch ef yn y porth bilio.",
    activeTitle: 'Gweithredol',
    activeDetail: (day: string) =>
      `Mae eich tanysgrifiad yn adnewyddu ar ${day}. Yn y porth bilio gallwch newid eich dull talu neu eich cyfeiriad bilio, neu weld anfonebau blaenorol.`,
    endedTitle: "Mae'r tanysgrifiad wedi dod i ben",
    endedOnTitle: (day: string) => `Daeth y tanysgrifiad i ben ar ${day}`,
    endedDetailConfigured:
      'Gall eich aelodau ddarllen straeon ond ni allant ymateb na chael rhybuddion. Dechreuwch danysgrifiad newydd i adfer defnydd llawn.',
    endedDetailManual:
      'Gall eich aelodau ddarllen straeon ond ni allant ymateb na chael rhybuddion. Gofynnwch i Heard adnewyddu eich tanysgrifiad.',
    noneTitle: 'Dim tanysgrifiad eto',
    noneDetail: (readOnly: string) =>
      `Tanysgrifiwch â cherdyn neu Ddebyd Uniongyrchol, neu gofynnwch am gael talu drwy anfoneb gyda rhif archeb brynu. ${readOnly}`,
    notConfiguredTitle: 'Nid yw taliadau ar-lein wedi eu gosod ar y gweinydd hwn',
    notConfiguredDetail: (readOnly: string) =>
      `Nid yw taliadau cerdyn ac anfoneb drwy Stripe wedi eu gosod yma, felly mae un o weinyddwyr platfform Heard yn cofnodi eich tanysgrifiad yn lle hynny. ${readOnly}`,
    manualTitle: (day: string) => `Wedi tanysgrifio tan ${day}`,
    manualDetail: (day: string) =>
      `Mae Heard wedi cofnodi eich tanysgrifiad. Mae gan eich aelodau ddefnydd llawn tan ${day}.`,
    manualDetailNote: (day: string, note: string) =>
      `Mae Heard wedi cofnodi eich tanysgrifiad (${note}). Mae gan eich aelodau ddefnydd llawn tan ${day}.`,
    trialTitle: (day: string) => `Cyfnod prawf am ddim tan ${day}`,
    trialDetail:
      "Ychwanegwch ddull talu cyn i'r cyfnod prawf ddod i ben er mwyn dal ati i ymateb i straeon a chael rhybuddion.",
    invoiceTitle: (day: string) => `Gweithredol, anfoneb i'w thalu erbyn ${day}`,
    invoiceDetail:
      "Rydych yn talu drwy anfoneb. Mae gan eich aelodau ddefnydd llawn tra bo'r anfoneb o fewn ei thelerau talu.",
    invoiceDetailPo: (po: string) =>
      `Rydych yn talu drwy anfoneb (rhif archeb brynu ${po}). Mae gan eich aelodau ddefnydd llawn tra bo'r anfoneb o fewn ei thelerau talu.`,
    graceTitle: 'Taliad yn hwyr',
    graceDetailInvoice: (day: string) =>
      `Mae'r anfoneb wedi mynd heibio ei dyddiad talu. Mae gan eich aelodau ddefnydd llawn tan ${day}; talwch hi cyn hynny, os gwelwch yn dda.`,
    graceDetailCard: (day: string) =>
      `Ni aeth y taliad diwethaf drwodd. Mae gan eich aelodau ddefnydd llawn tan ${day}; diweddarwch eich manylion talu cyn hynny.`,
    graceOverTitle: 'Darllen yn unig: taliad yn hwyr',
    graceOverInvoice:
      "Mae'r taliad yn hwyr, felly gall eich aelodau ddarllen straeon ond ni allant ymateb na chael rhybuddion. Talwch yr anfoneb agored i adfer defnydd llawn.",
    graceOverCard:
      "Mae'r taliad yn hwyr, felly gall eich aelodau ddarllen straeon ond ni allant ymateb na chael rhybuddion. Diweddarwch eich manylion talu i adfer defnydd llawn.",
    incompleteTitle: 'Ni chwblhawyd y taliad',
    incompleteDetail: (readOnly: string) =>
      `Ni chafodd y taliad cyntaf ei gwblhau. ${readOnly} Dechreuwch eto i danysgrifio.`,
    pausedTitle: 'Wedi ei oedi',
    pausedDetail: (readOnly: string) =>
      `Mae'r tanysgrifiad wedi ei oedi. ${readOnly} Ailddechreuwch ef yn y porth bilio.`,
  },
)
