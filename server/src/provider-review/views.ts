import { html } from 'hono/html'
import { dateInWords as day, layout, paragraphs, type Html } from '../html/layout.ts'
import { bothLangs, fillText, inLang, nameHtml } from '../html/lang.ts'
import { defineMessages, type Lang } from '../i18n/index.ts'
import type { RestrictedNotice } from './restricted-queries.ts'
import { REVIEW_REASON_LABELS, REVIEW_REASONS, type ProviderStory } from './schemas.ts'

/** Every string the provider's page and the public restricted notice show (English now). */
export const MESSAGES = {
  title: 'A story about your service',
  intro: (p: string, at: string) =>
    `This story about ${p} has been checked by Heard's moderators. It will be published on ${at} unless you answer before then.`,
  introAnswered: (p: string) => `This story about ${p} has been checked by Heard's moderators.`,
  goAhead: 'Go ahead: publish it now',
  requestReview: 'Ask a senior moderator to review it',
  reasonLegend: 'Why should it be reviewed?',
  reasonHint: 'A story is never withheld for being critical. Every request is recorded and counted.',
  details: 'Details',
  detailsHint: 'Required for another reason. What should the senior moderator look at?',
  send: 'Send request',
  decided: 'This story has been answered. Thank you.',
  published: 'Thank you. The story is now published.',
  requested: 'Thank you. A senior moderator will review the story before anything is published.',
  errorTitle: 'There is a problem',
} as const

/** The public page of a restricted story, in English and Welsh. */
export const restrictedMessages = defineMessages(
  {
    title: 'This story is restricted',
    about: 'About',
    /** After the services: the date. */
    restrictedOn: 'restricted on #',
    restrictedBy: (provider: string) =>
      `Heard's moderators restricted this story at the request of ${provider}, the provider it is about.`,
    why: 'Why:',
    noText:
      'Its text is not shown here, and nobody can respond to it. The provider and public bodies that oversee care can still read it.',
    'reason.wrong_provider': REVIEW_REASON_LABELS.wrong_provider,
    'reason.identifies_someone': REVIEW_REASON_LABELS.identifies_someone,
    'reason.legal_concern': REVIEW_REASON_LABELS.legal_concern,
    'reason.other': REVIEW_REASON_LABELS.other,
  },
  {
    title: "Mae'r stori hon wedi ei chyfyngu",
    about: 'Ynghylch',
    restrictedOn: 'cyfyngwyd ar #',
    restrictedBy: (provider: string) =>
      `Cyfyngodd cymedrolwyr Heard y stori hon ar gais ${provider}, y darparwr y mae'n sôn amdano.`,
    why: 'Pam:',
    noText:
      "Nid yw ei thestun yn cael ei ddangos yma, ac ni all neb ymateb iddi. Gall y darparwr a'r cyrff cyhoeddus sy'n goruchwylio gofal ei darllen o hyd.",
    'reason.wrong_provider': "Mae'r stori am ddarparwr arall",
    'reason.identifies_someone': "Gallai'r stori ddatgelu pwy yw rhywun",
    'reason.legal_concern': 'Pryder cyfreithiol',
    'reason.other': 'Rheswm arall',
  },
)

const page = (title: string, main: Html) => layout({ title: `${title} | Heard`, private: true }, main)

export type ProviderNotice = 'published' | 'requested'

export function providerPage(opts: {
  token: string
  story: ProviderStory
  notice?: ProviderNotice
  error?: { field: string; message: string }
}): Html {
  const { story, token, notice, error } = opts
  const m = MESSAGES
  const form =
    story.status === 'awaiting'
      ? html`<form method="post" action="/provider-review/${token}">
            <input type="hidden" name="decision" value="go_ahead" />
            <button type="submit">${m.goAhead}</button>
          </form>
          <form method="post" action="/provider-review/${token}" class="${error ? 'field-error' : ''}">
            <input type="hidden" name="decision" value="request_review" />
            <fieldset class="choices" aria-describedby="reason-hint">
              <legend>
                <h2>${m.requestReview}</h2>
                ${m.reasonLegend}
              </legend>
              <p class="hint" id="reason-hint">${m.reasonHint}</p>
              ${REVIEW_REASONS.map(
                (r) =>
                  html`<div class="choice">
                    <input type="radio" id="reason-${r}" name="reason" value="${r}" />
                    <label for="reason-${r}">${REVIEW_REASON_LABELS[r]}</label>
                  </div>`,
              )}
            </fieldset>
            <label for="details">${m.details}</label>
            <p class="hint" id="details-hint">${m.detailsHint}</p>
            ${error ? html`<p class="error-message" id="details-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : ''}
            <textarea
              id="details"
              name="details"
              rows="4"
              maxlength="2000"
              aria-describedby="details-hint${error ? ' details-error' : ''}"
            ></textarea>
            <button type="submit" class="secondary">${m.send}</button>
          </form>`
      : html`<div class="panel done" role="status"><p>${m.decided}</p></div>`
  return page(
    m.title,
    html`${
        error
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h2>${m.errorTitle}</h2>
              <p><a href="#${error.field}">${error.message}</a></p>
            </div>`
          : ''
      }
      ${notice ? html`<div class="panel done" role="status"><p>${m[notice]}</p></div>` : ''}
      <h1>${m.title}</h1>
      <p>
        ${
          story.status === 'awaiting'
            ? m.intro(story.providerName, day(new Date(story.publishesAt)))
            : m.introAnswered(story.providerName)
        }
      </p>
      <p class="meta">About: ${story.services.join(', ')}</p>
      <article class="card">
        <h2>${story.title}</h2>
        <div class="story-text">${paragraphs(story.body)}</div>
      </article>
      ${form}`,
  )
}

/** The public page of a restricted story: that it exists, who restricted it and why; never its text. */
export function restrictedStoryPage(notice: RestrictedNotice, base: string, lang: Lang = 'en'): Html {
  const t = restrictedMessages[lang]
  const path = `/stories/${notice.id}`
  return layout(
    {
      title: `${t.title} | Heard`,
      canonical: `${base}${inLang(path, lang)}`,
      description: t.restrictedBy(notice.providerName),
      lang,
      alternates: bothLangs(path),
      base,
    },
    html`<h1>${t.title}</h1>
      <p class="meta">
        ${t.about}
        ${notice.services.map(
          (s, i) =>
            html`${i ? ', ' : ''}<a href="${inLang(`/services/${s.id}`, lang)}">${nameHtml(lang, s)}</a>`,
        )}
        · ${fillText(t.restrictedOn, day(notice.restrictedAt, lang))}
      </p>
      <div class="panel" role="status">
        <p>${t.restrictedBy(notice.providerName)}</p>
        <p>${t.why} ${t[`reason.${notice.reason}`]}.</p>
        ${paragraphs(notice.publicReason)}
        <p>${t.noText}</p>
      </div>`,
  )
}
