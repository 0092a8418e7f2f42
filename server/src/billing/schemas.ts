import { z } from '@hono/zod-openapi'
import { ACCESS_REASONS, type AccessReason } from './entitlements.ts'

const isoDate = z.iso.datetime()
const reasons = Object.keys(ACCESS_REASONS) as [AccessReason, ...AccessReason[]]

/** What the portal shows under "what to do": the button to offer, if any. */
export const BILLING_ACTIONS = ['checkout', 'portal', 'pay_invoice', 'contact'] as const
export type BillingAction = (typeof BILLING_ACTIONS)[number]

export const BillingStatus = z
  .object({
    code: z.enum([...reasons, 'not_configured']),
    title: z.string().openapi({ example: 'Payment overdue' }),
    detail: z.string(),
    action: z.enum(BILLING_ACTIONS).nullable(),
  })
  .openapi('BillingStatus')
export type BillingStatus = z.infer<typeof BillingStatus>

export const Access = z
  .object({
    level: z.enum(['full', 'read_only']),
    reason: z.enum(reasons),
    until: isoDate.nullable(),
  })
  .openapi('BillingAccess')

export const Plan = z
  .object({
    priceId: z.string(),
    unitAmount: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'per covered unit, in the smallest currency unit' }),
    currency: z.string().openapi({ example: 'gbp' }),
    interval: z.string().nullable().openapi({ example: 'month' }),
  })
  .openapi('BillingPlan')

export const SubscriptionView = z
  .object({
    id: z.string(),
    status: z.string(),
    quantity: z.number().int(),
    collectionMethod: z.enum(['charge_automatically', 'send_invoice']),
    currentPeriodEnd: isoDate.nullable(),
    cancelAtPeriodEnd: z.boolean(),
    trialEnd: isoDate.nullable(),
    gracePeriodEnd: isoDate.nullable(),
    purchaseOrder: z.string().nullable(),
  })
  .openapi('BillingSubscription')

export const ManualSubscriptionView = z
  .object({
    id: z.uuid(),
    periodEnd: isoDate,
    note: z.string(),
    recordedByName: z.string().nullable(),
    createdAt: isoDate,
    endedAt: isoDate.nullable(),
  })
  .openapi('ManualSubscription')

export const InvoiceView = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    status: z.string().nullable().openapi({ example: 'open' }),
    amountDue: z.number().int(),
    amountPaid: z.number().int(),
    amountRemaining: z.number().int(),
    currency: z.string(),
    paidOutOfBand: z.boolean(),
    dueDate: isoDate.nullable(),
    createdAt: isoDate,
    hostedInvoiceUrl: z.string().nullable(),
    invoicePdf: z.string().nullable(),
  })
  .openapi('BillingInvoice')

export const NextInvoice = z
  .object({ amountDue: z.number().int(), currency: z.string(), date: isoDate.nullable() })
  .openapi('NextInvoice')

export const BillingPage = z
  .object({
    configured: z.boolean().openapi({ description: 'false: Stripe is not set up on this server' }),
    subscriberId: z.uuid(),
    access: Access,
    status: BillingStatus,
    plan: Plan.nullable(),
    coveredUnits: z.number().int(),
    subscription: SubscriptionView.nullable(),
    manualSubscription: ManualSubscriptionView.nullable(),
    nextInvoice: NextInvoice.nullable(),
    invoices: z.array(InvoiceView),
    actions: z.object({
      checkout: z.boolean(),
      portal: z.boolean(),
      invoiceBilling: z.boolean(),
      updateQuantity: z.boolean(),
    }),
  })
  .openapi('BillingPage')
export type BillingPage = z.infer<typeof BillingPage>

export const RedirectUrl = z.object({ url: z.url() }).openapi('BillingRedirect')

export const InvoiceBillingRequest = z
  .object({
    purchaseOrder: z
      .string({ message: 'Enter the purchase order number' })
      .trim()
      .min(1, 'Enter the purchase order number')
      .max(100, 'The purchase order number must be 100 characters or fewer'),
    billingEmail: z
      .string({ message: 'Enter the email address invoices go to' })
      .trim()
      .max(254)
      .pipe(z.email({ message: 'Enter an email address like accounts@example.nhs.uk' })),
  })
  .openapi('InvoiceBillingRequest')
export type InvoiceBillingRequest = z.infer<typeof InvoiceBillingRequest>

export const QuantityPreviewRequest = z
  .object({
    quantity: z
      .number({ message: 'Enter the number of covered services' })
      .int()
      .min(1, 'At least one service must be covered')
      .max(10_000),
  })
  .openapi('QuantityPreviewRequest')

export const QuantityPreview = z
  .object({
    configured: z.boolean(),
    hasSubscription: z.boolean(),
    currentQuantity: z.number().int().nullable(),
    quantity: z.number().int(),
    currency: z.string().nullable(),
    unitAmount: z.number().int().nullable(),
    interval: z.string().nullable(),
    prorationAmount: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'charged (or credited, if negative) now' }),
    nextInvoiceAmount: z.number().int().nullable(),
    nextInvoiceDate: isoDate.nullable(),
  })
  .openapi('QuantityPreview')
export type QuantityPreview = z.infer<typeof QuantityPreview>

export const ManualSubscriptionRequest = z
  .object({
    periodEnd: z.iso.date({ message: 'Enter the last day of the subscription as YYYY-MM-DD' }),
    note: z
      .string({ message: 'Add a note, e.g. the invoice or purchase order number' })
      .trim()
      .min(1, 'Add a note, e.g. the invoice or purchase order number')
      .max(500, 'The note must be 500 characters or fewer'),
  })
  .openapi('ManualSubscriptionRequest')

export const SubscriberParam = z.object({
  id: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'id', in: 'path' } }),
})
export const ManualSubscriptionParam = SubscriberParam.extend({
  subscriptionId: z
    .uuid({ message: 'must be an id' })
    .openapi({ param: { name: 'subscriptionId', in: 'path' } }),
})
