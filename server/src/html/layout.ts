import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import { defineMessages, formatDate, type Lang } from '../i18n/index.ts'
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
  /** The page's language (default English). */
  lang?: Lang
  /**
   * The same page in each language, for the language switch and `hreflang` alternates (public
   * pages; private pages give only the switch's address, as they are never indexed).
   */
  alternates?: Partial<Record<Lang, string>>
  /** Heard's public address, which makes the `hreflang` alternates absolute. */
  base?: string
}

export const layoutMessages = defineMessages(
  {
    skip: 'Skip to main content',
    strap: 'Stories of care, read by people',
    publicNote:
      "Every story on Heard is read by a moderator before it is published. Stories are the authors' own experiences; authors stay anonymous.",
    privateNote: 'This page is private to you. Please do not share its address.',
    /** The switch names the other language in that language. */
    otherLanguage: 'Cymraeg',
    otherLanguageHint: 'Darllen y dudalen hon yn Gymraeg',
    notFoundHeading: 'Page not found',
    notFoundAdvice: 'Check the address, or go to the home page.',
  },
  {
    skip: "Neidio i'r prif gynnwys",
    strap: 'Straeon am ofal, wedi eu darllen gan bobl',
    publicNote:
      "Mae cymedrolwr yn darllen pob stori ar Heard cyn iddi gael ei chyhoeddi. Profiadau'r awduron eu hunain yw'r straeon; mae'r awduron yn aros yn ddienw.",
    privateNote: "Mae'r dudalen hon yn breifat i chi. Peidiwch â rhannu ei chyfeiriad.",
    otherLanguage: 'English',
    otherLanguageHint: 'Read this page in English',
    notFoundHeading: "Heb ddod o hyd i'r dudalen",
    notFoundAdvice: "Gwiriwch y cyfeiriad, neu ewch i'r dudalen hafan.",
  },
)

const OTHER: Record<Lang, Lang> = { en: 'cy', cy: 'en' }

/** `hreflang` alternates of a public page: each language, and English for any other reader. */
function hreflangs({ alternates, base = '' }: PageMeta): [string, string][] {
  if (!alternates?.en || !alternates.cy) return []
  const abs = (href: string) => (href.startsWith('/') ? `${base}${href}` : href)
  return [
    ['en', abs(alternates.en)],
    ['cy', abs(alternates.cy)],
    ['x-default', abs(alternates.en)],
  ]
}

function languageSwitch(lang: Lang, alternates: PageMeta['alternates']): Html | '' {
  const href = alternates?.[OTHER[lang]]
  if (!href) return ''
  const t = layoutMessages[lang]
  // The link's words are in the other language, so they carry its `lang`.
  return html`<a class="lang-switch" href="${href}" hreflang="${OTHER[lang]}" lang="${OTHER[lang]}"
    ><span class="visually-hidden">${t.otherLanguageHint}: </span>${t.otherLanguage}</a
  >`
}

/** The frame of every server-rendered page. All interpolations are escaped by `html`. */
export function layout(meta: PageMeta, main: Html): Html {
  const lang = meta.lang ?? 'en'
  const t = layoutMessages[lang]
  const alternates = meta.private ? [] : hreflangs(meta)
  return html`<!doctype html>
    <html lang="${lang}">
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
        ${alternates.map(([l, href]) => html`<link rel="alternate" hreflang="${l}" href="${href}" />`)}
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="${FAVICON_URL}" type="image/svg+xml" />
        <link rel="stylesheet" href="${STYLESHEET_URL}" />
        ${meta.head ?? ''}
      </head>
      <body>
        <a class="skip-link" href="#main">${t.skip}</a>
        <header class="site-header">
          <div class="width">
            <a class="brand" href="${lang === 'cy' ? '/?lang=cy' : '/'}">Heard</a>
            <span class="strap">${t.strap}</span>
            ${languageSwitch(lang, meta.alternates)}
          </div>
        </header>
        <main id="main" class="width" tabindex="-1">${main}</main>
        <footer class="site-footer">
          <div class="width">
            <p>${meta.private ? t.privateNote : t.publicNote}</p>
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
export const notFoundPage = (
  heading: string,
  advice: string,
  opts: { private?: boolean; lang?: Lang; alternates?: PageMeta['alternates'] } = {},
) =>
  layout(
    { title: `${heading} | Heard`, private: opts.private, lang: opts.lang, alternates: opts.alternates },
    html`<h1>${heading}</h1>
      <p>${advice}</p>`,
  )

export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`)

/** "7 December 2026", or in Welsh "7 Rhagfyr 2026". */
export const dateInWords = (date: Date, lang: Lang = 'en') => formatDate(date, lang)

/** An inline form error: its words after a prefix ("Error:", "Gwall:") that only screen readers hear. */
export const inlineError = (id: string, message: string, prefix: string) =>
  html`<p class="error-message" id="${id}"><span class="visually-hidden">${prefix}</span> ${message}</p>`
