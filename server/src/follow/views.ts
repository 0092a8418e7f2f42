import { html } from 'hono/html'
import { dateInWords as day, layout, notFoundPage as missing, paragraphs, type Html } from '../html/layout.ts'
import { changeParagraph } from '../stories/change-view.ts'
import type { StoryStatus } from '../stories/schemas.ts'
import type { FollowedResponse, FollowedStory } from './queries.ts'
import { moderationNotes, type ModerationNotes } from './moderation-notes.ts'
import { providerWaitSays } from './provider-wait.ts'
import { REPLY_MAX } from './schemas.ts'

export type Notice = 'reply' | 'withdrawn' | 'email'
export interface ReplyError {
  responseId: string
  message: string
  value: string
}

const NOTICES: Record<Notice, string> = {
  reply: 'Thank you. Your reply will appear once a moderator has read it.',
  withdrawn: 'Your story has been withdrawn. It is no longer shown anywhere on Heard.',
  email: 'Your email address has been erased. We will not write to you again about this story.',
}

const page = (title: string, main: Html) => layout({ title: `${title} | Heard`, private: true }, main)

function statusPanel(story: FollowedStory, publicUrl: string): Html {
  const says: Record<StoryStatus, Html> = {
    submitted: html`<p>We have received your story. A moderator will read it soon.</p>`,
    pending: html`<p>We have received your story. A moderator will read it before it is published.</p>`,
    in_review: html`<p>A moderator is reading your story now.</p>`,
    held: html`<p>
      Your story has been checked. It will be published on
      ${story.heldUntil ? day(story.heldUntil) : 'a later date'}, to give the service time to prepare a
      response.
    </p>`,
    published: html`<p>
      Your story was published on ${story.publishedAt ? day(story.publishedAt) : 'Heard'}.
      <a href="${publicUrl}/stories/${story.id}">See it as everyone else sees it</a>.
    </p>`,
    rejected: html`<p>We were not able to publish your story.</p>
      ${
        story.statusReason
          ? html`<p>Our moderator wrote:</p>
              ${paragraphs(story.statusReason)}`
          : ''
      }`,
    withdrawn: html`<p>You withdrew your story. It is not shown anywhere on Heard.</p>`,
    ...providerWaitSays(story),
    hidden: html`<p>A moderator has hidden your story.</p>
      ${
        story.statusReason
          ? html`<p>They wrote:</p>
              ${paragraphs(story.statusReason)}`
          : ''
      }`,
  }
  return html`<div class="panel" role="status">
    <h2>Where your story is</h2>
    ${says[story.status]}
  </div>`
}

const REPLY_STATUS = {
  pending: 'Waiting for a moderator',
  published: 'Published',
  rejected: 'Not published',
  withdrawn: 'Withdrawn',
} as const

function responseCard(token: string, story: FollowedStory, r: FollowedResponse, error?: ReplyError): Html {
  const fieldId = `reply-${r.id}`
  const failed = error?.responseId === r.id
  const marker =
    r.changeMarker === 'made'
      ? 'A change was made'
      : r.changeMarker === 'planned'
        ? 'A change is planned'
        : ''
  return html`<article class="card" id="response-${r.id}">
    <h3>${r.responderTitle}, ${r.organisationName}</h3>
    <p class="meta">
      Responded on ${day(r.publishedAt)} ${marker ? html`<span class="tag">${marker}</span>` : ''}
    </p>
    <div class="story-text">${paragraphs(r.body)}</div>
    ${changeParagraph(r.change)}
    ${
      r.replies.length
        ? html`<h4>Your replies</h4>
            <ul class="replies">
              ${r.replies.map(
                (reply) =>
                  html`<li>
                    <p class="meta">${REPLY_STATUS[reply.status]}</p>
                    ${paragraphs(reply.body)}
                    ${reply.status === 'rejected' && reply.statusReason ? html`<p class="meta">${reply.statusReason}</p>` : ''}
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${
      story.status === 'published'
        ? html`<form method="post" action="/follow/${token}/replies" class="${failed ? 'field-error' : ''}">
            <input type="hidden" name="responseId" value="${r.id}" />
            <label for="${fieldId}">Reply to this response</label>
            <p class="hint" id="${fieldId}-hint">
              A moderator reads every reply before it is published. Up to ${REPLY_MAX} characters.
            </p>
            ${failed ? html`<p class="error-message" id="${fieldId}-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : ''}
            <textarea
              id="${fieldId}"
              name="body"
              rows="5"
              aria-describedby="${fieldId}-hint${failed ? ` ${fieldId}-error` : ''}"
            >
${failed ? error.value : ''}</textarea>
            <button type="submit">Send reply</button>
          </form>`
        : ''
    }
  </article>`
}

export function followPage(opts: {
  token: string
  story: FollowedStory
  publicUrl: string
  notice?: Notice
  error?: ReplyError
  notes?: ModerationNotes
}): Html {
  const { token, story, publicUrl, notice, error } = opts
  const canWithdraw = !['withdrawn', 'rejected', 'submitted'].includes(story.status)
  return page(
    error ? 'Error: your story' : 'Your story',
    html`${
        error
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h2>There is a problem</h2>
              <p><a href="#reply-${error.responseId}">${error.message}</a></p>
            </div>`
          : ''
      }
      ${notice ? html`<div class="panel done" role="status"><p>${NOTICES[notice]}</p></div>` : ''}
      <h1>Your story</h1>
      ${statusPanel(story, publicUrl)} ${moderationNotes(opts.notes)}
      <h2>${story.title}</h2>
      <p class="meta">By ${story.nickname}, sent on ${day(story.submittedAt)}</p>
      <div class="story-text">${paragraphs(story.body)}</div>
      <h2>Responses</h2>
      ${
        story.responses.length
          ? story.responses.map((r) => responseCard(token, story, r, error))
          : html`<p>
              There are no responses yet.${story.hasEmail ? ' We will email you when there is one.' : ''}
            </p>`
      }
      <h2>Your email address</h2>
      ${
        story.hasEmail
          ? html`<p>We use it only to tell you about this story. It is never shown to anyone.</p>
              <form method="post" action="/follow/${token}/email">
                <button type="submit" class="secondary">Erase my email address</button>
              </form>`
          : html`<p>We do not have an email address for you. Keep this page's address to come back to it.</p>`
      }
      ${
        canWithdraw
          ? html`<h2>Withdraw your story</h2>
              <p>
                If you change your mind, you can take your story off Heard. It will disappear from every page
                at once.
              </p>
              <p><a href="/follow/${token}/withdraw">Withdraw my story</a></p>`
          : ''
      }`,
  )
}

export function withdrawPage(token: string, story: FollowedStory): Html {
  return page(
    'Withdraw your story',
    html`<h1>Are you sure you want to withdraw your story?</h1>
      <p>
        “${story.title}” will be removed from Heard straight away, with any responses to it. This cannot be
        undone.
      </p>
      <form method="post" action="/follow/${token}/withdraw">
        <button type="submit" class="warning">Yes, withdraw my story</button>
      </form>
      <p><a href="/follow/${token}">No, go back to my story</a></p>`,
  )
}

export const notFoundPage = () =>
  missing(
    'We could not find that link',
    'Check that you copied the whole address from the email we sent you.',
    {
      private: true,
    },
  )
