import { msg, str } from '@lit/localize'
import type { z } from '@hono/zod-openapi'
import { Task } from '@lit/task'
import { css, html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import type { StoryProvider } from '../../../server/src/provider-review/schemas.ts'
import { announce } from '../shared/announce.ts'
import { api, ApiError } from '../shared/api.ts'
import { isSeniorModerator } from '../shared/access.ts'
import { formatDateTime } from '../shared/format.ts'
import { session } from '../shared/session.ts'
import { shared } from '../shared/styles/shared.ts'
import { inlineError } from '../shared/form-fields.ts'

type Provider = z.infer<typeof StoryProvider>

/** What this panel says (getters: read in the portal's language). */
export const PROVIDER_MESSAGES = {
  get heading() {
    return msg('Ownership and the provider')
  },
  ownership: {
    get public() {
      return msg('Public (NHS, local authority)')
    },
    get private() {
      return msg('Private provider')
    },
  },
  get privateNote() {
    return msg(
      'A story about a private provider waits up to 72 hours for the provider when you publish it: they may say go ahead or ask for a review.',
    )
  },
  reasons: {
    get wrong_provider() {
      return msg('About another provider')
    },
    get identifies_someone() {
      return msg('Could identify someone')
    },
    get legal_concern() {
      return msg('A legal concern')
    },
    get other() {
      return msg('Another reason')
    },
  },
  answers: {
    get go_ahead() {
      return msg('Said go ahead')
    },
    get review() {
      return msg('Asked for a review')
    },
    get no_answer() {
      return msg('Did not answer in 72 hours')
    },
  },
  outcomes: {
    get published() {
      return msg('Published')
    },
    get edited() {
      return msg('Edited, then published')
    },
    get restricted() {
      return msg('Restricted')
    },
  },
  get open() {
    return msg(
      'The provider asked for a review. A senior moderator decides: publish, edit then publish, or restrict.',
    )
  },
  get notSenior() {
    return msg('Only a senior moderator can decide this story.')
  },
  get restrictLabel() {
    return msg('Why it is restricted (shown on the public page)')
  },
  get restrictHint() {
    return msg(
      'The public sees that the story exists, that moderators restricted it at the provider’s request, and this reason — never its text.',
    )
  },
  get restrict() {
    return msg('Restrict the story')
  },
  get restricted() {
    return msg(
      'The story is restricted. Its public page shows only the notice; covering organisations still read it.',
    )
  },
  get failed() {
    return msg('The provider details could not be loaded.')
  },
} as const

/**
 * `<heard-provider-review>`: on the story workbench, the ownership of each service, the provider's
 * answers and, for a senior moderator, restricting a story whose provider asked for a review.
 *
 * Properties: `storyId`. Events: `heard-story-restricted` after restricting.
 */
export class HeardProviderReview extends LitElement {
  static override styles = [
    ...shared,
    css`
      :host {
        display: block;
      }
      ul.plain {
        list-style: none;
        padding: 0;
      }
      .open {
        border-left: 6px solid #ffb81c;
        background: #fff8e6;
        padding: 0.75rem 1rem;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
    `,
  ]
  @property({ attribute: false }) storyId = ''
  @state() error = ''
  @state() busy = false
  @state() done = false

  private readonly provider = new Task(this, {
    task: ([id], { signal }) =>
      api.get<Provider>(`/api/portal/moderation/stories/${id}/provider`, { signal }),
    args: () => [this.storyId] as const,
  })

  private async restrict(e: SubmitEvent) {
    e.preventDefault()
    const publicReason = String(new FormData(e.target as HTMLFormElement).get('publicReason') ?? '').trim()
    if (publicReason.length < 10) {
      this.error = msg('Say why the story is restricted, in at least 10 characters')
      return
    }
    this.busy = true
    this.error = ''
    try {
      await api.post(`/api/portal/moderation/stories/${this.storyId}/restrict`, { publicReason })
      this.done = true
      announce(PROVIDER_MESSAGES.restricted)
      this.dispatchEvent(new CustomEvent('heard-story-restricted', { bubbles: true, composed: true }))
      void this.provider.run()
    } catch (err) {
      this.error = err instanceof ApiError ? (err.issues[0]?.message ?? err.message) : msg('Try again.')
    } finally {
      this.busy = false
    }
  }

  private renderRestrict() {
    const m = PROVIDER_MESSAGES
    if (!session.user || !isSeniorModerator(session.user)) return html`<p><strong>${m.notSenior}</strong></p>`
    return html`<form @submit=${this.restrict} novalidate>
      <div class="form-group ${this.error ? 'has-error' : ''}">
        <label for="public-reason">${m.restrictLabel}</label>
        <span class="hint" id="public-reason-hint">${m.restrictHint}</span>
        ${inlineError('public-reason', this.error || undefined)}
        <textarea
          id="public-reason"
          name="publicReason"
          rows="3"
          maxlength="1000"
          aria-describedby="public-reason-hint ${this.error ? 'public-reason-error' : ''}"
        ></textarea>
      </div>
      <button class="button warning" type="submit" ?disabled=${this.busy}>${m.restrict}</button>
    </form>`
  }

  private renderProvider(p: Provider) {
    const m = PROVIDER_MESSAGES
    const anyPrivate = p.services.some((s) => s.ownership === 'private')
    return html`<ul class="plain">
        ${p.services.map((s) => html`<li>${s.name}: <strong>${m.ownership[s.ownership]}</strong></li>`)}
      </ul>
      ${anyPrivate && !p.reviews.length ? html`<p class="secondary">${m.privateNote}</p>` : nothing}
      ${p.reviews.map(
        (r) =>
          html`<p>
            ${r.providerName}:
            ${r.answer ? m.answers[r.answer] : msg(str`waiting until ${formatDateTime(r.dueAt)}`)}
            ${r.reason ? html` — ${m.reasons[r.reason]}${r.details ? html`: “${r.details}”` : nothing}` : nothing}
            ${r.outcome ? html` → ${m.outcomes[r.outcome]}` : nothing}
          </p>`,
      )}
      ${
        this.done
          ? html`<p role="status"><strong>${m.restricted}</strong></p>`
          : p.openRequest
            ? html`<div class="open">
                <p>${m.open}</p>
                ${this.renderRestrict()}
              </div>`
            : nothing
      }`
  }

  override render() {
    return html`<section aria-labelledby="provider-title">
      <h2 id="provider-title">${PROVIDER_MESSAGES.heading}</h2>
      ${this.provider.render({
        pending: () => html`<p class="secondary">${msg('Loading…')}</p>`,
        complete: (p) => this.renderProvider(p),
        error: () => html`<p class="error-message">${PROVIDER_MESSAGES.failed}</p>`,
      })}
    </section>`
  }
}

if (!customElements.get('heard-provider-review'))
  customElements.define('heard-provider-review', HeardProviderReview)

declare global {
  interface HTMLElementTagNameMap {
    'heard-provider-review': HeardProviderReview
  }
}
