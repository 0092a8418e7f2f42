import { html } from 'hono/html'
import { dateInWords as day, inlineError, layout, paragraphs, type Html } from '../html/layout.ts'
import { bothLangs, fillHtml, fillText, inLang, langAttr, nameHtml, type Named } from '../html/lang.ts'
import { defineMessages, type Lang } from '../i18n/index.ts'
import { providerPageMessages } from './messages.ts'
import type { RestrictedNotice } from './restricted-queries.ts'
import { REVIEW_REASON_LABELS, REVIEW_REASONS, type ProviderStory } from './schemas.ts'

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

export type ProviderNotice = 'published' | 'requested'

/** The story as the provider's page shows it: the API's view, with its language and Welsh names. */
export interface ProviderPageStory extends ProviderStory {
  lang: Lang
  named: Named[]
  provider: Named
}

/** The provider's page at `token` in `lang`, with what follows it (`?done=`) kept. */
export const providerHref = (token: string, lang: Lang, query = '') =>
  inLang(`/provider-review/${token}${query ? `?${query}` : ''}`, lang)

function answerForms(token: string, lang: Lang, error?: { field: string; message: string }): Html {
  const t = providerPageMessages[lang]
  const action = providerHref(token, lang)
  // Each error stands by its own field: the reasons' group or the details box.
  const reasonError = error && error.field !== 'details' ? error.message : undefined
  const detailsError = error?.field === 'details' ? error.message : undefined
  return html`<form method="post" action="${action}">
      <input type="hidden" name="decision" value="go_ahead" />
      <button type="submit">${t.goAhead}</button>
    </form>
    <form method="post" action="${action}">
      <input type="hidden" name="decision" value="request_review" />
      <div class="form-group ${reasonError ? 'field-error' : ''}">
        <fieldset class="choices" aria-describedby="reason-hint${reasonError ? ' reason-error' : ''}">
          <legend>
            <h2>${t.requestReview}</h2>
            ${t.reasonLegend}
          </legend>
          <p class="hint" id="reason-hint">${t.reasonHint}</p>
          ${reasonError ? inlineError('reason-error', reasonError, t.errorPrefix) : ''}
          ${REVIEW_REASONS.map(
            (r) =>
              html`<div class="choice">
                <input type="radio" id="reason-${r}" name="reason" value="${r}" />
                <label for="reason-${r}">${t[`reason.${r}`]}</label>
              </div>`,
          )}
        </fieldset>
      </div>
      <div class="form-group ${detailsError ? 'field-error' : ''}">
        <label for="details">${t.details}</label>
        <p class="hint" id="details-hint">${t.detailsHint}</p>
        ${detailsError ? inlineError('details-error', detailsError, t.errorPrefix) : ''}
        <textarea
          id="details"
          name="details"
          rows="4"
          maxlength="2000"
          aria-describedby="details-hint${detailsError ? ' details-error' : ''}"
        ></textarea>
      </div>
      <button type="submit" class="secondary">${t.send}</button>
    </form>`
}

/** The private provider's page in `lang` (`?lang=cy`): the story, and the two answers while it waits. */
export function providerPage(opts: {
  token: string
  story: ProviderPageStory
  lang: Lang
  notice?: ProviderNotice
  error?: { field: string; message: string }
}): Html {
  const { story, token, notice, error, lang } = opts
  const t = providerPageMessages[lang]
  const provider = nameHtml(lang, story.provider)
  return layout(
    {
      title: `${t.title} | Heard`,
      private: true,
      lang,
      alternates: bothLangs(`/provider-review/${token}${notice ? `?done=${notice}` : ''}`),
    },
    html`${
        error
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h2>${t.errorTitle}</h2>
              <p><a href="#${error.field}">${error.message}</a></p>
            </div>`
          : ''
      }
      ${notice ? html`<div class="panel done" role="status"><p>${t[notice]}</p></div>` : ''}
      <h1>${t.title}</h1>
      <p>
        ${
          story.status === 'awaiting'
            ? fillHtml(t.intro, provider, day(new Date(story.publishesAt), lang))
            : fillHtml(t.introAnswered, provider)
        }
      </p>
      <p class="meta">${t.about} ${story.named.map((s, i) => html`${i ? ', ' : ''}${nameHtml(lang, s)}`)}</p>
      <article class="card" ${langAttr(lang, story.lang)}>
        <h2>${story.title}</h2>
        <div class="story-text">${paragraphs(story.body)}</div>
      </article>
      ${
        story.status === 'awaiting'
          ? answerForms(token, lang, error)
          : html`<div class="panel done" role="status"><p>${t.decided}</p></div>`
      }`,
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
