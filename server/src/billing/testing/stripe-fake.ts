import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'
import { errorBody, FakeError, FakeStripeApi } from './fake-api.ts'
import * as fx from './fixtures.ts'
import { decodeForm, type FormObject } from './form.ts'

export { FAKE_PRICE_ID, FAKE_UNIT_AMOUNT } from './fake-state.ts'

export interface RecordedRequest {
  method: string
  path: string
  params: FormObject
  idempotencyKey?: string
  stripeVersion?: string
}

/**
 * A stateful stand-in for the parts of the Stripe API that Heard uses, on 127.0.0.1 and a random
 * port, for the real `stripe` client (`host`, `port`, `protocol: 'http'`). Idempotency keys behave
 * as at Stripe: the same key with the same parameters replays the first answer.
 */
export class StripeFake extends FakeStripeApi {
  readonly requests: RecordedRequest[] = []
  /** While true, every request fails as in a Stripe outage (without asking the client to retry). */
  outage = false
  private readonly idempotent = new Map<string, { body: string; status: number; answer: string }>()
  private server = createServer((req, res) => void this.handle(req, res))
  port = 0

  static async start(): Promise<StripeFake> {
    const fake = new StripeFake()
    fake.server.listen(0, '127.0.0.1')
    await once(fake.server, 'listening')
    fake.port = (fake.server.address() as AddressInfo).port
    return fake
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** A real client talking to this fake. */
  client(): Stripe {
    return new Stripe('sk_test_fake', {
      host: '127.0.0.1',
      port: this.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    })
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  calls(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
    )
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = req.method === 'POST' ? Buffer.concat(chunks).toString() : url.search.slice(1)
    const params = decodeForm(text)
    const key = req.headers['idempotency-key'] as string | undefined
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      params,
      idempotencyKey: key,
      stripeVersion: req.headers['stripe-version'] as string | undefined,
    })
    const send = (status: number, answer: string, replayed = false) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'request-id': `req_${fx.newId('fake')}`,
        ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      })
      res.end(answer)
    }
    if (this.outage) {
      res.writeHead(503, { 'content-type': 'application/json', 'stripe-should-retry': 'false' })
      return res.end(errorBody('api_error', 'Stripe is unavailable (fake outage).'))
    }
    const earlier = key && req.method === 'POST' ? this.idempotent.get(key) : undefined
    if (earlier) {
      if (earlier.body !== text) {
        return send(
          400,
          errorBody(
            'idempotency_error',
            'Keys for idempotent requests can only be used with the same parameters they were first used with.',
          ),
        )
      }
      return send(earlier.status, earlier.answer, true)
    }
    let status = 200
    let answer: string
    try {
      answer = JSON.stringify(this.route(req.method ?? 'GET', url.pathname, params))
    } catch (err) {
      if (!(err instanceof FakeError)) throw err
      status = err.status
      answer = errorBody('invalid_request_error', err.message, err.param)
    }
    if (key && req.method === 'POST') this.idempotent.set(key, { body: text, status, answer })
    send(status, answer)
  }
}
