import Stripe from 'stripe'
import type { Config } from '../config.ts'
import { AppError } from '../errors.ts'

/**
 * Billing through Stripe, when the three Stripe variables are set (config.ts refuses one or two
 * of them). Without them `billing` is undefined: the billing page says so and a platform admin
 * records subscriptions by hand.
 */
export interface StripeBilling {
  stripe: Stripe
  priceId: string
  webhookSecret: string
}

/** The API version the pinned `stripe` package speaks; the webhook endpoint must use the same. */
export const STRIPE_API_VERSION = '2026-10-28.endive'

export function createStripeBilling(config: Config): StripeBilling | undefined {
  if (!config.STRIPE_SECRET_KEY || !config.STRIPE_WEBHOOK_SECRET || !config.STRIPE_PRICE_ID) return undefined
  const base = config.STRIPE_API_BASE ? new URL(config.STRIPE_API_BASE) : undefined
  const stripe = new Stripe(config.STRIPE_SECRET_KEY, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'Heard' },
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === 'http:' ? 80 : 443),
          protocol: base.protocol === 'http:' ? 'http' : 'https',
        }
      : {}),
  })
  return { stripe, priceId: config.STRIPE_PRICE_ID, webhookSecret: config.STRIPE_WEBHOOK_SECRET }
}

const clients = new WeakMap<Config, StripeBilling | null>()

/** The billing client for this configuration, made once (the Stripe client keeps connections alive). */
export function billingFor(config: Config): StripeBilling | undefined {
  if (!clients.has(config)) clients.set(config, createStripeBilling(config) ?? null)
  return clients.get(config) ?? undefined
}

export function requireStripe(billing: StripeBilling | undefined): StripeBilling {
  if (!billing) {
    throw new AppError(
      'unavailable',
      'Card and invoice payments are not set up on this Heard server. A platform admin can record a subscription instead.',
    )
  }
  return billing
}

/** Turns a failed Stripe call into an answer for the person who asked; details go to the log only. */
export function stripeFailure(err: unknown): AppError {
  const e = err as { type?: string; statusCode?: number }
  if (
    e.type === 'StripeIdempotencyError' ||
    (e.type === 'StripeInvalidRequestError' && (e.statusCode ?? 500) < 500)
  ) {
    return new AppError('conflict', 'Stripe did not accept the request. Please contact Heard support.')
  }
  return new AppError('unavailable', 'Stripe could not be reached. Please try again in a few minutes.')
}
