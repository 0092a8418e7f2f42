import { createHmac } from 'node:crypto'
import { hashToken } from '../auth/tokens.ts'

/**
 * The token in every alert email's unsubscribe link: an HMAC of the subscription id under the
 * server's secret, so that each email can carry it while the database keeps only its hash.
 */
export const unsubscribeToken = (subscriptionId: string, secret: string) =>
  createHmac('sha256', secret).update(`alert-unsubscribe:${subscriptionId}`).digest('base64url')

export const unsubscribeTokenHash = (subscriptionId: string, secret: string) =>
  hashToken(unsubscribeToken(subscriptionId, secret))
