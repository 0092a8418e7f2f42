import { html } from 'hono/html'
import {
  dateInWords,
  inlineError,
  layout,
  notFoundPage as missing,
  paragraphs,
  type Html,
} from '../html/layout.ts'
import { inLang } from '../html/lang.ts'
import type { Lang } from '../i18n/index.ts'
import { changeParagraph } from '../stories/change-view.ts'
import type { StoryStatus } from '../stories/schemas.ts'
import { followMessages } from './messages.ts'
import type { FollowedResponse, FollowedStory } from './queries.ts'
import { moderationNotes, type ModerationNotes } from './moderation-notes.ts'
import { providerWaitSays } from './provider-wait.ts'

export type Notice = 'reply' | 'withdrawn' | 'email'
export interface ReplyError {
  responseId: string
  message: string
  value: string
}

/**
 * A follow page's own address in `lang`. A page in the story's own language needs no `lang` in
 * its address; one in the other language carries it through every link and form post, so that a
 * reader who switched stays in theirs.
 */
export const followHref = (token: string, lang: Lang, storyLang: Lang, rest = '', query = '') => {
  const params = new URLSearchParams(query)
  if (lang !== storyLang) params.set('lang', lang)
  const search = params.toString()
  return `/follow/${token}${rest}${search ? `?${search}` : ''}`
}

const page = (title: string, main: Html, lang: Lang, story?: { token: string; lang: Lang }) =>
  layout(
    {
      title: `${title} | Heard`,
      private: true,
      lang,
      alternates: story && {
        en: `/follow/${story.token}?lang=en`,
        cy: `/follow/${story.token}?lang=cy`,
      },
    },
    main,
  )

function statusPanel(story: FollowedStory, publicUrl: string, lang: Lang): Html {
  const t = followMessages[lang]
  const day = (d: Date) => dateInWords(d, lang)
  const reason = (intro: string) =>
    story.statusReason
      ? html`<p>${intro}</p>
          ${paragraphs(story.statusReason)}`
      : ''
  const says: Record<StoryStatus, Html> = {
    submitted: html`<p>${t.submitted}</p>`,
    pending: html`<p>${t.pending}</p>`,
    in_review: html`<p>${t.inReview}</p>`,
    held: html`<p>${t.held(story.heldUntil ? day(story.heldUntil) : t.aLaterDate)}</p>`,
    published: html`<p>
      ${story.publishedAt ? t.published(day(story.publishedAt)) : ''}
      <a href="${publicUrl}${inLang(`/stories/${story.id}`, lang)}">${t.seeItPublished}</a>.
    </p>`,
    rejected: html`<p>${t.rejected}</p>
      ${reason(t.moderatorWrote)}`,
    withdrawn: html`<p>${t.withdrawn}</p>`,
    ...providerWaitSays(story, lang),
    hidden: html`<p>${t.hidden}</p>
      ${reason(t.theyWrote)}`,
  }
  return html`<div class="panel" role="status">
    <h2>${t.whereHeading}</h2>
    ${says[story.status]}
  </div>`
}

function replyStatus(status: FollowedResponse['replies'][number]['status'], lang: Lang) {
  const t = followMessages[lang]
  return {
    pending: t.replyPending,
    published: t.replyPublished,
    rejected: t.replyRejected,
    withdrawn: t.replyWithdrawn,
  }[status]
}

function responseCard(
  token: string,
  story: FollowedStory,
  r: FollowedResponse,
  lang: Lang,
  error?: ReplyError,
): Html {
  const t = followMessages[lang]
  const fieldId = `reply-${r.id}`
  const failed = error?.responseId === r.id
  const marker =
    r.changeMarker === 'made' ? t.changeMade : r.changeMarker === 'planned' ? t.changePlanned : ''
  return html`<article class="card" id="response-${r.id}">
    <h3>${r.responderTitle}, ${r.organisationName}</h3>
    <p class="meta">
      ${t.respondedOn(dateInWords(r.publishedAt, lang))}
      ${marker ? html`<span class="tag">${marker}</span>` : ''}
    </p>
    <div class="story-text">${paragraphs(r.body)}</div>
    ${changeParagraph(r.change, lang)}
    ${
      r.replies.length
        ? html`<h4>${t.yourReplies}</h4>
            <ul class="replies">
              ${r.replies.map(
                (reply) =>
                  html`<li>
                    <p class="meta">${replyStatus(reply.status, lang)}</p>
                    ${paragraphs(reply.body)}
                    ${reply.status === 'rejected' && reply.statusReason ? html`<p class="meta">${reply.statusReason}</p>` : ''}
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${
      story.status === 'published'
        ? html`<form
            method="post"
            action="${followHref(token, lang, story.lang, '/replies')}"
            class="${failed ? 'field-error' : ''}"
          >
            <input type="hidden" name="responseId" value="${r.id}" />
            <label for="${fieldId}">${t.replyLabel}</label>
            <p class="hint" id="${fieldId}-hint">${t.replyHint}</p>
            ${failed ? inlineError(`${fieldId}-error`, error.message, t.errorPrefix) : ''}
            <textarea
              id="${fieldId}"
              name="body"
              rows="5"
              aria-describedby="${fieldId}-hint${failed ? ` ${fieldId}-error` : ''}"
            >
${failed ? error.value : ''}</textarea>
            <button type="submit">${t.sendReply}</button>
          </form>`
        : ''
    }
  </article>`
}

const noticeText = (notice: Notice, lang: Lang) => {
  const t = followMessages[lang]
  return { reply: t.noticeReply, withdrawn: t.noticeWithdrawn, email: t.noticeEmail }[notice]
}

export function followPage(opts: {
  token: string
  story: FollowedStory
  publicUrl: string
  lang?: Lang
  notice?: Notice
  error?: ReplyError
  notes?: ModerationNotes
}): Html {
  const { token, story, publicUrl, notice, error } = opts
  const lang = opts.lang ?? story.lang
  const t = followMessages[lang]
  const canWithdraw = !['withdrawn', 'rejected', 'submitted'].includes(story.status)
  // The author's own words are in the story's language, which may not be the page's.
  return page(
    error ? t.errorTitle : t.title,
    html`${
        error
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h2>${t.problem}</h2>
              <p><a href="#reply-${error.responseId}">${error.message}</a></p>
            </div>`
          : ''
      }
      ${notice ? html`<div class="panel done" role="status"><p>${noticeText(notice, lang)}</p></div>` : ''}
      <h1>${t.title}</h1>
      ${statusPanel(story, publicUrl, lang)} ${moderationNotes(opts.notes, lang)}
      <h2 lang="${story.lang}">${story.title}</h2>
      <p class="meta">${t.byline(story.nickname, dateInWords(story.submittedAt, lang))}</p>
      <div class="story-text" lang="${story.lang}">${paragraphs(story.body)}</div>
      <h2>${t.responses}</h2>
      ${
        story.responses.length
          ? story.responses.map((r) => responseCard(token, story, r, lang, error))
          : html`<p>${t.noResponses}${story.hasEmail ? ` ${t.willEmail}` : ''}</p>`
      }
      <h2>${t.emailHeading}</h2>
      ${
        story.hasEmail
          ? html`<p>${t.emailUse}</p>
              <form method="post" action="${followHref(token, lang, story.lang, '/email')}">
                <button type="submit" class="secondary">${t.eraseEmail}</button>
              </form>`
          : html`<p>${t.noEmail}</p>`
      }
      ${
        canWithdraw
          ? html`<h2>${t.withdrawHeading}</h2>
              <p>${t.withdrawExplain}</p>
              <p><a href="${followHref(token, lang, story.lang, '/withdraw')}">${t.withdrawLink}</a></p>`
          : ''
      }`,
    lang,
    { token, lang: story.lang },
  )
}

export function withdrawPage(token: string, story: FollowedStory, lang: Lang = story.lang): Html {
  const t = followMessages[lang]
  return page(
    t.withdrawTitle,
    html`<h1>${t.withdrawSure}</h1>
      <p>${t.withdrawWarning(story.title)}</p>
      <form method="post" action="${followHref(token, lang, story.lang, '/withdraw')}">
        <button type="submit" class="warning">${t.withdrawConfirm}</button>
      </form>
      <p><a href="${followHref(token, lang, story.lang)}">${t.withdrawBack}</a></p>`,
    lang,
    { token, lang: story.lang },
  )
}

export const notFoundPage = (lang: Lang = 'en') =>
  missing(followMessages[lang].notFoundHeading, followMessages[lang].notFoundAdvice, { private: true, lang })
