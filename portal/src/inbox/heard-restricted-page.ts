import { msg, str } from '@lit/localize'
import type { z } from '@hono/zod-openapi'
import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import type { RestrictedStory } from '../../../server/src/provider-review/restricted-routes.ts'
import { api, ApiError, NotFoundError } from '../shared/api.ts'
import { AUTHOR_ROLE_LABELS, CRITICALITY_LABELS, formatDateTime } from '../shared/format.ts'
import { MemberPageElement } from '../shared/member-page.ts'
import { serviceName } from '../shared/locale.ts'
import { href } from '../shared/router.ts'

type Story = z.infer<typeof RestrictedStory>

/** Every string of the page (getters: read in the portal's language). */
export const RESTRICTED_MESSAGES = {
  get title() {
    return msg('Restricted stories')
  },
  get intro() {
    return msg(
      'A senior moderator restricted these stories at the provider’s request. The public sees only that each exists, who restricted it and why; your organisation reads it in full. Nobody can respond to a restricted story.',
    )
  },
  get none() {
    return msg('There are no restricted stories about the services your organisation covers.')
  },
  why: (provider: string) => msg(str`Restricted at the request of ${provider}.`),
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
  get missing() {
    return msg('There is no restricted story at this address that your organisation may read.')
  },
  get failed() {
    return msg('The restricted stories could not be loaded.')
  },
}

/**
 * `<heard-restricted-page>`: restricted stories within the organisation's coverage, in full
 * (`/portal/restricted`), or one of them (`/portal/subscribers/:id/restricted/:storyId`, from alerts).
 */
export class HeardRestrictedPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    css`
      article {
        background: #fff;
        border: 1px solid #d8dde0;
        border-left: 6px solid #4c6272;
        padding: 1rem 1.25rem;
        margin-bottom: 1rem;
      }
      .text {
        white-space: pre-line;
        overflow-wrap: anywhere;
        margin-bottom: 1rem;
      }
      .restriction {
        border-top: 1px solid #d8dde0;
        padding-top: 0.75rem;
        margin-bottom: 0;
      }
    `,
  ]
  @property({ attribute: false }) storyId?: string
  @state() stories?: Story[]
  @state() failure = ''

  override connectedCallback() {
    super.connectedCallback()
    void this.load()
  }

  private async load() {
    try {
      await this.loadSubscriber()
      if (!this.membership) throw new NotFoundError(404, 'not_found', '')
      this.stories = this.storyId
        ? [await api.get<Story>(`${this.base}/restricted/${encodeURIComponent(this.storyId)}`)]
        : (await api.get<{ stories: Story[] }>(`${this.base}/restricted`)).stories
    } catch (e) {
      this.failure =
        e instanceof NotFoundError
          ? RESTRICTED_MESSAGES.missing
          : e instanceof ApiError
            ? e.message
            : RESTRICTED_MESSAGES.failed
    }
  }

  private renderStory(s: Story) {
    const m = RESTRICTED_MESSAGES
    return html`<article aria-labelledby="story-${s.id}">
      <h2 id="story-${s.id}">${s.title}</h2>
      <p class="secondary">
        ${s.services.map((x) => serviceName(x)).join(', ')} · ${AUTHOR_ROLE_LABELS[s.authorRole]}
        “${s.nickname}” · ${msg('restricted')}
        <time datetime=${s.restrictedAt}>${formatDateTime(s.restrictedAt)}</time>
      </p>
      <p>
        <strong>${msg('Criticality:')}</strong>
        ${s.criticality === null ? msg('not rated') : `${s.criticality} – ${CRITICALITY_LABELS[s.criticality]}`}
      </p>
      <div class="text">${s.body}</div>
      <p class="restriction">
        <strong>${m.why(s.providerName)}</strong> ${m.reasons[s.reason]}. ${s.publicReason}
      </p>
    </article>`
  }

  override render() {
    const m = RESTRICTED_MESSAGES
    if (this.failure)
      return html`<h1>${m.title}</h1>
        <div class="banner error" role="alert"><p>${this.failure}</p></div>`
    if (!this.stories)
      return html`<h1>${m.title}</h1>
        <p class="loading" role="status">${msg('Loading…')}</p>`
    return html`<h1>${m.title}</h1>
      <p>${m.intro}</p>
      ${this.stories.length ? this.stories.map((s) => this.renderStory(s)) : html`<p>${m.none}</p>`}
      ${this.storyId ? html`<p><a href=${href('/restricted')}>${msg('All restricted stories')}</a></p>` : nothing}`
  }
}

if (!customElements.get('heard-restricted-page'))
  customElements.define('heard-restricted-page', HeardRestrictedPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-restricted-page': HeardRestrictedPage
  }
}
