import { describe, expect, it } from 'vitest'
import { json, testApp } from '../test/app.ts'
import { runPrechecks } from './precheck/index.ts'

const { app } = testApp()

describe('the app', () => {
  it('reports health with the database', async () => {
    const res = await app.request('/api/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' })
  })

  it('puts a request id on every response', async () => {
    const res = await app.request('/api/health')
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
  })

  it('answers unknown routes with the error shape', async () => {
    const res = await app.request('/api/v1/nothing-here')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'Nothing is at GET /api/v1/nothing-here.' },
    })
  })

  it('describes every public endpoint in OpenAPI', async () => {
    const doc = await (await app.request('/api/openapi.json')).json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/services',
        '/api/v1/services/{id}',
        '/api/v1/services/{id}/stories',
        '/api/v1/stories',
        '/api/v1/stories/{id}',
        '/api/v1/precheck',
      ]),
    )
    expect(doc.components.schemas.StorySubmission.required).toEqual(
      expect.arrayContaining(['title', 'body', 'serviceIds', 'authorRole', 'nickname']),
    )
  })

  it('serves a readable documentation page', async () => {
    const res = await app.request('/api/docs')
    expect(res.headers.get('content-type')).toContain('text/html')
    const page = await res.text()
    expect(page).toContain('<h1>Heard API</h1>')
    expect(page).toContain('/api/v1/services/{id}/stories')
  })

  it('allows any origin to read and submit, without credentials', async () => {
    const res = await app.request('/api/v1/stories', {
      method: 'OPTIONS',
      headers: { origin: 'https://hospital.example', 'access-control-request-method': 'POST' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toContain('Idempotency-Key')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
  })
})

describe('POST /api/v1/precheck', () => {
  it('flags an email address with its span', async () => {
    const text = 'Write to me at jo@example.org please'
    const res = await app.request('/api/v1/precheck', json({ text }))
    const { flags } = await res.json()
    expect(flags).toEqual([{ rule: 'email', start: 15, end: 29, message: expect.any(String) }])
    expect(text.slice(15, 29)).toBe('jo@example.org')
  })

  it('answers in Welsh when asked', async () => {
    const res = await app.request('/api/v1/precheck', json({ text: 'jo@example.org', lang: 'cy' }))
    expect((await res.json()).flags[0].message).toContain('cyfeiriad e-bost')
  })

  it('shows the author what a rule can explain, never what only the learned model reads', async () => {
    const text = 'walk on, walk on, with hope in your heart'
    expect(runPrechecks(text, 'en').map((f) => f.rule)).toContain('not_experience')
    const res = await app.request('/api/v1/precheck', json({ text, lang: 'en' }))
    expect((await res.json()).flags).toEqual([])
  })

  it('answers a missing text with 422', async () => {
    const res = await app.request('/api/v1/precheck', json({}))
    expect(res.status).toBe(422)
    expect((await res.json()).error.issues[0].path).toBe('text')
  })
})
