/**
 * Property-based fuzzing of every operation in the OpenAPI document, as every kind of user:
 * no generated request gets a 5xx, every 4xx has the error shape, and a refused request writes
 * no row. Seeded, so a failure replays: FUZZ_SEED=<seed> npx vitest run server/test/fuzz
 * (FUZZ_RUNS sets the requests per operation).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { FAKE_PRICE_ID, StripeFake } from '../../src/billing/testing/stripe-fake.ts'
import { ERROR_STATUS, type ErrorCode } from '../../src/errors.ts'
import { testApp } from '../app.ts'
import { operationsOf, requestFor, type FuzzRequest, type OpenApiDocument } from './arbitraries.ts'
import { buildWorld, rowCounter } from './world.ts'

const SEED = Number(process.env.FUZZ_SEED ?? 20261207)
const RUNS = Number(process.env.FUZZ_RUNS ?? 50)

// Billing runs against the in-repo Stripe fake, so that its routes are fuzzed past "not set up".
const stripe = await StripeFake.start()
const { app, sql } = testApp({
  STRIPE_SECRET_KEY: 'sk_test_heard',
  STRIPE_WEBHOOK_SECRET: 'whsec_test_heard_fuzz',
  STRIPE_PRICE_ID: FAKE_PRICE_ID,
  STRIPE_API_BASE: stripe.apiBase,
})
const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument
const operations = operationsOf(doc)

const ErrorShape = z.strictObject({
  error: z.strictObject({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().min(1),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  }),
})

let world: Awaited<ReturnType<typeof buildWorld>>
let countRows: Awaited<ReturnType<typeof rowCounter>>
const tally = {
  requests: 0,
  serverErrors: 0,
  byClass: {} as Record<string, number>,
  succeeded: new Set<string>(),
}
const started = performance.now()

beforeAll(async () => {
  world = await buildWorld(app, sql)
  countRows = await rowCounter(sql)
})

afterAll(async () => {
  await world.restore()
  await stripe.close()
  if (process.env.FUZZ_LIST) {
    const never = operations.map((o) => `${o.method} ${o.path}`).filter((o) => !tally.succeeded.has(o))
    console.log(`never answered 2xx:\n${never.join('\n')}`)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `API fuzz (seed ${SEED}, ${RUNS} per operation): ${tally.requests} requests to ${operations.length} ` +
      `operations as ${Object.keys(world.actors).length} actors in ${seconds} s; ` +
      `${tally.serverErrors} answered 5xx; by status class ${JSON.stringify(tally.byClass)}; ` +
      `${tally.succeeded.size} operations answered 2xx at least once`,
  )
})

const describeRequest = (r: FuzzRequest) =>
  `${r.actor}: ${r.method} ${r.url} ${JSON.stringify(r.headers)} ${JSON.stringify(r.body?.slice(0, 300))}`

/** Row counts after the last refused request; unknown again after one that may have written. */
let known: Record<string, number> | undefined

async function check(operation: string, request: FuzzRequest) {
  const actor = world.actors[request.actor]
  const before = known ?? (await countRows())
  const res = await app.request(request.url, {
    method: request.method,
    headers: { ...request.headers, ...actor?.headers },
    body: request.body,
  })
  tally.requests++
  const statusClass = `${String(res.status)[0]}xx`
  tally.byClass[statusClass] = (tally.byClass[statusClass] ?? 0) + 1
  const text = await res.text()
  if (res.status >= 500) {
    tally.serverErrors++
    throw new Error(`${res.status} ${text.slice(0, 200)} for ${describeRequest(request)}`)
  }
  known = undefined
  if (res.ok) tally.succeeded.add(operation)
  if (res.ok && request.method === 'DELETE' && request.url.split('?')[0] === '/api/portal/session') {
    await world.renew(request.actor)
  }
  if (res.status < 400) return
  const shape = ErrorShape.safeParse(JSON.parse(text))
  expect(shape.success, `error shape of ${res.status} ${text.slice(0, 200)}`).toBe(true)
  expect(ERROR_STATUS[shape.data!.error.code], 'status matches the code').toBe(res.status)
  const after = await countRows()
  expect(after, `rows written by a refused request (${res.status})`).toEqual(before)
  known = after
}

describe('every documented operation, fuzzed', () => {
  operations.forEach((op, index) => {
    it(`${op.method} ${op.path}`, async () => {
      const actors = Object.keys(world.actors)
      await fc.assert(
        fc.asyncProperty(requestFor(op, doc, world.pools, actors), (r) =>
          check(`${op.method} ${op.path}`, r),
        ),
        {
          seed: SEED + index,
          numRuns: RUNS,
          endOnFailure: true,
          reporter: (details) => {
            if (details.failed) {
              throw new Error(
                `${op.method} ${op.path} failed (seed ${SEED}, FUZZ_SEED=${SEED}): ` +
                  `${details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance}\n` +
                  `counterexample: ${fc.stringify(details.counterexample)}`,
              )
            }
          },
        },
      )
    })
  })
})
