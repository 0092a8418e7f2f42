import { createRoute, z } from '@hono/zod-openapi'
import { errorResponses, jsonAnswer, jsonContent, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import {
  BillingPage,
  InvoiceBillingRequest,
  ManualSubscriptionParam,
  ManualSubscriptionRequest,
  ManualSubscriptionView,
  QuantityPreview,
  QuantityPreviewRequest,
  RedirectUrl,
  SubscriberParam,
} from './schemas.ts'

/** The billing endpoints, described for /api/openapi.json (handlers in routes.ts). */
const tags = ['Portal: billing']
const BILLING = '/api/portal/subscribers/{subscriberId}/billing'
const ADMIN = '/api/portal/admin/subscribers/{id}'
const MANUAL = `${ADMIN}/manual-subscriptions`
const page = jsonAnswer('The billing page', BillingPage)
const redirect = jsonAnswer('Where to send the browser', RedirectUrl)

const post = (path: string, summary: string) =>
  ({ method: 'post', path, tags, summary, request: { params: SubscriberIdParam } }) as const

export const billingApi = {
  page: createRoute({
    method: 'get',
    path: BILLING,
    tags,
    summary: 'Plan, status in plain words, covered units, next invoice and invoices (admins)',
    request: { params: SubscriberIdParam },
    responses: { 200: page, ...errorResponses(401, 403, 404, 422) },
  }),
  checkout: createRoute({
    ...post(`${BILLING}/checkout`, 'Start Stripe Checkout for a card or Direct Debit subscription'),
    responses: { 200: redirect, ...errorResponses(401, 403, 404, 409, 422) },
  }),
  portal: createRoute({
    ...post(`${BILLING}/portal`, 'Open the Stripe Customer Portal'),
    responses: { 200: redirect, ...errorResponses(401, 403, 404, 409, 422) },
  }),
  invoiceBilling: createRoute({
    ...post(`${BILLING}/invoice-billing`, 'Subscribe by invoice (30 days) with a purchase order number'),
    request: { params: SubscriberIdParam, body: jsonRequest(InvoiceBillingRequest) },
    responses: { 201: page, ...errorResponses(400, 401, 403, 404, 409, 415, 422) },
  }),
  previewQuantity: createRoute({
    ...post(`${BILLING}/quantity-preview`, 'What covering this many services would cost (prorated)'),
    request: { params: SubscriberIdParam, body: jsonRequest(QuantityPreviewRequest) },
    responses: {
      200: jsonAnswer('The preview', QuantityPreview),
      ...errorResponses(400, 401, 403, 404, 415, 422),
    },
  }),
  applyQuantity: createRoute({
    ...post(`${BILLING}/quantity`, 'Bill for the services covered now'),
    responses: { 200: page, ...errorResponses(401, 403, 404, 409, 422) },
  }),
  adminPage: createRoute({
    method: 'get',
    path: `${ADMIN}/billing`,
    tags,
    summary: 'A subscriber’s billing page, for platform admins',
    request: { params: SubscriberParam },
    responses: { 200: page, ...errorResponses(401, 403, 404, 422) },
  }),
  listManual: createRoute({
    method: 'get',
    path: MANUAL,
    tags,
    summary: 'Subscriptions recorded by a platform admin',
    request: { params: SubscriberParam },
    responses: {
      200: {
        description: 'Newest period end first',
        ...jsonContent(z.object({ manualSubscriptions: z.array(ManualSubscriptionView) })),
      },
      ...errorResponses(401, 403, 404, 422),
    },
  }),
  recordManual: createRoute({
    method: 'post',
    path: MANUAL,
    tags,
    summary: 'Record a subscription paid outside Stripe, with its period end and a note',
    middleware: [jsonBody] as const,
    request: { params: SubscriberParam, body: jsonRequest(ManualSubscriptionRequest) },
    responses: {
      201: jsonAnswer('Recorded', ManualSubscriptionView),
      ...errorResponses(400, 401, 403, 404, 415, 422),
    },
  }),
  endManual: createRoute({
    method: 'delete',
    path: `${MANUAL}/{subscriptionId}`,
    tags,
    summary: 'End a recorded subscription now',
    request: { params: ManualSubscriptionParam },
    responses: { 204: { description: 'Ended' }, ...errorResponses(401, 403, 404, 422) },
  }),
}
