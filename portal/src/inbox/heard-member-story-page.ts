import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError, NotFoundError } from '../shared/api.ts'
import './heard-response-form.ts'
import './heard-story-workflow.ts'
import {
  AUTHOR_ROLE_LABELS,
  CRITICALITY_LABELS,
  formatDateTime,
  GROUP_LABELS,
  statusLabel,
} from '../shared/format.ts'
import { publicPageUrl, servicePath, tagLabel } from '../shared/locale.ts'
import { href } from '../shared/router.ts'
import { TAG_GROUPS } from '../shared/types.ts'
import { MemberPageElement } from '../shared/member-page.ts'
import { session } from '../shared/session.ts'
import { CHANGE_MARKER_LABELS } from '../shared/types.ts'
import type { MemberResponse, MemberStory, ResponseSaved } from './types.ts'
import { publicInterestNote } from './public-interest.ts'
import { CHANGE_TEXT } from './change-words.ts'
import { responseChange } from './response-change.ts'

const STATUS_TAGS: Record<MemberResponse['status'], string> = {
  published: 'green',
  pending: 'yellow',
  rejected: 'red',
  withdrawn: '',
}

/**
 * `<heard-member-story-page>`: one published story as a member sees it (`/portal/inbox/stories/:id`),
 * with every response to it; responders write a response, and edit theirs while they may.
 */
export class HeardMemberStoryPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    css`
      .text {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .response {
        background: #fff;
        border: 1px solid #d8dde0;
        border-left: 6px solid #007f3b;
        padding: 1rem 1.25rem;
        margin-bottom: 1rem;
      }
      .response.pending {
        border-left-color: #ffb81c;
      }
      .response.rejected {
        border-left-color: #d5281b;
      }
      .response h3 {
        margin-bottom: 0.25rem;
      }
      .replies {
        border-left: 4px solid #aeb7bd;
        padding-left: 1rem;
        margin-top: 1rem;
      }
      ol.plain-list > li {
        list-style: none;
      }
      ol.plain-list {
        padding: 0;
      }
      .story-card {
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 1rem 1.25rem;
        margin-bottom: 2rem;
      }
      .change-note {
        border-left: 4px solid #007f3b;
        background: #f0f4f5;
        padding: 0.25rem 0.75rem;
        overflow-wrap: anywhere;
      }
    `,
  ]
  @property({ attribute: false }) storyId = ''
  @state() story?: MemberStory
  @state() failure = ''
  @state() missing = false
  @state() editing?: string
  @state() outcome = ''

  override connectedCallback() {
    super.connectedCallback()
    void this.load()
  }

  private async load() {
    try {
      await this.loadSubscriber()
      if (!this.membership) throw new NotFoundError(404, 'not_found', '')
      this.story = await api.get<MemberStory>(`${this.base}/stories/${encodeURIComponent(this.storyId)}`)
    } catch (e) {
      if (e instanceof NotFoundError) this.missing = true
      else this.failure = e instanceof ApiError ? e.message : msg('The story could not be loaded.')
    }
  }

  private get mayRespond() {
    const role = this.membership?.role
    const reader = this.membership?.subscriberKind === 'public_interest'
    return !reader && (role === 'responder' || role === 'admin') && this.subscriber?.mayAct === true
  }

  private async saved(e: CustomEvent<ResponseSaved>, edit: boolean) {
    this.editing = undefined
    const { published } = e.detail
    this.outcome = published
      ? edit
        ? msg('Your changes are published on the story’s public page.')
        : msg(
            'Your response is published on the story’s public page. The author has been told if they left an email address.',
          )
      : msg(
          'Your response is waiting for a moderator. It will be published once they have checked it; you can edit it until then.',
        )
    announce(this.outcome)
    await this.load()
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus()
  }

  private async changeSaved() {
    this.outcome = CHANGE_TEXT.saved
    announce(this.outcome)
    await this.load()
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus()
  }

  private renderResponse(r: MemberResponse) {
    if (this.editing === r.id) {
      return html`<li class="response">
        <h3>${msg('Edit your response')}</h3>
        <heard-response-form
          idPrefix="edit-${r.id}"
          .action=${`${this.base}/responses/${r.id}`}
          .response=${r}
          .coachAction=${`${this.base}/stories/${encodeURIComponent(this.storyId)}/response-coach`}
          @heard-response-saved=${(e: CustomEvent<ResponseSaved>) => this.saved(e, true)}
          @heard-response-cancel=${() => (this.editing = undefined)}
        ></heard-response-form>
      </li>`
    }
    return html`<li class="response ${r.status}">
      <h3>${r.responderTitle}, ${r.organisationName}</h3>
      <ul class="meta">
        ${r.ours ? html`<li><span class="tag ${STATUS_TAGS[r.status]}">${statusLabel(r.status)}</span></li>` : nothing}
        ${r.changeMarker ? html`<li><span class="tag blue">${CHANGE_MARKER_LABELS[r.changeMarker]}</span></li>` : nothing}
        <li>
          ${
            r.publishedAt
              ? html`${msg('Published')}
                  <time datetime=${r.publishedAt}>${formatDateTime(r.publishedAt)}</time>`
              : html`${msg('Written')} <time datetime=${r.createdAt}>${formatDateTime(r.createdAt)}</time>`
          }
        </li>
        ${
          r.writtenBy
            ? html`<li>
                ${
                  r.onBehalfOf
                    ? msg(str`Written by ${r.writtenBy} on behalf of ${r.onBehalfOf}`)
                    : msg(str`Written by ${r.writtenBy}`)
                }
              </li>`
            : nothing
        }
      </ul>
      ${
        r.status === 'rejected' && r.statusReason
          ? html`<p><strong>${msg('Not published:')}</strong> ${r.statusReason}</p>`
          : nothing
      }
      <div class="text">${r.body}</div>
      ${responseChange(r, this.base, () => void this.changeSaved())}
      ${
        r.editable
          ? html`<p>
              <button class="link-button" type="button" @click=${() => (this.editing = r.id)}>
                ${msg('Edit')}<span class="visually-hidden"> ${msg('your response')}</span>
              </button>
              ${
                r.editableUntil
                  ? html`<span class="secondary small">
                      ${msg('until')}
                      <time datetime=${r.editableUntil}>${formatDateTime(r.editableUntil)}</time></span
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${
        r.replies.length
          ? html`<div class="replies">
              <h4>${msg('The author replied')}</h4>
              ${r.replies.map(
                (reply) =>
                  html`<p class="secondary small">
                      <time datetime=${reply.publishedAt}>${formatDateTime(reply.publishedAt)}</time>
                    </p>
                    <div class="text">${reply.body}</div>`,
              )}
            </div>`
          : nothing
      }
    </li>`
  }

  private renderRespond() {
    if (this.membership?.subscriberKind === 'public_interest') return publicInterestNote()
    const role = this.membership?.role
    if (role === 'viewer') {
      return html`<p class="secondary">
        ${msg('You can read stories; responders and admins write responses.')}
      </p>`
    }
    if (!this.mayRespond) {
      return html`<div class="warning-callout" id="read-only">
        <h3>${msg('Responding is paused')}</h3>
        <p>
          ${msg('Your organisation’s subscription allows reading stories only, so no one can respond and alert emails are paused. Published stories and your widgets stay public.')}
        </p>
        ${
          role === 'admin'
            ? html`<p><a href=${href('/billing')}>${msg('See billing and what to do')}</a></p>`
            : html`<p>${msg('Ask one of your organisation’s Heard admins to look at billing.')}</p>`
        }
      </div>`
    }
    return html`<section aria-labelledby="respond-title">
      <h2 id="respond-title">${msg('Respond to this story')}</h2>
      <p>
        ${msg(str`Your response is public, shown with your job title and ${this.subscriber?.name ?? ''}. It is published at once when your recent responses have all been published as written; otherwise a moderator checks it first.`)}
      </p>
      <heard-response-form
        .action=${`${this.base}/stories/${encodeURIComponent(this.storyId)}/responses`}
        ?onBehalf=${role === 'admin'}
        .coachAction=${`${this.base}/stories/${encodeURIComponent(this.storyId)}/response-coach`}
        @heard-response-saved=${(e: CustomEvent<ResponseSaved>) => this.saved(e, false)}
      ></heard-response-form>
    </section>`
  }

  override render() {
    if (this.missing) {
      return html`<h1>${msg('Story not found')}</h1>
        <p>
          ${msg('It may have been withdrawn by its author, or it is not about a service your organisation covers.')}
        </p>
        <p><a href=${href('/inbox')}>${msg('Back to the inbox')}</a></p>`
    }
    if (this.failure) {
      return html`<h1>${msg('The story could not be loaded')}</h1>
        <div class="banner error" role="alert"><p>${this.failure}</p></div>`
    }
    const s = this.story
    if (!s)
      return html`<h1>${msg('Story')}</h1>
        <p class="loading" role="status">${msg('Loading…')}</p>`
    return html`<p><a href=${href('/inbox')}>${msg('Back to the inbox')}</a></p>
      <span class="caption">${this.subscriber?.name}</span>
      <h1 lang=${s.lang}>${s.title || msg('Untitled')}</h1>
      <ul class="meta">
        <li>${msg('Published')} <time datetime=${s.publishedAt}>${formatDateTime(s.publishedAt)}</time></li>
        <li>
          ${msg(str`By ${s.nickname || msg('someone')} (${AUTHOR_ROLE_LABELS[s.authorRole] ?? s.authorRole})`)}
        </li>
        <li>
          <a href=${publicPageUrl(s.url)}
            >${msg('Public page')}<span class="visually-hidden"> ${msg('of this story')}</span></a
          >
        </li>
      </ul>
      <div class="text prose story-card" lang=${s.lang}>${s.body}</div>
      <h2>${msg('About this story')}</h2>
      <dl class="summary-list">
        <dt>${msg('Services')}</dt>
        <dd>
          <ul class="plain-list">
            ${s.services.map((sv) => html`<li>${servicePath(sv)}</li>`)}
          </ul>
        </dd>
        <dt>${msg('Criticality')}</dt>
        <dd>
          ${s.criticality === null ? msg('Not set') : `${s.criticality} – ${CRITICALITY_LABELS[s.criticality]}`}
        </dd>
        ${TAG_GROUPS.map(
          (g) =>
            html`<dt>${GROUP_LABELS[g]}</dt>
              <dd>${s.tags[g].length ? s.tags[g].map((t) => tagLabel(t)).join(', ') : msg('None')}</dd>`,
        )}
      </dl>
      <heard-story-workflow
        .base=${this.base}
        .storyId=${s.id}
        .userId=${session.user?.id ?? ''}
        .mayChange=${this.membership?.role !== 'viewer'}
        .workflow=${s.workflow}
      ></heard-story-workflow>
      ${
        this.outcome
          ? html`<div class="banner success" id="outcome" tabindex="-1"><p>${this.outcome}</p></div>`
          : nothing
      }
      <h2>${msg('Responses')}</h2>
      ${
        s.responses.length
          ? html`<ol class="plain-list">
              ${s.responses.map((r) => this.renderResponse(r))}
            </ol>`
          : html`<p>${msg('No one has responded yet.')}</p>`
      }
      ${this.renderRespond()}`
  }
}

if (!customElements.get('heard-member-story-page'))
  customElements.define('heard-member-story-page', HeardMemberStoryPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-member-story-page': HeardMemberStoryPage
  }
}
