import { createHash } from 'node:crypto'

/** The follow page's styles: inline, allowed by their hash in the page's Content-Security-Policy. */
export const FOLLOW_CSS = `
:root { --blue: #005eb8; --dark-blue: #003087; --text: #212b32; --grey: #4c6272; --line: #d8dde0;
  --bg: #f0f4f5; --focus: #ffeb3b; --red: #d5281b; --green: #007f3b; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.125rem/1.55 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--text); background: var(--bg); }
.width { max-width: 44rem; margin: 0 auto; padding: 0 1rem; }
.skip-link { position: absolute; left: -9999px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.skip-link:focus { left: 1rem; top: 1rem; background: var(--focus); color: var(--text); padding: 0.5rem; z-index: 1; }
header { background: var(--blue); color: #fff; padding: 0.75rem 0; }
header .brand { font-weight: 700; font-size: 1.25rem; }
main { padding: 1.5rem 0 3rem; }
main:focus { outline: none; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.2rem; margin: 0 0 0.5rem; }
a { color: var(--blue); }
a:visited { color: #330072; }
a:focus, button:focus, textarea:focus { outline: 4px solid var(--focus); outline-offset: 0; box-shadow: 0 4px 0 var(--text); }
a:focus { background: var(--focus); color: var(--text); text-decoration: none; }
.panel { background: #fff; border-left: 6px solid var(--blue); padding: 1rem 1.25rem; margin: 0 0 1.5rem; }
.panel.done { border-color: var(--green); }
.card { background: #fff; padding: 1rem 1.25rem; margin: 0 0 1rem; border: 1px solid var(--line); }
.meta { color: var(--grey); font-size: 1rem; margin: 0 0 0.5rem; }
.story-text p { white-space: pre-wrap; }
.replies { list-style: none; padding: 0; margin: 1rem 0; }
.replies li { border-left: 4px solid var(--line); padding: 0.25rem 0 0.25rem 1rem; margin: 0 0 0.75rem; }
.tag { display: inline-block; font-size: 0.9rem; font-weight: 600; padding: 0 0.5rem; background: #e8edee; }
label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
.hint { color: var(--grey); margin: 0 0 0.5rem; }
textarea { width: 100%; min-height: 7rem; font: inherit; padding: 0.5rem; border: 2px solid var(--text); }
.field-error textarea { border-color: var(--red); }
.error-message { color: var(--red); font-weight: 600; margin: 0 0 0.25rem; }
.error-summary { border: 4px solid var(--red); background: #fff; padding: 1rem 1.25rem; margin: 0 0 1.5rem; }
.error-summary:focus { outline: 4px solid var(--focus); }
button { font: inherit; font-weight: 600; padding: 0.5rem 1rem; border: 0; border-radius: 4px; cursor: pointer;
  background: var(--green); color: #fff; box-shadow: 0 4px 0 #00401e; margin: 0.75rem 1rem 0.75rem 0; }
button.warning { background: var(--red); box-shadow: 0 4px 0 #6b140e; }
button.secondary { background: #fff; color: var(--blue); box-shadow: 0 4px 0 var(--blue); border: 2px solid var(--blue); }
footer { border-top: 4px solid var(--blue); background: #fff; padding: 1rem 0; font-size: 1rem; color: var(--grey); }
`

/** Built here, not in a template, so that no formatter can change the hashed text. */
export const FOLLOW_STYLE_ELEMENT = `<style>${FOLLOW_CSS}</style>`

export const FOLLOW_CSS_HASH = `'sha256-${createHash('sha256').update(FOLLOW_CSS).digest('base64')}'`

/** Private pages: not cached, not indexed, not framed, and the token in the address never leaks. */
export const FOLLOW_PAGE_HEADERS = {
  'Content-Security-Policy': `default-src 'none'; style-src ${FOLLOW_CSS_HASH}; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Content-Type-Options': 'nosniff',
}
