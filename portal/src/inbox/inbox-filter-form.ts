import { msg, str } from '@lit/localize'
import { html, nothing } from 'lit'
import { choiceRows } from '../shared/choices.ts'
import { CRITICALITY_LABELS, GROUP_LABELS } from '../shared/format.ts'
import { queryValue } from '../shared/list-page.ts'
import { serviceName, tagLabel } from '../shared/locale.ts'
import { href, navigate } from '../shared/router.ts'
import { TAG_GROUPS, type ServiceSummary, type TagGroup } from '../shared/types.ts'
import { listOf } from './inbox-filters.ts'
import { workflowFilters } from './workflow-filters.ts'
import type { AssignableMember } from './workflow-types.ts'

export type PublicTag = { slug: string; label: string; labelCy?: string }
export type TagGroups = Record<TagGroup, PublicTag[]>

export type FilterChoices = {
  query: URLSearchParams
  /** The covered services, in tree order; `indent` says how deep each is within its covered node. */
  services: ServiceSummary[]
  indent: (service: ServiceSummary) => number
  tags?: TagGroups
  /** Responders and admins, for the assignee filter. */
  assignees?: AssignableMember[]
}

/** Opens the inbox with the filters the form holds (a new search starts at the first page). */
function apply(e: Event) {
  e.preventDefault()
  const data = new FormData(e.target as HTMLFormElement)
  const one = (name: string) => String(data.get(name) ?? '').trim() || undefined
  const many = (name: string) => data.getAll(name).map(String).join(',') || undefined
  navigate(
    href('/inbox', {
      q: one('q'),
      serviceId: one('serviceId'),
      criticality: many('criticality'),
      tags: many('tags'),
      responded: one('responded'),
      from: one('from'),
      to: one('to'),
      assignee: one('assignee'),
      state: one('state'),
      overdue: one('overdue'),
    }),
  )
}

function serviceSelect({ query, services, indent }: FilterChoices) {
  const serviceId = queryValue(query, 'serviceId')
  const known = services.some((s) => s.id === serviceId)
  return html`<div class="form-group">
    <label for="serviceId">${msg('Service')}</label>
    <select id="serviceId" name="serviceId">
      <option value="">${msg('All covered services')}</option>
      ${serviceId && !known ? html`<option value=${serviceId} selected>${msg('The chosen service')}</option>` : nothing}
      ${services.map(
        (s) =>
          html`<option value=${s.id} ?selected=${s.id === serviceId}>
            ${'\u2003'.repeat(indent(s))}${serviceName(s)}
          </option>`,
      )}
    </select>
  </div>`
}

function tagChoices(tags: TagGroups, chosen: string[]) {
  return html`<details ?open=${chosen.length > 0}>
    <summary>${chosen.length ? msg(str`Tags (${chosen.length} chosen)`) : msg('Tags')}</summary>
    <p class="hint">${msg('Stories with all the chosen tags.')}</p>
    ${TAG_GROUPS.map(
      (group) =>
        html`<fieldset>
          <legend>${GROUP_LABELS[group]}</legend>
          <div class="choices">
            ${choiceRows(
              'checkbox',
              'tags',
              tags[group].map((t) => ({
                id: `tag-${t.slug}`,
                value: t.slug,
                label: tagLabel(t),
                checked: chosen.includes(t.slug),
              })),
            )}
          </div>
        </fieldset>`,
    )}
  </details>`
}

const responded = () =>
  [
    ['', msg('Any')],
    ['false', msg('Not responded to yet')],
    ['true', msg('Has a published response')],
  ] as const

/** The inbox's search and filters, filled in from the URL. */
export function inboxFilterForm(choices: FilterChoices) {
  const { query, tags } = choices
  const criticality = listOf(queryValue(query, 'criticality'))
  const chosenResponse = queryValue(query, 'responded')
  return html`<form class="filter-form" @submit=${apply}>
    <div class="form-group">
      <label for="q">${msg('Search the stories')}</label>
      <span class="hint" id="q-hint">${msg('Words, "a phrase", or -word to leave out')}</span>
      <input id="q" name="q" type="search" .value=${queryValue(query, 'q')} aria-describedby="q-hint" />
    </div>
    ${workflowFilters(query, choices.assignees ?? [])} ${serviceSelect(choices)}
    <fieldset>
      <legend>${msg('Criticality')}</legend>
      <div class="choices">
        ${choiceRows(
          'checkbox',
          'criticality',
          CRITICALITY_LABELS.map((label, level) => ({
            id: `criticality-${level}`,
            value: String(level),
            label: `${level} – ${label}`,
            checked: criticality.includes(String(level)),
          })),
        )}
      </div>
    </fieldset>
    <fieldset>
      <legend>${msg('Response')}</legend>
      <div class="choices">
        ${choiceRows(
          'radio',
          'responded',
          responded().map(([value, label]) => ({
            id: `responded-${value || 'any'}`,
            value,
            label,
            checked: chosenResponse === value,
          })),
        )}
      </div>
    </fieldset>
    ${tags ? tagChoices(tags, listOf(queryValue(query, 'tags'))) : nothing}
    <fieldset>
      <legend>${msg('Published')}</legend>
      <div class="dates">
        <div class="form-group">
          <label for="from">${msg('From')}</label>
          <input id="from" name="from" type="date" .value=${queryValue(query, 'from')} />
        </div>
        <div class="form-group">
          <label for="to">${msg('To')}</label>
          <input id="to" name="to" type="date" .value=${queryValue(query, 'to')} />
        </div>
      </div>
    </fieldset>
    <button class="button" type="submit">${msg('Apply')}</button>
  </form>`
}
