import { beforeAll, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory, validSubmission } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let subscriberId: string
let admin: Member

const url = (path = '') => `/api/portal/subscribers/${subscriberId}/widgets${path}`
const create = (body: Record<string, unknown>) =>
  app.request(url(), as(admin, 'POST', { name: 'General hospital page', serviceIds: [ids.TST01], ...body }))

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  admin = await signedInMember(app, sql, subscriberId, 'admin')
})

describe('widget builder', () => {
  it('creates, lists, changes and deletes widgets', async () => {
    const res = await create({
      serviceIds: [ids['TST01-W1'], ids['TST01-W2']],
      limit: 8,
      theme: 'dark',
      lang: 'cy',
      allowedOrigins: ['https://www.testshire.nhs.uk/our-wards/', 'http://localhost:8080'],
    })
    expect(res.status).toBe(201)
    const widget = await res.json()
    expect(widget).toMatchObject({
      name: 'General hospital page',
      services: [
        { id: ids['TST01-W1'], name: 'Ward 1 (Acute Medicine)' },
        { id: ids['TST01-W2'], name: 'Ward 2, Surgery' },
      ],
      limit: 8,
      theme: 'dark',
      lang: 'cy',
      allowedOrigins: ['https://www.testshire.nhs.uk', 'http://localhost:8080'],
      storiesReceived: 0,
    })
    const patched = await app.request(url(`/${widget.id}`), as(admin, 'PATCH', { limit: 3, theme: 'auto' }))
    expect(await patched.json()).toMatchObject({ limit: 3, theme: 'auto', lang: 'cy' })
    const list = await (await app.request(url(), as(admin, 'GET'))).json()
    expect(list.widgets.map((w: { id: string }) => w.id)).toContain(widget.id)
    expect((await app.request(url(`/${widget.id}`), as(admin, 'DELETE'))).status).toBe(204)
    expect((await app.request(url(`/${widget.id}`), as(admin, 'GET'))).status).toBe(404)
  })

  it('refuses services outside coverage, bad sites and a limit above 20', async () => {
    const outside = await create({ serviceIds: [ids['TST02-W1']] })
    expect(outside.status).toBe(422)
    expect((await outside.json()).error.issues).toEqual([
      { path: 'serviceIds.0', message: 'is not a service your organisation covers' },
    ])
    const paths = async (res: Response) =>
      (await res.json()).error.issues.map((i: { path: string }) => i.path)
    expect(await paths(await create({ allowedOrigins: ['javascript:alert(1)', '*'] }))).toEqual([
      'allowedOrigins.0',
      'allowedOrigins.1',
    ])
    expect(await paths(await create({ limit: 21 }))).toEqual(['limit'])
  })
})

describe('GET /api/v1/widgets/:id', () => {
  it('answers the settings publicly, cacheable and open to every site', async () => {
    const widget = await (await create({ limit: 4, lang: 'cy' })).json()
    const res = await app.request(`/api/v1/widgets/${widget.id}`, {
      headers: { origin: 'https://anywhere.example' },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ services: [ids.TST01], limit: 4, lang: 'cy', theme: 'light' })
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=60/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect((await app.request('/api/v1/widgets/00000000-0000-4000-8000-000000000001')).status).toBe(404)
  })
})

describe('stories told through a widget', () => {
  it('record the widget and the site when the site is allowed, and nothing otherwise', async () => {
    const widget = await (await create({ allowedOrigins: ['https://www.testshire.nhs.uk'] })).json()
    const submit = async (origin: string, address: string, widgetId = widget.id) => {
      const res = await app.request(
        '/api/v1/stories',
        json(validSubmission([ids['TST01-W1']!], { route: 'widget', widgetId }), {
          origin,
          'x-forwarded-for': address,
        }),
      )
      expect(res.status).toBe(201)
      const { id } = await res.json()
      const [row] = await sql`select widget_id, widget_origin from stories where id = ${id}`
      return row
    }
    expect(await submit('https://www.testshire.nhs.uk', '198.51.100.1')).toEqual({
      widgetId: widget.id,
      widgetOrigin: 'https://www.testshire.nhs.uk',
    })
    expect(await submit('https://copycat.example', '198.51.100.2')).toEqual({
      widgetId: null,
      widgetOrigin: null,
    })
    expect(
      await submit('https://www.testshire.nhs.uk', '198.51.100.3', '00000000-0000-4000-8000-000000000001'),
    ).toEqual({ widgetId: null, widgetOrigin: null })
    const [got] = (await (await app.request(url(), as(admin, 'GET'))).json()).widgets.filter(
      (w: { id: string }) => w.id === widget.id,
    )
    expect(got.storiesReceived).toBe(1)
  })
})
