import { html } from 'hono/html'
import { dateInWords } from '../html/layout.ts'
import { fillHtml, fillText, inLang, langAttr, langField, nameHtml } from '../html/lang.ts'
import type { Lang } from '../i18n/index.ts'
import { excerpt } from '../stories/excerpt.ts'
import type { Tag } from '../stories/schemas.ts'
import { changeMessages } from '../stories/change-view.ts'
import { errorMessage } from './form-parts.ts'
import { serviceMessages } from './service-messages.ts'
import type { ServiceStoryRow, StoryFilters } from './service-queries.ts'
import { storyMessages } from './story-messages.ts'

export const MONTH_CHOICES = [1, 3, 6, 12] as const

/** The query string of a set of filters (and a cursor), for links that keep them. */
export function filterQuery(filters: StoryFilters, after?: string): string {
  const params = new URLSearchParams()
  if (filters.tag) params.set('tag', filters.tag)
  if (filters.responded) params.set('responded', filters.responded)
  if (filters.months) params.set('months', String(filters.months))
  if (after) params.set('after', after)
  const q = params.toString()
  return q ? `?${q}` : ''
}

const option = (value: string, label: string, selected: boolean) =>
  html`<option value="${value}" ${selected ? 'selected' : ''}>${label}</option>`

/** The filters as a GET form: works without JavaScript, and the address says what is shown. */
export function filterForm(nodeId: string, filters: StoryFilters, tags: Tag[], lang: Lang, error?: string) {
  const t = serviceMessages[lang]
  return html`<form method="get" action="/services/${nodeId}" class="filters ${error ? 'field-error' : ''}">
    ${langField(lang)}
    <fieldset>
      <legend>${t.filters}</legend>
      ${error ? errorMessage('filters-error', error, lang) : ''}
      <div class="filter-row">
        <div>
          <label for="filter-tag">${t.tag}</label>
          <select id="filter-tag" name="tag">
            ${option('', t.anyTag, !filters.tag)}
            ${tags.map((tag) => option(tag.slug, lang === 'cy' ? tag.labelCy : tag.label, filters.tag === tag.slug))}
          </select>
        </div>
        <div>
          <label for="filter-responded">${t.responded}</label>
          <select id="filter-responded" name="responded">
            ${option('', t.anyResponse, !filters.responded)}
            ${option('yes', t.respondedYes, filters.responded === 'yes')}
            ${option('no', t.respondedNo, filters.responded === 'no')}
          </select>
        </div>
        <div>
          <label for="filter-months">${t.months}</label>
          <select id="filter-months" name="months">
            ${option('', t.anyTime, !filters.months)}
            ${MONTH_CHOICES.map((m) =>
              option(String(m), m === 1 ? t.lastMonth : fillText(t.lastMonths, m), filters.months === m),
            )}
          </select>
        </div>
      </div>
      <button type="submit" class="secondary">${t.apply}</button>
      ${
        filters.tag || filters.responded || filters.months
          ? html`<a href="${inLang(`/services/${nodeId}`, lang)}">${t.clear}</a>`
          : ''
      }
    </fieldset>
  </form>`
}

/** Who answered a story (organisation and role) and the change they planned or made. */
export function responders(s: ServiceStoryRow, lang: Lang) {
  const t = serviceMessages[lang]
  const change = changeMessages[lang]
  if (!s.responders.length) return html`<p class="meta">${t.noResponse}</p>`
  return html`<ul class="responders">
    ${s.responders.map(
      (r) =>
        html`<li>
          ${t.respondedBy} ${r.responderTitle}, ${r.organisationName}
          ${r.change ? html` <span class="change">${r.change === 'made' ? change.made : change.planned}</span>` : ''}
        </li>`,
    )}
  </ul>`
}

/** One story in a service's list. */
export function serviceStoryItem(s: ServiceStoryRow, lang: Lang) {
  const theirs = langAttr(lang, s.lang)
  return html`<li class="card">
    <h2${theirs}><a href="${inLang(`/stories/${s.id}`, lang)}">${s.title}</a></h2>
    <p class="meta">
      ${s.nickname} (${storyMessages[lang][`role.${s.authorRole}`]}),
      <time datetime="${s.publishedAt.toISOString()}">${dateInWords(s.publishedAt, lang)}</time>
      · ${s.services.map((x, i) => html`${i ? ', ' : ''}${nameHtml(lang, x)}`)}
    </p>
    <p${theirs}>${excerpt(s.bodyStart)}</p>
    ${responders(s, lang)}
  </li>`
}

/** The "Tell your story" button: a link to the form that works without JavaScript. */
export function tellButton(node: { id: string; name: string; nameCy?: string | null }, lang: Lang) {
  const t = serviceMessages[lang]
  return html`<p>
    <a class="button" href="${inLang(`/services/${node.id}/tell`, lang)}"
      >${t.tell}<span class="visually-hidden">
        ${fillHtml(t.tellAbout, nameHtml(lang, node, { mutate: true }))}</span
      ></a
    >
  </p>`
}
