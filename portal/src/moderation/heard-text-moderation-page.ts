import { html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ConflictError, NotFoundError } from '../shared/api.ts'
import './heard-audit-trail.ts'
import './heard-changes.ts'
import './heard-decision-panel.ts'
import type { Decision } from './heard-decision-panel.ts'
import './heard-flag-list.ts'
import type { ListedFlag } from './heard-flag-list.ts'
import './heard-flagged-text.ts'
import './heard-redaction-form.ts'
import type { RedactionDetail } from './heard-redaction-form.ts'
import { formatTime, statusLabel } from '../shared/format.ts'
import { claimItem, claimNext, itemPath, releaseItem, workbenchHref } from './moderation.ts'
import { href, navigate } from '../shared/router.ts'
import { session } from '../shared/session.ts'
import { shortcutLetter } from './shortcuts.ts'
import type { ModerationText } from './types.ts'
import { PageElement } from '../shared/page.ts'
import { workbenchLayout } from './heard-story-page.ts'

const NOUNS = { response: 'response', reply: 'reply' } as const
const CHANGE_MARKERS = { planned: 'Change planned', made: 'Change made' } as const

/**
 * `<heard-text-moderation-page>`: moderation of a provider's response or an author's reply:
 * the text (with its story for context), edit with a reason, publish or reject.
 *
 * Properties: `kind` (`response` or `reply`), `itemId`.
 */
export class HeardTextModerationPage extends PageElement {
  static override styles = [...PageElement.styles, workbenchLayout]
  @property() kind: 'response' | 'reply' = 'response'
  @property({ attribute: false }) itemId!: string
  @state() item?: ModerationText
  @state() state: 'loading' | 'ready' | 'not-found' | 'failed' = 'loading'
  @state() claim: 'mine' | 'other' | 'none' = 'none'
  @state() claimMessage = ''
  @state() editing = false
  @state() editBusy = false
  @state() editError = ''
  @state() deciding = false
  @state() decisionError = ''
  @state() done?: 'publish' | 'reject'

  override connectedCallback() {
    super.connectedCallback()
    window.addEventListener('keydown', this.onKey)
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    window.removeEventListener('keydown', this.onKey)
  }

  override willUpdate(changed: Map<string, unknown>) {
    if ((changed.has('itemId') || changed.has('kind')) && this.itemId) void this.open()
  }

  private get noun() {
    return NOUNS[this.kind]
  }

  private get editable() {
    return this.claim === 'mine' && !this.done && ['pending', 'in_review'].includes(this.item?.status ?? '')
  }

  private async open() {
    let refused: unknown
    try {
      await claimItem(this.kind, this.itemId)
      this.claim = 'mine'
    } catch (e) {
      refused = e
    }
    try {
      this.item = await api.get<ModerationText>(itemPath(this.kind, this.itemId))
      this.state = 'ready'
    } catch (e) {
      this.state = e instanceof NotFoundError ? 'not-found' : 'failed'
      return
    }
    if (refused) {
      const holder = this.item.claim
      this.claim =
        refused instanceof ConflictError && holder && holder.moderatorId !== session.user?.id
          ? 'other'
          : 'none'
      this.claimMessage = (refused as Error).message
    }
  }

  private flags(): ListedFlag[] {
    const body = this.item?.body ?? ''
    return [...(this.item?.flags ?? [])]
      .sort((a, b) => a.start - b.start)
      .map((f, i) => ({ ...f, n: i + 1, quote: body.slice(f.start, f.end) }))
  }

  private async jumpToFlag(e: CustomEvent<{ flag: ListedFlag }>) {
    const { flag } = e.detail
    if (this.editing)
      await this.renderRoot.querySelector('heard-redaction-form')?.select('body', flag.start, flag.end)
    else await this.renderRoot.querySelector('heard-flagged-text')?.focusFlag(flag.n)
  }

  private onKey = (e: KeyboardEvent) => {
    const letter = shortcutLetter(e)
    if (letter === 'P' && this.editable) void this.decide({ decision: 'publish' })
    else if (letter === 'N') void this.next()
    else return
    e.preventDefault()
  }

  private async startEditing() {
    this.editing = true
    await this.updateComplete
    await this.renderRoot.querySelector('heard-redaction-form')?.focusFirst()
  }

  private async stopEditing() {
    this.editing = false
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#edit-text')?.focus()
  }

  private async saveText(e: CustomEvent<RedactionDetail>) {
    this.editBusy = true
    this.editError = ''
    await this.updateComplete
    try {
      this.item = await api.patch<ModerationText>(itemPath(this.kind, this.itemId), {
        body: e.detail.changes.body,
        reason: e.detail.reason,
      })
      announce('Changes saved')
      await this.stopEditing()
    } catch (err) {
      this.editError = (err as Error).message
    } finally {
      this.editBusy = false
    }
  }

  private async decide(detail: Decision) {
    this.deciding = true
    this.decisionError = ''
    await this.updateComplete
    if (this.editing) {
      // A redaction in progress must not be lost by deciding on the saved text.
      this.deciding = false
      this.decisionError = 'Save or cancel your changes to the text first'
      return
    }
    try {
      this.item = await api.post<ModerationText>(`${itemPath(this.kind, this.itemId)}/decision`, {
        decision: detail.decision,
        ...(detail.reason && { reason: detail.reason }),
      })
      this.done = detail.decision === 'reject' ? 'reject' : 'publish'
      this.editing = false
      announce(
        `${this.noun === 'reply' ? 'Reply' : 'Response'} ${this.done === 'publish' ? 'published' : 'rejected'}`,
      )
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#done')?.focus()
    } catch (err) {
      this.decisionError = (err as Error).message
    } finally {
      this.deciding = false
    }
  }

  private async next() {
    if (!this.done && this.claim === 'mine') await releaseItem(this.kind, this.itemId).catch(() => undefined)
    const item = await claimNext(session.user?.id, this.itemId).catch(() => undefined)
    if (item) navigate(workbenchHref(item.kind, item.id))
    else navigate(href('/moderation'), { notice: 'Nothing else is waiting: the queue is empty.' })
  }

  private renderText(item: ModerationText) {
    const flags = this.flags()
    return html`<section aria-labelledby="text-title">
      <div class="section-head">
        <h2 id="text-title">The ${this.noun}</h2>
        ${
          this.editable && !this.editing
            ? html`<button
                id="edit-text"
                class="button secondary small"
                type="button"
                @click=${this.startEditing}
              >
                Edit the text
              </button>`
            : nothing
        }
      </div>
      <h3>Pre-check flags (${flags.length})</h3>
      <heard-flag-list .flags=${flags} @heard-flag-jump=${this.jumpToFlag}></heard-flag-list>
      ${
        this.editing
          ? html`<heard-redaction-form
              .fields=${[{ name: 'body', label: this.noun === 'reply' ? 'Reply' : 'Response', value: item.body, multiline: true }]}
              ?busy=${this.editBusy}
              .serverError=${this.editError}
              @heard-redaction-save=${this.saveText}
              @heard-redaction-cancel=${this.stopEditing}
            ></heard-redaction-form>`
          : html`<div class="text-card">
              <heard-flagged-text .text=${item.body} .flags=${flags}></heard-flagged-text>
            </div>`
      }
    </section>`
  }

  override render() {
    const title = this.kind === 'reply' ? 'Review reply' : 'Review response'
    const heading = html`<span class="caption">Moderation</span>
      <h1>${title}</h1>`
    if (this.state === 'not-found') {
      return html`${heading}
        <p>There is nothing at this address. It may have been removed.</p>
        <p><a href=${href('/moderation')}>Back to the queue</a></p>`
    }
    if (this.state === 'failed') {
      return html`${heading}
        <div class="banner error" role="alert">
          <p>This ${this.noun} could not be loaded.</p>
          <button class="button secondary" type="button" @click=${() => this.open()}>Try again</button>
        </div>`
    }
    const item = this.item
    if (!item)
      return html`${heading}
        <p class="loading" role="status">Loading…</p>`
    return html`${heading}
      ${
        this.claim === 'other'
          ? html`<div class="warning-callout" role="alert">
              <p>
                <strong>Someone else is working on this ${this.noun}.</strong> You can read it but not change
                it.
              </p>
              ${item.claim ? html`<p>${item.claim.moderatorName} has it until ${formatTime(item.claim.expiresAt)}.</p>` : nothing}
            </div>`
          : this.claim === 'none' && this.claimMessage && !this.done
            ? html`<div class="inset"><p>${this.claimMessage}</p></div>`
            : nothing
      }
      <div class="workbench">
        <div>
          <dl class="summary-list">
            <dt>Status</dt>
            <dd>${statusLabel(item.status)}</dd>
            <dt>About the story</dt>
            <dd><a href="/stories/${item.story.id}">${item.story.title}</a></dd>
            ${
              item.organisationName || item.responderTitle
                ? html`<dt>From</dt>
                    <dd>${[item.responderTitle, item.organisationName].filter(Boolean).join(', ')}</dd>`
                : nothing
            }
            ${
              item.changeMarker
                ? html`<dt>Change</dt>
                    <dd>
                      ${CHANGE_MARKERS[item.changeMarker]}: responses that claim a change are always checked
                    </dd>`
                : nothing
            }
          </dl>
          ${this.renderText(item)}
          <section aria-labelledby="changes-title">
            <h2 id="changes-title">Changes from the original words</h2>
            <heard-changes
              .texts=${[{ label: 'Text', before: item.originalBody, after: item.body }]}
            ></heard-changes>
          </section>
          <section aria-labelledby="history-title">
            <h2 id="history-title">History</h2>
            <heard-audit-trail .events=${item.events}></heard-audit-trail>
          </section>
        </div>
        <div class="side">
          <section class="card" aria-labelledby="decision-title">
            <h2 id="decision-title">Decision</h2>
            ${
              this.done
                ? html`<div class="banner success" id="done" tabindex="-1">
                    <h2>
                      ${this.noun === 'reply' ? 'Reply' : 'Response'}
                      ${this.done === 'publish' ? 'published' : 'rejected'}
                    </h2>
                    <div class="button-group">
                      <button class="button" type="button" @click=${this.next}>Next item</button>
                      <a href=${href('/moderation')}>Back to the queue</a>
                    </div>
                  </div>`
                : this.editable
                  ? html`<heard-decision-panel
                      kind="text"
                      noun=${this.noun}
                      ?busy=${this.deciding}
                      .serverError=${this.decisionError}
                      @heard-decide=${(e: CustomEvent<Decision>) => this.decide(e.detail)}
                    ></heard-decision-panel>`
                  : html`<p class="secondary">Only the moderator who has claimed it can decide on it.</p>`
            }
          </section>
          <section class="card shortcuts" aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">Keyboard shortcuts</h2>
            <dl>
              <dt><kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>P</kbd></dt>
              <dd>Publish</dd>
              <dt><kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>N</kbd></dt>
              <dd>Next item in the queue</dd>
            </dl>
          </section>
        </div>
      </div>`
  }
}

if (!customElements.get('heard-text-moderation-page'))
  customElements.define('heard-text-moderation-page', HeardTextModerationPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-text-moderation-page': HeardTextModerationPage
  }
}
