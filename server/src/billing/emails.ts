import type { Sql } from '../db.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { adminEmails, getInvoice, getSubscription, subscriberName } from './queries.ts'

/** The billing mails, sent to every admin of the subscriber who is not frozen. */
export const BILLING_MAIL = [
  'payment_failed',
  'payment_action_required',
  'invoice_overdue',
  'trial_ending',
] as const
export type BillingMail = (typeof BILLING_MAIL)[number]

const dateText = (d: Date | null) =>
  d
    ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    : 'soon'

const money = (pence: number, currency: string) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency.toUpperCase() }).format(pence / 100)

interface MailFacts {
  organisation: string
  billingUrl: string
  amount?: string
  invoiceUrl?: string | null
  date?: string
}

const FOOTER = `You are receiving this because you are an admin of this organisation on Heard.

Heard
`

function mailText(kind: BillingMail, f: MailFacts): { subject: string; text: string } {
  const pay = f.invoiceUrl ? `\n\nYou can see and pay the invoice here:\n\n${f.invoiceUrl}` : ''
  switch (kind) {
    case 'payment_failed':
      return {
        subject: 'Your Heard payment did not go through',
        text: `Hello,\n\nWe could not take the payment${f.amount ? ` of ${f.amount}` : ''} for ${f.organisation}'s Heard subscription. Stripe will try again over the next few days.\n\nYour team keeps full use of Heard until ${f.date}. After that, members can still read stories but cannot respond or receive alerts until the payment goes through.\n\nTo update your card or bank details, open Billing in the Heard portal:\n\n${f.billingUrl}${pay}\n\n${FOOTER}`,
      }
    case 'payment_action_required':
      return {
        subject: 'Please confirm your Heard payment',
        text: `Hello,\n\nYour bank needs you to confirm the payment${f.amount ? ` of ${f.amount}` : ''} for ${f.organisation}'s Heard subscription before it can go through.${pay || `\n\nOpen Billing in the Heard portal to confirm it:\n\n${f.billingUrl}`}\n\n${FOOTER}`,
      }
    case 'invoice_overdue':
      return {
        subject: 'Your Heard invoice is overdue',
        text: `Hello,\n\nThe invoice${f.amount ? ` for ${f.amount}` : ''} for ${f.organisation}'s Heard subscription has passed its due date.\n\nYour team keeps full use of Heard until ${f.date}. After that, members can still read stories but cannot respond or receive alerts until it is paid.${pay}\n\nIf you have already paid, thank you: it can take a few days to reach us. Billing in the Heard portal:\n\n${f.billingUrl}\n\n${FOOTER}`,
      }
    case 'trial_ending':
      return {
        subject: 'Your Heard trial ends soon',
        text: `Hello,\n\nThe free trial of Heard for ${f.organisation} ends on ${f.date}. To keep responding to stories and receiving alerts after that, add a payment method or choose invoice billing in the Heard portal:\n\n${f.billingUrl}\n\nIf you have already done this, there is nothing more to do.\n\n${FOOTER}`,
      }
  }
}

/**
 * Queues a billing mail to the subscriber's admins, from the mirror as it is now (just synced):
 * a late event about an invoice since paid, or a trial since ended, sends nothing.
 */
export async function queueBillingMail(
  sql: Sql,
  input: {
    kind: BillingMail
    subscriberId: string
    publicUrl: string
    invoiceId?: string | null
    subscriptionId?: string | null
    graceUntil?: Date | null
  },
): Promise<number> {
  const invoice = input.invoiceId ? await getInvoice(sql, input.invoiceId) : undefined
  const subscription = input.subscriptionId ? await getSubscription(sql, input.subscriptionId) : undefined
  if (input.kind === 'trial_ending' && subscription?.status !== 'trialing') return 0
  if (input.kind !== 'trial_ending' && invoice?.status !== 'open') return 0
  const organisation = (await subscriberName(sql, input.subscriberId)) ?? 'your organisation'
  const facts: MailFacts = {
    organisation,
    billingUrl: `${input.publicUrl}/portal/subscribers/${input.subscriberId}/billing`,
    amount: invoice ? money(invoice.amountRemaining, invoice.currency) : undefined,
    invoiceUrl: invoice?.hostedInvoiceUrl,
    date: dateText(
      input.kind === 'trial_ending' ? (subscription?.trialEnd ?? null) : (input.graceUntil ?? null),
    ),
  }
  const { subject, text } = mailText(input.kind, facts)
  const recipients = await adminEmails(sql, input.subscriberId)
  for (const to of recipients)
    await enqueueMail(sql, { template: `billing_${input.kind}`, to, subject, text })
  return recipients.length
}
