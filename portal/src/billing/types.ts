/** The shapes of the billing page (`portal/API.md`, "Billing"). Types only, from the server's zod schemas, as in `shared/types.ts`. */
import type { z } from '@hono/zod-openapi'
import { intlLocale } from '../shared/locale.ts'
import type {
  BillingPage as BillingPageSchema,
  QuantityPreview as QuantityPreviewSchema,
} from '../../../server/src/billing/schemas.ts'

export type BillingPage = z.infer<typeof BillingPageSchema>
export type QuantityPreview = z.infer<typeof QuantityPreviewSchema>
/** 1234 pence, 'gbp' → '£12.34'. */
export function money(amount: number, currency: string | null) {
  return new Intl.NumberFormat(intlLocale(), {
    style: 'currency',
    currency: (currency ?? 'gbp').toUpperCase(),
  }).format(amount / 100)
}
