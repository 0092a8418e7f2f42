import { msg } from '@lit/localize'
import type { TemplateResult } from 'lit'
import type { User } from './types.ts'

/** Everything the portal serves lives under this path; the server answers any deeper path with index.html. */
export const BASE = '/portal'

/** Who may open a route: anyone, only people not signed in, or signed-in people the test lets in. */
export type Access = 'public' | 'guest' | ((user: User) => boolean)

export type Route = {
  /** Path below BASE, with `:name` parameters: `/moderation/stories/:id`. */
  path: string
  title: string
  access: Access
  /** Loads the code of the page's area (a dynamic import) before the page is drawn. */
  load?: () => Promise<unknown>
  render: (match: Match) => TemplateResult
}

export type Match = {
  route: Route
  params: Record<string, string>
  query: URLSearchParams
  /** The path below BASE, without the query. */
  path: string
  /** A one-off message to show above the page ("You have signed out"). */
  notice?: string
}

type NavigateOptions = { replace?: boolean; notice?: string }

/** Turns `/moderation?kind=story` into `/portal/moderation?kind=story`. */
export function href(path: string, query?: Record<string, string | number | undefined | null>) {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v))
  const qs = params.toString()
  return `${BASE}${path === '/' ? '/' : path}${qs ? `?${qs}` : ''}`
}

export function matchPath(
  routes: Route[],
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  const parts = path.split('/').filter(Boolean)
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean)
    if (pattern.length !== parts.length) continue
    const params: Record<string, string> = {}
    const ok = pattern.every((p, i) => {
      if (p.startsWith(':')) {
        try {
          params[p.slice(1)] = decodeURIComponent(parts[i])
        } catch {
          return false
        }
        return true
      }
      return p === parts[i]
    })
    if (ok) return { route, params }
  }
  return undefined
}

/** The path below BASE, or undefined when `pathname` is outside the portal. */
export function portalPath(pathname: string): string | undefined {
  if (pathname === BASE) return '/'
  if (!pathname.startsWith(`${BASE}/`)) return undefined
  return pathname.slice(BASE.length).replace(/\/+$/, '') || '/'
}

/** A URL the portal may send people to after signing in: only its own pages (never elsewhere). */
export function safeReturnUrl(value: string | null): string | undefined {
  if (!value || !value.startsWith(`${BASE}/`) || value.startsWith('//')) return undefined
  try {
    const url = new URL(value, 'http://portal.invalid')
    return url.origin === 'http://portal.invalid' ? `${url.pathname}${url.search}` : undefined
  } catch {
    return undefined
  }
}

export function documentTitle(title: string, hasError = false) {
  return `${hasError ? `${msg('Error:')} ` : ''}${title} – ${msg('Heard portal')}`
}

/**
 * History API routing: links inside the portal (in any shadow root) navigate without a reload;
 * back and forward work; every URL can be opened directly. Fires `change` with the new match.
 */
export class Router extends EventTarget {
  current?: Match
  private readonly routes: Route[]
  private readonly notFound: Route

  constructor(routes: Route[], notFound: Route) {
    super()
    this.routes = routes
    this.notFound = notFound
  }

  start() {
    window.addEventListener('popstate', () => this.resolve())
    document.addEventListener('click', (e) => this.onClick(e))
    this.resolve()
  }

  navigate(url: string, { replace = false, notice }: NavigateOptions = {}) {
    const state = notice ? { notice } : {}
    if (replace) history.replaceState(state, '', url)
    else history.pushState(state, '', url)
    this.resolve()
  }

  private resolve() {
    const path = portalPath(location.pathname) ?? '/'
    const found = matchPath(this.routes, path)
    const notice = (history.state as { notice?: string } | null)?.notice
    // A notice is for this visit only: back and forward should not show it again.
    if (notice) history.replaceState({}, '', location.href)
    this.current = {
      route: found?.route ?? this.notFound,
      params: found?.params ?? {},
      query: new URLSearchParams(location.search),
      path,
      notice,
    }
    this.dispatchEvent(new Event('change'))
  }

  private onClick(e: MouseEvent) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement)
    if (!a || !a.href || (a.target && a.target !== '_self') || a.hasAttribute('download')) return
    const url = new URL(a.href)
    if (url.origin !== location.origin || portalPath(url.pathname) === undefined) return
    // A link to a place on the same page (a flag in the text) is handled by whoever rendered it.
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return
    e.preventDefault()
    this.navigate(`${url.pathname}${url.search}`)
  }
}

let active: Router | undefined

/** Makes `router` the one `navigate()` drives (pages navigate without importing the route table). */
export function setActiveRouter(router: Router) {
  active = router
}

/** Goes to a portal URL (`/portal/…`) without reloading. */
export function navigate(url: string, options?: NavigateOptions) {
  if (active) active.navigate(url, options)
  else location.assign(url)
}
