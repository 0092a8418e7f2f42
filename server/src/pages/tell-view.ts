import { html } from 'hono/html'
import { layout } from '../html/layout.ts'
import type { StoredFlag } from '../stories/queries.ts'
import { AGE_GROUPS, AUTHOR_ROLES, BODY_MAX, TAG_GROUPS } from '../stories/schemas.ts'
import type { Tag } from '../stories/schemas.ts'
import { choices, errorSummary, field, honeypot, type FieldErrors } from './form-parts.ts'
import { fill, TELL } from './tell-messages.ts'

/** What the author typed, as the form sent it (every value a string or a list of strings). */
export interface TellValues {
  serviceId?: string
  title?: string
  body?: string
  authorRole?: string
  ageGroup?: string
  nickname?: string
  email?: string
  agree?: string
  tags: Record<(typeof TAG_GROUPS)[number], string[]>
}

export interface TellPageInput {
  node: { id: string; name: string }
  /** The service and the services within it, in tree order. */
  places: { id: string; name: string; depth: number }[]
  tags: Tag[]
  values: TellValues
  key: string
  errors?: FieldErrors
  /** Pre-check hints: shown once, and the next send goes through. */
  flags?: (StoredFlag & { text: string })[]
  /** A refusal that is not about one field (rate limit). */
  failure?: string
}

/** The field whose error the summary links to, by the submission's field name. */
const IDS: Record<string, string> = {
  serviceIds: 'serviceId',
  tags: 'tags-good',
  agree: 'agree',
}

const ageLabel = (v: string) =>
  v === 'under-16' || v === '85+' ? TELL.ages[v] : v.replace('-', ` ${TELL.ages.to} `)

function precheckPanel(flags: NonNullable<TellPageInput['flags']>) {
  return html`<div class="panel warning" role="status" aria-labelledby="check-title">
    <h2 id="check-title">${TELL.checkTitle}</h2>
    <p>${TELL.checkIntro}</p>
    <ul>
      ${flags.map((f) => html`<li><q>${f.text}</q> ${f.message}</li>`)}
    </ul>
  </div>`
}

function serviceQuestion(input: TellPageInput, error?: string) {
  const { places, values } = input
  const selected = values.serviceId ?? input.node.id
  return html`<div class="form-group ${error ? 'field-error' : ''}">
    <label for="serviceId">${TELL.service}</label>
    ${error ? html`<p class="error-message" id="serviceId-error"><span class="visually-hidden">Error:</span> ${error}</p>` : ''}
    <select id="serviceId" name="serviceId" ${error ? html`aria-describedby="serviceId-error"` : ''}>
      ${places.map(
        (p) =>
          html`<option value="${p.id}" ${p.id === selected ? 'selected' : ''}>
            ${'\u00a0\u00a0'.repeat(Math.max(0, p.depth - (places[0]?.depth ?? 0)))}${p.name}
          </option>`,
      )}
    </select>
  </div>`
}

function tagQuestions(input: TellPageInput, error?: string) {
  return TAG_GROUPS.map((g, i) => {
    const options = input.tags.filter((t) => t.group === g).map((t) => ({ value: t.slug, label: t.label }))
    if (!options.length) return ''
    return choices({
      id: `tags-${g}`,
      name: `tags.${g}`,
      legend: TELL.groups[g],
      hint: TELL.optional,
      options,
      checked: input.values.tags[g],
      type: 'checkbox',
      error: i === 0 ? error : undefined,
    })
  })
}

/** GET /services/:id/tell and its error and confirm steps: the story form without JavaScript. */
export function tellPage(input: TellPageInput) {
  const { node, values, key, flags } = input
  const errors = input.errors ?? {}
  const hasErrors = Object.keys(errors).length > 0
  const title = `${hasErrors || input.failure ? 'Error: ' : ''}${TELL.heading} about ${node.name} | Heard`
  return layout(
    { title, head: html`<meta name="robots" content="noindex, follow" />` },
    html`${errorSummary(errors, IDS)}
      ${
        input.failure
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h2>${TELL.notSent}</h2>
              <p>${input.failure}</p>
            </div>`
          : ''
      }
      <h1>${TELL.heading}</h1>
      <p>${fill(TELL.intro, node.name)}</p>
      ${flags?.length ? precheckPanel(flags) : ''}
      <form method="post" action="/services/${node.id}/tell" novalidate>
        <input type="hidden" name="key" value="${key}" />
        ${flags?.length ? html`<input type="hidden" name="checked" value="yes" />` : ''}
        ${serviceQuestion(input, errors.serviceIds)}
        ${field({ id: 'title', name: 'title', label: TELL.title, value: values.title, error: errors.title, maxlength: 120 })}
        ${field({
          id: 'body',
          name: 'body',
          label: TELL.body,
          type: 'textarea',
          hint: TELL.bodyHint,
          count: BODY_MAX,
          value: values.body,
          error: errors.body,
        })}
        ${choices({
          id: 'authorRole',
          name: 'authorRole',
          legend: TELL.role,
          options: AUTHOR_ROLES.map((r) => ({ value: r, label: TELL.roles[r] })),
          checked: values.authorRole ? [values.authorRole] : [],
          type: 'radio',
          error: errors.authorRole,
        })}
        <div class="form-group ${errors.ageGroup ? 'field-error' : ''}">
          <label for="ageGroup">${TELL.age}</label>
          ${errors.ageGroup ? html`<p class="error-message" id="ageGroup-error">${errors.ageGroup}</p>` : ''}
          <select id="ageGroup" name="ageGroup">
            <option value="">${TELL.ages.none}</option>
            ${AGE_GROUPS.map(
              (a) =>
                html`<option value="${a}" ${values.ageGroup === a ? 'selected' : ''}>${ageLabel(a)}</option>`,
            )}
          </select>
        </div>
        ${tagQuestions(input, errors.tags)}
        ${field({
          id: 'nickname',
          name: 'nickname',
          label: TELL.nickname,
          hint: TELL.nicknameHint,
          value: values.nickname,
          error: errors.nickname,
          maxlength: 40,
        })}
        ${field({
          id: 'email',
          name: 'email',
          type: 'email',
          label: TELL.email,
          hint: TELL.emailHint,
          autocomplete: 'email',
          value: values.email,
          error: errors.email,
        })}
        ${choices({
          id: 'agree',
          name: 'agree',
          legend: TELL.rulesTitle,
          hint: TELL.rules,
          options: [{ value: 'yes', label: TELL.agree }],
          checked: values.agree ? ['yes'] : [],
          type: 'checkbox',
          error: errors.agree,
        })}
        ${honeypot}
        <button type="submit">${flags?.length ? TELL.sendAnyway : TELL.send}</button>
      </form>`,
  )
}

/** The thank-you page after a story was sent (POST-redirect-GET). */
export function tellThanksPage(node: { id: string; name: string }, withEmail: boolean) {
  return layout(
    { title: `${TELL.thanksTitle} | Heard`, head: html`<meta name="robots" content="noindex, follow" />` },
    html`<div class="panel done" role="status">
        <h1>${TELL.thanksTitle}</h1>
      </div>
      <p>${TELL.thanksModeration}</p>
      <p>${withEmail ? TELL.thanksEmail : TELL.thanksNoEmail}</p>
      <p><a href="/services/${node.id}">${fill(TELL.backToService, node.name)}</a></p>`,
  )
}
