import { html } from 'hono/html'
import { layout } from '../html/layout.ts'
import { bothLangs, fillHtml, fillText, inLang, nameHtml, nameText } from '../html/lang.ts'
import type { Lang } from '../i18n/index.ts'
import type { StoredFlag } from '../stories/queries.ts'
import { AGE_GROUPS, AUTHOR_ROLES, BODY_MAX, TAG_GROUPS } from '../stories/schemas.ts'
import type { Tag } from '../stories/schemas.ts'
import { formMessages } from './form-messages.ts'
import { choices, errorMessage, errorSummary, field, honeypot, type FieldErrors } from './form-parts.ts'
import { tellMessages } from './tell-messages.ts'

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

type Place = { id: string; name: string; nameCy?: string | null }

export interface TellPageInput {
  node: Place
  /** The service and the services within it, in tree order. */
  places: (Place & { depth: number })[]
  tags: Tag[]
  values: TellValues
  key: string
  errors?: FieldErrors
  /** Pre-check hints: shown once, and the next send goes through. */
  flags?: (StoredFlag & { text: string })[]
  /** A refusal that is not about one field (rate limit). */
  failure?: string
  lang: Lang
}

/** The field whose error the summary links to, by the submission's field name. */
const IDS: Record<string, string> = {
  serviceIds: 'serviceId',
  tags: 'tags-good',
  agree: 'agree',
}

function ageLabel(v: string, lang: Lang) {
  const t = tellMessages[lang]
  if (v === 'under-16') return t.ageUnder16
  if (v === '85+') return t.age85
  const [from = '', to = ''] = v.split('-')
  return fillText(t.ageRange, from, to)
}

function precheckPanel(flags: NonNullable<TellPageInput['flags']>, lang: Lang) {
  const t = tellMessages[lang]
  return html`<div class="panel warning" role="status" aria-labelledby="check-title">
    <h2 id="check-title">${t.checkTitle}</h2>
    <p>${t.checkIntro}</p>
    <ul>
      ${flags.map((f) => html`<li><q>${f.text}</q> ${f.message}</li>`)}
    </ul>
  </div>`
}

function serviceQuestion(input: TellPageInput, error?: string) {
  const { places, values, lang } = input
  const selected = values.serviceId ?? input.node.id
  // An option holds text only, so an English name among Welsh ones is marked on the option itself.
  return html`<div class="form-group ${error ? 'field-error' : ''}">
    <label for="serviceId">${tellMessages[lang].service}</label>
    ${error ? errorMessage('serviceId-error', error, lang) : ''}
    <select id="serviceId" name="serviceId" ${error ? html`aria-describedby="serviceId-error"` : ''}>
      ${places.map(
        (p) =>
          html`<option
            value="${p.id}"
            ${p.id === selected ? 'selected' : ''}${lang === 'cy' && !p.nameCy ? html` lang="en"` : ''}
          >
            ${'\u00a0\u00a0'.repeat(Math.max(0, p.depth - (places[0]?.depth ?? 0)))}${nameText(lang, p)}
          </option>`,
      )}
    </select>
  </div>`
}

function tagQuestions(input: TellPageInput, error?: string) {
  const { lang } = input
  return TAG_GROUPS.map((g, i) => {
    const options = input.tags
      .filter((t) => t.group === g)
      .map((t) => ({ value: t.slug, label: lang === 'cy' ? t.labelCy : t.label }))
    if (!options.length) return ''
    return choices({
      id: `tags-${g}`,
      name: `tags.${g}`,
      legend: tellMessages[lang][`group.${g}`],
      hint: tellMessages[lang].optional,
      options,
      checked: input.values.tags[g],
      type: 'checkbox',
      error: i === 0 ? error : undefined,
      lang,
    })
  })
}

/** The optional age group, as a select. */
function ageQuestion(chosen: string | undefined, error: string | undefined, lang: Lang) {
  const t = tellMessages[lang]
  return html`<div class="form-group ${error ? 'field-error' : ''}">
    <label for="ageGroup">${t.age}</label>
    ${error ? errorMessage('ageGroup-error', error, lang) : ''}
    <select id="ageGroup" name="ageGroup">
      <option value="">${t.ageNone}</option>
      ${AGE_GROUPS.map(
        (a) => html`<option value="${a}" ${chosen === a ? 'selected' : ''}>${ageLabel(a, lang)}</option>`,
      )}
    </select>
  </div>`
}

/** The story's own questions: service, title, text, who you are, age group and tags. */
function storyQuestions(input: TellPageInput, errors: FieldErrors) {
  const { values, lang } = input
  const t = tellMessages[lang]
  return html`${serviceQuestion(input, errors.serviceIds)}
  ${field({ id: 'title', name: 'title', label: t.title, value: values.title, error: errors.title, maxlength: 120, lang })}
  ${field({
    id: 'body',
    name: 'body',
    label: t.body,
    type: 'textarea',
    hint: t.bodyHint,
    count: BODY_MAX,
    value: values.body,
    error: errors.body,
    lang,
  })}
  ${choices({
    id: 'authorRole',
    name: 'authorRole',
    legend: t.role,
    options: AUTHOR_ROLES.map((r) => ({ value: r, label: t[`role.${r}`] })),
    checked: values.authorRole ? [values.authorRole] : [],
    type: 'radio',
    error: errors.authorRole,
    lang,
  })}
  ${ageQuestion(values.ageGroup, errors.ageGroup, lang)} ${tagQuestions(input, errors.tags)}`
}

/** The nickname, the email address and the rules. */
function authorQuestions(input: TellPageInput, errors: FieldErrors) {
  const { values, lang } = input
  const t = tellMessages[lang]
  return html`${field({
    id: 'nickname',
    name: 'nickname',
    label: t.nickname,
    hint: t.nicknameHint,
    value: values.nickname,
    error: errors.nickname,
    maxlength: 40,
    lang,
  })}
  ${field({
    id: 'email',
    name: 'email',
    type: 'email',
    label: t.email,
    hint: t.emailHint,
    autocomplete: 'email',
    value: values.email,
    error: errors.email,
    lang,
  })}
  ${choices({
    id: 'agree',
    name: 'agree',
    legend: t.rulesTitle,
    hint: t.rules,
    options: [{ value: 'yes', label: t.agree }],
    checked: values.agree ? ['yes'] : [],
    type: 'checkbox',
    error: errors.agree,
    lang,
  })}`
}

/** GET /services/:id/tell and its error and confirm steps: the story form without JavaScript, in `lang`. */
export function tellPage(input: TellPageInput) {
  const { node, key, flags, lang } = input
  const t = tellMessages[lang]
  const errors = input.errors ?? {}
  const hasErrors = Object.keys(errors).length > 0
  const prefix = hasErrors || input.failure ? `${formMessages[lang].errorPrefix} ` : ''
  const path = `/services/${node.id}/tell`
  return layout(
    {
      title: `${prefix}${fillText(t.titleAbout, nameText(lang, node, { mutate: true }))} | Heard`,
      head: html`<meta name="robots" content="noindex, follow" />`,
      lang,
      alternates: bothLangs(path),
    },
    html`${errorSummary(errors, IDS, lang)}
      ${
        input.failure
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h2>${t.notSent}</h2>
              <p>${input.failure}</p>
            </div>`
          : ''
      }
      <h1>${t.heading}</h1>
      <p>${fillHtml(t.intro, nameHtml(lang, node))}</p>
      ${flags?.length ? precheckPanel(flags, lang) : ''}
      <form method="post" action="${inLang(path, lang)}" novalidate>
        <input type="hidden" name="key" value="${key}" />
        ${flags?.length ? html`<input type="hidden" name="checked" value="yes" />` : ''}
        ${storyQuestions(input, errors)} ${authorQuestions(input, errors)} ${honeypot(lang)}
        <button type="submit">${flags?.length ? t.sendAnyway : t.send}</button>
      </form>`,
  )
}

/** The thank-you page after a story was sent (POST-redirect-GET). */
export function tellThanksPage(node: Place, withEmail: boolean, lang: Lang = 'en') {
  const t = tellMessages[lang]
  const path = `/services/${node.id}/tell/thanks${withEmail ? '?email=1' : ''}`
  return layout(
    {
      title: `${t.thanksTitle} | Heard`,
      head: html`<meta name="robots" content="noindex, follow" />`,
      lang,
      alternates: bothLangs(path),
    },
    html`<div class="panel done" role="status">
        <h1>${t.thanksTitle}</h1>
      </div>
      <p>${t.thanksModeration}</p>
      <p>${withEmail ? t.thanksEmail : t.thanksNoEmail}</p>
      <p>
        <a href="${inLang(`/services/${node.id}`, lang)}"
          >${fillHtml(t.backToService, nameHtml(lang, node, { mutate: true }))}</a
        >
      </p>`,
  )
}
