import { html } from 'hono/html'
import { dateInWords } from '../html/layout.ts'
import { excerpt } from '../stories/excerpt.ts'
import type { Tag } from '../stories/schemas.ts'
import type { ServiceStoryRow, StoryFilters } from './service-queries.ts'

/** The service page's own words (filters, figures, lists), together so Welsh can be added beside them. */
export const SERVICE = {
  tell: 'Tell your story',
  tellAbout: 'about #',
  filters: 'Filter stories',
  tag: 'Tag',
  anyTag: 'Any tag',
  responded: 'Responses',
  anyResponse: 'All stories',
  respondedYes: 'Answered',
  respondedNo: 'Not answered yet',
  months: 'Published',
  anyTime: 'Any time',
  lastMonths: 'In the last # months',
  lastMonth: 'In the last month',
  apply: 'Show stories',
  clear: 'Clear filters',
  noMatch: 'No published stories match these filters.',
  respondedBy: 'Response from',
  noResponse: 'No response yet',
  changePlanned: 'Change planned',
  changeMade: 'Change made',
  feed: 'Atom feed of these stories',
  badFilter: 'Choose a filter from the lists',
} as const

export const MONTH_CHOICES = [1, 3, 6, 12] as const

const ROLE_WORDS = {
  patient: 'a patient',
  carer: 'a carer',
  relative: 'a relative',
  staff: 'a member of staff',
  other: 'someone else',
} as const

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
export function filterForm(nodeId: string, filters: StoryFilters, tags: Tag[], error?: string) {
  return html`<form method="get" action="/services/${nodeId}" class="filters ${error ? 'field-error' : ''}">
    <fieldset>
      <legend>${SERVICE.filters}</legend>
      ${error ? html`<p class="error-message" id="filters-error"><span class="visually-hidden">Error:</span> ${error}</p>` : ''}
      <div class="filter-row">
        <div>
          <label for="filter-tag">${SERVICE.tag}</label>
          <select id="filter-tag" name="tag">
            ${option('', SERVICE.anyTag, !filters.tag)}
            ${tags.map((t) => option(t.slug, t.label, filters.tag === t.slug))}
          </select>
        </div>
        <div>
          <label for="filter-responded">${SERVICE.responded}</label>
          <select id="filter-responded" name="responded">
            ${option('', SERVICE.anyResponse, !filters.responded)}
            ${option('yes', SERVICE.respondedYes, filters.responded === 'yes')}
            ${option('no', SERVICE.respondedNo, filters.responded === 'no')}
          </select>
        </div>
        <div>
          <label for="filter-months">${SERVICE.months}</label>
          <select id="filter-months" name="months">
            ${option('', SERVICE.anyTime, !filters.months)}
            ${MONTH_CHOICES.map((m) =>
              option(
                String(m),
                m === 1 ? SERVICE.lastMonth : SERVICE.lastMonths.replace('#', String(m)),
                filters.months === m,
              ),
            )}
          </select>
        </div>
      </div>
      <button type="submit" class="secondary">${SERVICE.apply}</button>
      ${
        filters.tag || filters.responded || filters.months
          ? html`<a href="/services/${nodeId}">${SERVICE.clear}</a>`
          : ''
      }
    </fieldset>
  </form>`
}

/** Who answered a story (organisation and role) and the change they planned or made. */
export function responders(s: ServiceStoryRow) {
  if (!s.responders.length) return html`<p class="meta">${SERVICE.noResponse}</p>`
  return html`<ul class="responders">
    ${s.responders.map(
      (r) =>
        html`<li>
          ${SERVICE.respondedBy} ${r.responderTitle}, ${r.organisationName}
          ${r.change ? html` <span class="change">${r.change === 'made' ? SERVICE.changeMade : SERVICE.changePlanned}</span>` : ''}
        </li>`,
    )}
  </ul>`
}

/** One story in a service's list. */
export function serviceStoryItem(s: ServiceStoryRow) {
  return html`<li class="card">
    <h2><a href="/stories/${s.id}">${s.title}</a></h2>
    <p class="meta">
      ${s.nickname} (${ROLE_WORDS[s.authorRole]}),
      <time datetime="${s.publishedAt.toISOString()}">${dateInWords(s.publishedAt)}</time>
      · ${s.services.map((x) => x.name).join(', ')}
    </p>
    <p>${excerpt(s.bodyStart)}</p>
    ${responders(s)}
  </li>`
}

/** The "Tell your story" button: a link to the form that works without JavaScript. */
export const tellButton = (node: { id: string; name: string }) =>
  html`<p>
    <a class="button" href="/services/${node.id}/tell"
      >${SERVICE.tell}<span class="visually-hidden"> ${SERVICE.tellAbout.replace('#', node.name)}</span></a
    >
  </p>`
