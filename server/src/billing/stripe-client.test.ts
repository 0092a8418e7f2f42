import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../config.ts'
import { billingFor, createStripeBilling, STRIPE_API_VERSION } from './stripe-client.ts'

const stripeEnv = {
  STRIPE_SECRET_KEY: 'sk_test_x',
  STRIPE_WEBHOOK_SECRET: 'whsec_x',
  STRIPE_PRICE_ID: 'price_x',
}

describe('Stripe configuration', () => {
  it('bills through Stripe with all three variables, and not at all with none', () => {
    expect(createStripeBilling(loadConfig({}))).toBeUndefined()
    const billing = createStripeBilling(loadConfig(stripeEnv))
    expect(billing).toMatchObject({ priceId: 'price_x', webhookSecret: 'whsec_x' })
    expect(billing!.stripe).toBeInstanceOf(Stripe)
  })

  it('refuses to start with only some of the Stripe variables', () => {
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_x' })).toThrow(ConfigError)
    expect(() => loadConfig({ ...stripeEnv, STRIPE_PRICE_ID: '' })).toThrow(/all three/)
    expect(() => loadConfig({ ...stripeEnv, STRIPE_API_BASE: 'not a url' })).toThrow(/STRIPE_API_BASE/)
  })

  it('speaks the API version of the pinned stripe package', () => {
    const billing = createStripeBilling(loadConfig(stripeEnv))!
    expect(STRIPE_API_VERSION).toBe('2026-10-28.endive')
    expect(billing.stripe.getApiField('version')).toBe(STRIPE_API_VERSION)
  })

  it('makes one client per configuration', () => {
    const config = loadConfig(stripeEnv)
    expect(billingFor(config)).toBe(billingFor(config))
    expect(billingFor(loadConfig({}))).toBeUndefined()
  })
})
