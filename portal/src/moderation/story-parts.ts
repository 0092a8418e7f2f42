import { msg, str } from '@lit/localize'
import { ageInWords } from './age-words.ts'
import { html, nothing } from 'lit'
import {
  AUTHOR_ROLE_LABELS,
  CRITICALITY_LABELS,
  formatDate,
  formatDateTime,
  formatTime,
  routeLabel,
  statusLabel,
  waitingInWords,
} from '../shared/format.ts'
import { publicPageUrl } from '../shared/locale.ts'
import { href } from '../shared/router.ts'
import type { StoryDecision, WorkbenchStory } from './types.ts'
import { lostClaimBanner } from './workbench-parts.ts'
import type { Workbench } from './workbench.ts'

/** The parts of the story workbench that only a story has: its banners, facts and outcomes. */

/** A story that is waiting can be decided on; a published one can still be corrected. */
export const DECIDABLE = ['pending', 'in_review', 'held']
export const EDITABLE = [...DECIDABLE, 'published']

export const DONE_TEXT: Record<string, string> = {
  get publish() {
    return msg('Story published')
  },
  get reject() {
    return msg('Story rejected')
  },
  get hold() {
    return msg('Story held')
  },
}

type StoryWorkbench = Workbench<WorkbenchStory, StoryDecision>

function otherModeratorBanner(wb: StoryWorkbench, story: WorkbenchStory | undefined) {
  return html`<div class="warning-callout" role="alert">
    <h2 class="visually-hidden">${msg('Important')}</h2>
    <p>
      <strong>${msg('Someone else is working on this story.')}</strong>
      ${msg('You can read it but not change it.')}
    </p>
    ${wb.claimMessage ? html`<p>${wb.claimMessage}</p>` : nothing}
    ${
      story?.claim
        ? html`<p>
            ${msg(str`${story.claim.moderatorName} has it until ${formatTime(story.claim.expiresAt)}.`)}
          </p>`
        : nothing
    }
    <div class="button-group">
      <button class="button secondary" type="button" @click=${() => wb.opening.run()}>
        ${msg('Try again')}
      </button>
      <a href=${href('/moderation')}>${msg('Back to the queue')}</a>
    </div>
  </div>`
}

function unclaimedBanner(wb: StoryWorkbench, story: WorkbenchStory) {
  return EDITABLE.includes(story.status)
    ? html`<div class="warning-callout" role="alert">
        <p><strong>${msg('The story could not be claimed.')}</strong> ${wb.claimMessage}</p>
        <button class="button secondary" type="button" @click=${() => wb.opening.run()}>
          ${msg('Try again')}
        </button>
      </div>`
    : html`<div class="inset">
        <p>
          ${msg(
            html`This story is <strong>${statusLabel(story.status).toLowerCase()}</strong>, so there is
              nothing to moderate. It is shown here for reference.`,
          )}
        </p>
      </div>`
}

/** What the moderator must know before working on the story: whose it is and where it stands. */
export function renderStoryBanner(wb: StoryWorkbench) {
  const story = wb.item
  if (wb.claim === 'other') return otherModeratorBanner(wb, story)
  if (wb.claim === 'lost') return lostClaimBanner('story', wb.claimMessage, () => wb.opening.run())
  if (!story || wb.done) return nothing
  if (wb.claim === 'none' && wb.claimMessage) return unclaimedBanner(wb, story)
  if (story.status === 'published') {
    return html`<div class="inset">
      <p>
        ${msg(
          html`This story is <strong>published</strong>. You can still correct its text, services, criticality
            and tags; corrections show publicly at once.`,
        )}
      </p>
    </div>`
  }
  if (story.status === 'held' && story.heldUntil) {
    return html`<div class="inset">
      <p>
        ${msg(
          html`This story is <strong>held until ${formatDate(story.heldUntil)}</strong>, when it publishes
            itself. You can publish it sooner, change the date or reject it.`,
        )}
      </p>
    </div>`
  }
  if (story.escalated) {
    return html`<div class="warning-callout">
      <p>
        <strong>${msg('Escalated as a safeguarding concern.')}</strong> ${msg('See the history for details.')}
      </p>
    </div>`
  }
  return nothing
}

export function renderStorySummary(story: WorkbenchStory) {
  const waiting = Math.max(0, (Date.now() - Date.parse(story.submittedAt)) / 1000)
  return html`<dl class="summary-list">
    <dt>${msg('Status')}</dt>
    <dd>
      ${statusLabel(story.status)}${
        story.criticality !== null
          ? ` · ${msg(str`criticality ${story.criticality} ${CRITICALITY_LABELS[story.criticality]}`)}`
          : nothing
      }
    </dd>
    <dt>${msg('Submitted')}</dt>
    <dd>
      <time datetime=${story.submittedAt}>${formatDateTime(story.submittedAt)}</time>${
        DECIDABLE.includes(story.status) ? ` (${waitingInWords(waiting)})` : ''
      }
    </dd>
    <dt>${msg('Came in by')}</dt>
    <dd>${routeLabel(story.route)}</dd>
    <dt>${msg('Told by')}</dt>
    <dd>
      ${AUTHOR_ROLE_LABELS[story.authorRole] ?? story.authorRole}${story.ageGroup ? `, ${ageInWords(story.ageGroup)}` : ''},
      ${msg(str`signing as “${story.nickname}”`)}
    </dd>
    <dt>${msg('Told in')}</dt>
    <dd>${story.lang === 'cy' ? msg('Welsh') : msg('English')}</dd>
    <dt>${msg('Email address')}</dt>
    <dd>
      ${story.hasEmail ? msg('Given: the author will hear about your decision') : msg('Not given: the author will not be told')}
    </dd>
  </dl>`
}

/** What happens next to a decided story, under "Story published" (or rejected, or held). */
export function doneDetail(decision: StoryDecision, story: WorkbenchStory) {
  if (decision === 'publish')
    return html`<p>
      ${msg('It is public now.')}
      <a href=${publicPageUrl(`/stories/${story.id}`)}>${msg('See the public page')}</a>
    </p>`
  if (decision === 'hold' && story.heldUntil)
    return html`<p>
      ${msg(str`It publishes itself on ${formatDate(story.heldUntil)} unless someone decides sooner.`)}
    </p>`
  return story.hasEmail ? html`<p>${msg('The author will be emailed the reason.')}</p>` : nothing
}
