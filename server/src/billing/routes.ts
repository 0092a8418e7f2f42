import type { Context } from 'hono'
import { createAuth, currentUser } from '../auth/index.ts'
import { AppError, notFound } from '../errors.ts'
import { createRouter, type Deps } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { openCustomerPortal, startCheckout, startInvoiceBilling } from './actions.ts'
import { billingApi as api } from './openapi.ts'
import { getBillingPage, manualView } from './page.ts'
import { applyCoverageQuantity, previewQuantity } from './quantity.ts'
import {
  endManualSubscription,
  insertManualSubscription,
  listManualSubscriptions,
  subscriberName,
} from './queries.ts'
import { billingFor, requireStripe } from './stripe-client.ts'
import { webhookRoutes } from './webhooks.ts'

type Router = ReturnType<typeof createRouter>

/** What the billing handlers share. */
interface BillingContext {
  sql: Deps['sql']
  config: Deps['config']
  billing: ReturnType<typeof billingFor>
  /** The page in the language of the signed-in user reading it. */
  billingPage: (c: Context, subscriberId: string) => ReturnType<typeof getBillingPage>
  logAction: (c: Context, action: string, subscriberId: string) => void
}

/** A subscriber's own billing page and actions, for its admins. */
function subscriberBilling(router: Router, { sql, config, billing, billingPage, logAction }: BillingContext) {
  const guard = createMemberGuard({ sql })
  const admins = { middleware: [...guard('admin')] }
  const adminsWithJson = { middleware: [...guard('admin'), jsonBody] }

  router.openapi({ ...api.page, ...admins }, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await billingPage(c, currentMember(c).subscriberId), 200)
  })

  router.openapi({ ...api.checkout, ...admins }, async (c) => {
    const id = currentMember(c).subscriberId
    const url = await startCheckout(sql, requireStripe(billing), id, config.PUBLIC_URL)
    logAction(c, 'checkout', id)
    return c.json({ url }, 200)
  })

  router.openapi({ ...api.portal, ...admins }, async (c) => {
    const id = currentMember(c).subscriberId
    const url = await openCustomerPortal(sql, requireStripe(billing), id, config.PUBLIC_URL)
    logAction(c, 'customer_portal', id)
    return c.json({ url }, 200)
  })

  router.openapi({ ...api.invoiceBilling, ...adminsWithJson }, async (c) => {
    const id = currentMember(c).subscriberId
    await startInvoiceBilling(sql, requireStripe(billing), id, c.req.valid('json'))
    logAction(c, 'invoice_billing', id)
    return c.json(await billingPage(c, id), 201)
  })

  router.openapi({ ...api.previewQuantity, ...adminsWithJson }, async (c) => {
    const id = currentMember(c).subscriberId
    return c.json(await previewQuantity(sql, billing, id, c.req.valid('json').quantity), 200)
  })

  router.openapi({ ...api.applyQuantity, ...admins }, async (c) => {
    const id = currentMember(c).subscriberId
    const change = await applyCoverageQuantity(sql, requireStripe(billing), id)
    if (change.status === 'no_subscription')
      throw new AppError('conflict', 'There is no subscription to change.')
    logAction(c, 'quantity', id)
    return c.json(await billingPage(c, id), 200)
  })
}

/** The day after `periodEnd` (UTC): a manual subscription covers the whole of its last day. */
function manualPeriodEnd(periodEnd: string): Date {
  const end = new Date(`${periodEnd}T00:00:00Z`)
  end.setUTCDate(end.getUTCDate() + 1)
  if (end <= new Date()) {
    throw new AppError('validation_failed', 'The subscription must end today or later.', [
      { path: 'periodEnd', message: 'must be today or later' },
    ])
  }
  return end
}

/** What platform admins do: any subscriber's page, subscriptions recorded by hand. */
function platformBilling(router: Router, { sql, billingPage, logAction }: BillingContext) {
  const subscriberExists = async (id: string) => {
    if (!(await subscriberName(sql, id))) throw notFound('That organisation')
  }

  router.openapi(api.adminPage, async (c) => {
    const { id } = c.req.valid('param')
    await subscriberExists(id)
    c.header('Cache-Control', 'no-store')
    return c.json(await billingPage(c, id), 200)
  })

  router.openapi(api.listManual, async (c) => {
    const { id } = c.req.valid('param')
    await subscriberExists(id)
    return c.json({ manualSubscriptions: (await listManualSubscriptions(sql, id)).map(manualView) }, 200)
  })

  router.openapi(api.recordManual, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    await subscriberExists(id)
    const subscriptionId = await insertManualSubscription(sql, {
      subscriberId: id,
      periodEnd: manualPeriodEnd(input.periodEnd),
      note: input.note,
      recordedBy: currentUser(c).id,
    })
    logAction(c, 'manual_subscription', id)
    const recorded = (await listManualSubscriptions(sql, id)).find((m) => m.id === subscriptionId)!
    return c.json(manualView(recorded), 201)
  })

  router.openapi(api.endManual, async (c) => {
    const { id, subscriptionId } = c.req.valid('param')
    if (!(await endManualSubscription(sql, id, subscriptionId))) throw notFound('That subscription')
    logAction(c, 'manual_subscription_ended', id)
    return c.body(null, 204)
  })
}

/**
 * Billing: the Stripe webhook, a subscriber's billing page and its actions (the subscriber's
 * admins: 404 for non-members, 403 for other roles and frozen members), and what platform admins
 * do (the page of any subscriber; subscriptions recorded by hand, which need no Stripe).
 */
export function billingRoutes({ sql, config }: Deps) {
  const billing = billingFor(config)
  const auth = createAuth({ sql })
  const router = createRouter()
  router.route('/', webhookRoutes({ sql, publicUrl: config.PUBLIC_URL }, billing))
  for (const path of ['/billing', '/manual-subscriptions', '/manual-subscriptions/*']) {
    router.use(`/api/portal/admin/subscribers/:id${path}`, auth.requirePlatformRole('platform_admin'))
  }
  const context: BillingContext = {
    sql,
    config,
    billing,
    billingPage: (c, id) => getBillingPage(sql, billing, id, currentUser(c).lang),
    logAction: (c, action, subscriberId) =>
      log.info('billing_action', {
        requestId: c.get('requestId'),
        action,
        subscriberId,
        userId: currentUser(c).id,
      }),
  }
  subscriberBilling(router, context)
  platformBilling(router, context)
  return router
}
