import type { Config } from '../config.ts'
import { log } from '../log.ts'
import { scheduleJob } from '../mail/outbox.ts'
import type { JobRegistry } from '../mail/worker.ts'
import { adjustQuantity } from './quantity.ts'
import { listCustomerIds } from './queries.ts'
import { billingFor } from './stripe-client.ts'
import { syncCustomer } from './sync.ts'

export const RECONCILE_JOB = 'billing_reconcile'
export const SYNC_CUSTOMER_JOB = 'billing_sync_customer'
/** After the outbox and auth purges (03:00 UTC). */
const RECONCILE_HOUR_UTC = 4

/**
 * The daily reconcile, through the outbox scheduler: it queues one job per Stripe customer (each in
 * its own transaction, shared by every worker process), and each job re-reads the customer from
 * Stripe under its lock, repairs the mirror, and sets the quantity to the covered units if a
 * coverage change never reached Stripe. Whatever a lost webhook left behind is put right within a day.
 */
export function billingJobs({ config }: { config: Config }): JobRegistry {
  return {
    [RECONCILE_JOB]: {
      dailyAtHourUtc: RECONCILE_HOUR_UTC,
      async run(sql, _payload, ctx) {
        if (!billingFor(config)) return
        const day = ctx.now.toISOString().slice(0, 10)
        const customers = await listCustomerIds(sql)
        for (const customerId of customers) {
          await scheduleJob(sql, {
            job: SYNC_CUSTOMER_JOB,
            payload: { customerId },
            runAfter: ctx.now,
            dedupeKey: `${SYNC_CUSTOMER_JOB}:${customerId}:${day}`,
          })
        }
        ctx.afterCommit(() => log.info('billing_reconcile_queued', { customers: customers.length }))
      },
    },
    [SYNC_CUSTOMER_JOB]: {
      async run(sql, payload) {
        const billing = billingFor(config)
        const customerId = String(payload.customerId)
        if (!billing) return
        const synced = await syncCustomer(sql, billing.stripe, customerId)
        if (!synced) return
        const change = await adjustQuantity(sql, billing, synced.subscriberId, customerId)
        log.info('billing_customer_reconciled', {
          customerId,
          subscriberId: synced.subscriberId,
          subscriptions: synced.subscriptions,
          invoices: synced.invoices,
          quantity: change.status,
        })
      },
    },
  }
}
