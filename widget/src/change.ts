import { html } from 'lit/html.js'
import type { Story } from './api.ts'
import { fill, month } from './i18n.ts'
import type { Strings } from './locales/strings.ts'

/**
 * A responder's change under their name: "Change made, March 2027: …" or "Change planned for
 * March 2027: …" with its summary (rendered as text), or only the badge for a change marked before
 * changes had summaries.
 */
// prettier-ignore
export const change = (L: Strings, { change: c, changeDetail: d }: Story['responders'][number]) => {
  if (!c) return ''
  if (!d?.summary) return html` <span part="badge" class="b">${L.change[c]}</span>`
  const m = d.status == 'made' ? d.madeAt : d.expectedBy
  return html`<p part="change"><b>${m ? fill(L.when[d.status], month(m, L)) : L.change[d.status]}</b>: ${d.summary}</p>`
}
