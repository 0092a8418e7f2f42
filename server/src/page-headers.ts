import type { Hono, MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './http.ts'

type Csp = NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy']

/** Heard's own pages: no inline script or style at all; scripts and stylesheets only from here. */
export const PAGE_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} satisfies Csp

/** The portal: the same, plus the data: images its built assets may inline. */
export const PORTAL_CSP = { ...PAGE_CSP, imgSrc: ["'self'", 'data:'], baseUri: ["'self'"] } satisfies Csp

/**
 * The example pages stand in for a provider's website: the widget's script and its API calls come
 * from here; the pages' own inline styles (a host's stylesheet the widget must survive) are allowed,
 * inline script is not. The strict-CSP example sends a stricter policy of its own, which is kept.
 */
export const EXAMPLE_CSP = { ...PORTAL_CSP, styleSrc: ["'self'", "'unsafe-inline'"] } satisfies Csp

/**
 * Security headers for HTML answers (and the files they load), through hono/secure-headers. A
 * header the handler set itself wins (`overwrite: false`): the follow pages keep their
 * `Referrer-Policy: no-referrer` and hashed style, the strict-CSP example its own policy.
 * HSTS is left to whatever terminates TLS in front of Heard. Register it on page paths only
 * (`.use('/stories/*', …)`): a sub-app's bare `.use()` would reach every route once mounted.
 */
export function pageSecurityHeaders(
  csp: Csp,
  referrerPolicy = 'strict-origin-when-cross-origin',
): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: csp,
    referrerPolicy,
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
    overwrite: false,
  })
}

/** Every server-rendered page and the stylesheet they share (the 404 page: `notFoundHeaders`). */
export const PAGE_PATHS = [
  '/',
  '/search',
  '/favicon.svg',
  '/favicon.ico',
  '/stories/*',
  '/services/*',
  '/assets/*',
  '/api/docs',
  '/api/docs.css',
  '/follow/*',
  '/alerts/unsubscribe/*',
  '/dev/mail',
  '/dev/mail/*',
]

const SECRET_LINK_PATHS = ['/follow/*', '/alerts/unsubscribe/*', '/dev/mail', '/dev/mail/*']

/** For the HTML 404 page, which no path-scoped middleware reaches. */
export const notFoundHeaders = pageSecurityHeaders(PAGE_CSP)

export function usePageSecurityHeaders(app: Hono<AppEnv>): void {
  const pages = pageSecurityHeaders(PAGE_CSP)
  // Public pages and their stylesheet are compressed; pages holding a secret link are not (BREACH).
  const compressed = compress()
  for (const path of PAGE_PATHS) {
    if (SECRET_LINK_PATHS.includes(path)) app.use(path, pages)
    else app.use(path, pages, compressed)
  }
}
