import { html } from 'lit'
import { describe, expect, it } from 'vitest'
import { href, matchPath, portalPath, safeReturnUrl, type Route } from './router.ts'

const route = (path: string): Route => ({ path, title: path, access: 'public', render: () => html`` })
const routes = [route('/'), route('/moderation'), route('/moderation/stories/:id'), route('/moderation/tags')]

describe('matchPath', () => {
  it('matches fixed paths and reads parameters', () => {
    expect(matchPath(routes, '/moderation')?.route.path).toBe('/moderation')
    expect(matchPath(routes, '/moderation/stories/abc-123')).toMatchObject({
      route: { path: '/moderation/stories/:id' },
      params: { id: 'abc-123' },
    })
    expect(matchPath(routes, '/')?.route.path).toBe('/')
  })

  it('prefers nothing it was not asked for', () => {
    expect(matchPath(routes, '/moderation/stories')).toBeUndefined()
    expect(matchPath(routes, '/moderation/stories/a/b')).toBeUndefined()
    expect(matchPath(routes, '/moderation/stories/%E0%A4%A')).toBeUndefined()
  })
})

describe('portalPath', () => {
  it('is the path below /portal, without a trailing slash', () => {
    expect(portalPath('/portal')).toBe('/')
    expect(portalPath('/portal/')).toBe('/')
    expect(portalPath('/portal/moderation/')).toBe('/moderation')
    expect(portalPath('/portalx/moderation')).toBeUndefined()
    expect(portalPath('/api/portal/session')).toBeUndefined()
  })
})

describe('safeReturnUrl', () => {
  it('keeps the portal’s own pages with their query', () => {
    expect(safeReturnUrl('/portal/moderation?rule=phone')).toBe('/portal/moderation?rule=phone')
  })

  it('refuses anything that could lead elsewhere', () => {
    for (const bad of [
      null,
      '',
      'https://evil.example/portal/',
      '//evil.example/portal/',
      '/api/v1/stories',
      '/portal',
    ]) {
      expect(safeReturnUrl(bad)).toBeUndefined()
    }
  })
})

describe('href', () => {
  it('leaves out empty query values', () => {
    expect(href('/moderation', { kind: 'story', rule: undefined, route: '' })).toBe(
      '/portal/moderation?kind=story',
    )
    expect(href('/')).toBe('/portal/')
  })
})
