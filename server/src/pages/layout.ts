import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

export interface PageMeta {
  title: string
  description: string
  canonical: string
  /** Extra tags for <head>, e.g. `noindex` on paging. */
  head?: Html
}

/** The frame of every server-rendered public page. All interpolations are escaped by `html`. */
export function layout(meta: PageMeta, main: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${meta.title}</title>
        <meta name="description" content="${meta.description}" />
        <link rel="canonical" href="${meta.canonical}" />
        <meta property="og:title" content="${meta.title}" />
        <meta property="og:description" content="${meta.description}" />
        <link rel="stylesheet" href="/assets/pages.css" />
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
            <p>
              Every story on Heard is read by a moderator before it is published. Stories are the authors' own
              experiences; authors stay anonymous.
            </p>
          </div>
        </footer>
      </body>
    </html>`
}

export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`)

const ROLE_WORDS = {
  patient: 'a patient',
  carer: 'a carer',
  relative: 'a relative',
  staff: 'a member of staff',
  other: 'someone else',
} as const

export const roleInWords = (role: keyof typeof ROLE_WORDS) => ROLE_WORDS[role]

export const dateInWords = (date: Date) =>
  date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  })
