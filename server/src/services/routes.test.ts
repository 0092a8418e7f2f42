import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'

const { app, sql } = testApp()
let ids: Record<string, string>

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
})

describe('GET /api/v1/services', () => {
  it('finds services by part of the name, best matches first', async () => {
    const { services } = await (await app.request('/api/v1/services?q=testshire&limit=5')).json()
    expect(services.map((s: { name: string }) => s.name)).toEqual([
      'Testshire Hospitals NHS Trust',
      'Testshire Community Hospital',
      'Testshire General Hospital',
    ])
    expect(services[0]).toEqual({
      id: ids.TST,
      name: 'Testshire Hospitals NHS Trust',
      kind: 'organisation',
      depth: 0,
      path: 'Testshire Hospitals NHS Trust',
      // No Welsh name: the Welsh path falls back to the English names.
      nameCy: null,
      pathCy: 'Testshire Hospitals NHS Trust',
    })
  })

  it('finds a service by its code or postcode', async () => {
    const byCode = await (await app.request('/api/v1/services?q=tst01-w2')).json()
    expect(byCode.services.map((s: { id: string }) => s.id)).toEqual([ids['TST01-W2']])
    const byPostcode = await (await app.request('/api/v1/services?q=ts23cd')).json()
    expect(byPostcode.services.map((s: { id: string }) => s.id)).toEqual([ids.TST02])
  })

  it('lists a subtree in tree order with `within`', async () => {
    const { services } = await (await app.request(`/api/v1/services?within=${ids.TST01}`)).json()
    expect(services.map((s: { path: string }) => s.path)).toEqual([
      'Testshire Hospitals NHS Trust › Testshire General Hospital',
      'Testshire Hospitals NHS Trust › Testshire General Hospital › Ward 1 (Acute Medicine)',
      'Testshire Hospitals NHS Trust › Testshire General Hospital › Ward 2, Surgery',
    ])
  })

  it('treats % and _ in the query as plain characters', async () => {
    const { services } = await (await app.request('/api/v1/services?q=%25')).json()
    expect(services).toEqual([])
  })

  it('answers a bad limit or within with 422', async () => {
    expect((await app.request('/api/v1/services?limit=0')).status).toBe(422)
    expect((await app.request('/api/v1/services?within=ward-1')).status).toBe(422)
  })
})

describe('GET /api/v1/services/:id', () => {
  it('returns the node with its ancestors (root first) and children', async () => {
    const res = await app.request(`/api/v1/services/${ids.TST01}`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      id: ids.TST01,
      name: 'Testshire General Hospital',
      nameCy: null,
      kind: 'site',
      externalCode: 'TST01',
      postcode: 'TS1 2AB',
      ancestors: [{ id: ids.TST, name: 'Testshire Hospitals NHS Trust', nameCy: null, kind: 'organisation' }],
      children: [
        { id: ids['TST01-W1'], name: 'Ward 1 (Acute Medicine)', nameCy: null, kind: 'ward' },
        { id: ids['TST01-W2'], name: 'Ward 2, Surgery', nameCy: null, kind: 'ward' },
      ],
      url: `http://heard.test/services/${ids.TST01}`,
    })
  })

  it('answers 404 for an unknown id', async () => {
    const res = await app.request('/api/v1/services/00000000-0000-4000-8000-000000000000')
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('not_found')
  })
})
