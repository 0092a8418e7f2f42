import type { Lang } from '../i18n/index.ts'
import type { AccessReason, Entitlement } from './entitlements.ts'
import type { ManualSubscription, MirrorSubscription } from './queries.ts'
import type { BillingStatus } from './schemas.ts'
import { billingStatusMessages } from './status-messages.ts'

type Words = (typeof billingStatusMessages)[Lang]

const LOCALES: Record<Lang, string> = { en: 'en-GB', cy: 'cy-GB' }

interface StatusFacts {
  configured: boolean
  e: Entitlement
  s: MirrorSubscription | undefined
  manual: ManualSubscription | undefined
  byInvoice: boolean
  payAction: 'pay_invoice' | 'portal'
  t: Words
  /** A date in the member's language, in UTC as Stripe gives it: "1 April 2026" / "1 Ebrill 2026". */
  day: (d: Date | null | undefined) => string
}

const active = ({ e, s, t, day }: StatusFacts): BillingStatus =>
  s?.cancelAtPeriodEnd
    ? {
        code: 'active',
        title: t.endingTitle(day(s.currentPeriodEnd)),
        detail: t.endingDetail,
        action: 'portal',
      }
    : { code: 'active', title: t.activeTitle, detail: t.activeDetail(day(e.until)), action: 'portal' }

const ended =
  (code: 'canceled' | 'manual_ended') =>
  ({ e, configured, t, day }: StatusFacts): BillingStatus => ({
    code,
    title: e.until ? t.endedOnTitle(day(e.until)) : t.endedTitle,
    detail: configured ? t.endedDetailConfigured : t.endedDetailManual,
    action: configured ? 'checkout' : 'contact',
  })

const none = ({ configured, t }: StatusFacts): BillingStatus =>
  configured
    ? { code: 'none', title: t.noneTitle, detail: t.noneDetail(t.readOnly), action: 'checkout' }
    : {
        code: 'not_configured',
        title: t.notConfiguredTitle,
        detail: t.notConfiguredDetail(t.readOnly),
        action: 'contact',
      }

/** Each reason for the access a subscriber has, in plain words, with what to do about it. */
const DESCRIBE: Record<AccessReason, (facts: StatusFacts) => BillingStatus> = {
  manual: ({ e, manual, t, day }) => ({
    code: 'manual',
    title: t.manualTitle(day(e.until)),
    detail: manual?.note ? t.manualDetailNote(day(e.until), manual.note) : t.manualDetail(day(e.until)),
    action: null,
  }),
  trialing: ({ e, t, day }) => ({
    code: 'trialing',
    title: t.trialTitle(day(e.until)),
    detail: t.trialDetail,
    action: 'portal',
  }),
  active,
  invoice_terms: ({ e, s, t, day }) => ({
    code: 'invoice_terms',
    title: t.invoiceTitle(day(e.until)),
    detail: s?.purchaseOrder ? t.invoiceDetailPo(s.purchaseOrder) : t.invoiceDetail,
    action: 'pay_invoice',
  }),
  grace: ({ e, byInvoice, payAction, t, day }) => ({
    code: 'grace',
    title: t.graceTitle,
    detail: byInvoice ? t.graceDetailInvoice(day(e.until)) : t.graceDetailCard(day(e.until)),
    action: payAction,
  }),
  grace_over: ({ byInvoice, payAction, t }) => ({
    code: 'grace_over',
    title: t.graceOverTitle,
    detail: byInvoice ? t.graceOverInvoice : t.graceOverCard,
    action: payAction,
  }),
  incomplete: ({ configured, t }) => ({
    code: 'incomplete',
    title: t.incompleteTitle,
    detail: t.incompleteDetail(t.readOnly),
    action: configured ? 'checkout' : 'contact',
  }),
  paused: ({ t }) => ({
    code: 'paused',
    title: t.pausedTitle,
    detail: t.pausedDetail(t.readOnly),
    action: 'portal',
  }),
  canceled: ended('canceled'),
  manual_ended: ended('manual_ended'),
  none,
}

/** The billing state in plain words (in `lang`, the reader's language), with what to do about it. */
export function describeStatus(
  input: {
    configured: boolean
    entitlement: Entitlement
    subscription: MirrorSubscription | undefined
    manual: ManualSubscription | undefined
  },
  lang: Lang = 'en',
): BillingStatus {
  const { configured, entitlement: e, subscription: s, manual } = input
  const byInvoice = s?.collectionMethod === 'send_invoice'
  const payAction = byInvoice ? 'pay_invoice' : 'portal'
  const t = billingStatusMessages[lang]
  const day = (d: Date | null | undefined) =>
    d
      ? d.toLocaleDateString(LOCALES[lang], {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        })
      : t.soon
  return DESCRIBE[e.reason]({ configured, e, s, manual, byInvoice, payAction, t, day })
}
