import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import { FAVICON_URL } from './favicon.ts'
import { STYLESHEET_URL } from './stylesheet.ts'

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>

export interface PageMeta {
  /** The whole <title>, ending in "| Heard". */
  title: string
  description?: string
  canonical?: string
  /** Extra tags for <head>, e.g. `noindex` on paging. */
  head?: Html
  /** A page reached by a secret link (follow, unsubscribe): never indexed, and its footer says so. */
  private?: boolean
}

const PUBLIC_NOTE =
  "Every story on Heard is read by a moderator before it is published. Stories are the authors' own experiences; authors stay anonymous."
const PRIVATE_NOTE = 'This page is private to you. Please do not share its address.'

/** The frame of every server-rendered page. All interpolations are escaped by `html`. */
export function layout(meta: PageMeta, main: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        ${meta.private ? html`<meta name="robots" content="noindex, nofollow" />` : ''}
        <title>${meta.title}</title>
        ${meta.description ? html`<meta name="description" content="${meta.description}" />` : ''}
        ${meta.canonical ? html`<link rel="canonical" href="${meta.canonical}" />` : ''}
        ${
          meta.description
            ? html`<meta property="og:title" content="${meta.title}" />
                <meta property="og:description" content="${meta.description}" />`
            : ''
        }
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="${FAVICON_URL}" type="image/svg+xml" />
        <link rel="stylesheet" href="${STYLESHEET_URL}" />
        ${meta.head ?? ''}
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header">
          <div class="width">
            <a class="brand" href="/">Heard</a> <span class="strap">Stories of care, read by people</span>
          </div>
        </header>
        <main id="main" class="width" tabindex="-1">${main}</main>
        <footer class="site-footer">
          <div class="width">
            <p>${meta.private ? PRIVATE_NOTE : PUBLIC_NOTE}</p>
          </div>
        </footer>
      </body>
    </html>`
}

/**
 * Headers of a page reached by a secret link: not cached, not indexed, not framed, and the token
 * in the address never leaks through a referrer. Styles come only from Heard's own stylesheet.
 */
export const PRIVATE_PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Content-Type-Options': 'nosniff',
}

/** A 404 page in the common frame: a heading and one line on what to do next. */
export const notFoundPage = (heading: string, advice: string, opts: { private?: boolean } = {}) =>
  layout(
    { title: `${heading} | Heard`, private: opts.private },
    html`<h1>${heading}</h1>
      <p>${advice}</p>`,
  )

export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`)

export const dateInWords = (date: Date) =>
  date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  })
