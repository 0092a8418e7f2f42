import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { testApp } from '../test/app.ts'
import { limitBody } from './body-limit.ts'
import { handleError } from './error-handler.ts'

function limitedApp() {
  const seen: number[] = []
  const app = new Hono()
  app.post('/upload', limitBody(1000, 'At most 1,000 bytes.'), async (c) => {
    seen.push((await c.req.arrayBuffer()).byteLength)
    return c.json({ ok: true })
  })
  app.onError(handleError)
  return { app, seen }
}

/** A body with no declared length, as a chunked upload sends it. */
const streamOf = (bytes: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let sent = 0; sent < bytes; sent += 400)
        controller.enqueue(new Uint8Array(Math.min(400, bytes - sent)))
      controller.close()
    },
  })

const post = (app: Hono, body: BodyInit, headers: Record<string, string> = {}) =>
  app.request('/upload', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

describe('limitBody', () => {
  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { app, seen } = limitedApp()
    const res = await post(app, 'x'.repeat(1500), { 'content-length': '1500' })
    expect(res.status).toBe(413)
    expect((await res.json()).error).toMatchObject({
      code: 'payload_too_large',
      message: 'At most 1,000 bytes.',
    })
    expect(seen).toEqual([])
  })

  it('lets a declared body within the limit through whole', async () => {
    const { app, seen } = limitedApp()
    const res = await post(app, 'x'.repeat(1000), { 'content-length': '1000' })
    expect(res.status).toBe(200)
    expect(seen).toEqual([1000])
  })

  it('counts a body without a declared length as it arrives', async () => {
    const { app, seen } = limitedApp()
    expect((await post(app, streamOf(1200))).status).toBe(413)
    expect((await post(app, streamOf(900))).status).toBe(200)
    expect(seen).toEqual([900])
  })
})

describe('the app’s body limits', () => {
  const { app } = testApp()

  it('gives Stripe events up to 1 MB, more than the 100 KB of the rest of the API', async () => {
    const event = JSON.stringify({ padding: 'x'.repeat(300 * 1024) })
    const webhook = await app.request('/api/webhooks/stripe', { method: 'POST', body: event })
    expect(webhook.status).not.toBe(413)
    const story = await app.request('/api/v1/stories', {
      method: 'POST',
      body: event,
      headers: { 'content-type': 'application/json' },
    })
    expect(story.status).toBe(413)
    const tooBig = await app.request('/api/webhooks/stripe', {
      method: 'POST',
      body: JSON.stringify({ padding: 'x'.repeat(1100 * 1024) }),
    })
    expect(tooBig.status).toBe(413)
  })
})
