import { html } from 'hono/html'
import { softMutation, type Lang } from '../i18n/index.ts'
import type { Html, PageMeta } from './layout.ts'

/** A directory node as pages name it: its English name, and its Welsh one where there is one. */
export interface Named {
  name: string
  nameCy?: string | null
}

export interface NameOpts {
  /** The name follows a word that softens a Welsh name ("Straeon am Fwrdd Iechyd …"). */
  mutate?: boolean
}

/** A node's name as plain text in `lang` (titles, attributes): the Welsh name on a Welsh page where there is one. */
export function nameText(lang: Lang, node: Named, opts: NameOpts = {}): string {
  if (lang !== 'cy' || !node.nameCy) return node.name
  return opts.mutate ? softMutation(node.nameCy) : node.nameCy
}

/** The same in a page's text: an English name on a Welsh page says it is English (`lang="en"`). */
export function nameHtml(lang: Lang, node: Named, opts: NameOpts = {}): Html | string {
  if (lang === 'cy' && !node.nameCy) return html`<span lang="en">${node.name}</span>`
  return nameText(lang, node, opts)
}

/**
 * Words by someone else (a story's title or text) in the language they were written in: an
 * element in a page of the other language carries their `lang`; in the page's own, nothing.
 */
export const langAttr = (pageLang: Lang, textLang: Lang) =>
  textLang === pageLang ? '' : html` lang="${textLang}"`

/** `text` with each `#` replaced by the next value, text or html (escaped like any interpolation). */
export function fillHtml(text: string, ...values: (Html | string | number)[]): Html {
  const parts = text.split('#')
  return html`${parts.map((part, i) => html`${part}${i < values.length && i < parts.length - 1 ? values[i] : ''}`)}`
}

/** `text` with each `#` replaced by the next value, as plain text (titles, attributes). */
export const fillText = (text: string, ...values: (string | number)[]) => {
  let i = 0
  return text.replace(/#/g, () => String(values[i++] ?? '#'))
}

/** `url` (a local address) in `lang`: Welsh adds `lang=cy` to its query, English is the plain address. */
export function inLang(url: string, lang: Lang): string {
  const [path, hash] = url.split('#', 2) as [string, string?]
  const u = new URL(path, 'http://x')
  if (lang === 'cy') u.searchParams.set('lang', 'cy')
  else u.searchParams.delete('lang')
  return `${u.pathname}${u.search}${hash ? `#${hash}` : ''}`
}

/** Both languages of a page at `url` (a local address, its query kept): the switch and `hreflang`. */
export const bothLangs = (url: string): NonNullable<PageMeta['alternates']> => ({
  en: inLang(url, 'en'),
  cy: inLang(url, 'cy'),
})

/** A GET form's hidden field that keeps a Welsh page Welsh (nothing in English). */
export const langField = (lang: Lang) =>
  lang === 'cy' ? html`<input type="hidden" name="lang" value="cy" />` : ''
