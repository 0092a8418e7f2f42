import { msg, str } from '@lit/localize'
import { html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api } from '../shared/api.ts'
import './heard-audit-trail.ts'
import './heard-changes.ts'
import './heard-decision-panel.ts'
import type { Decision } from './heard-decision-panel.ts'
import type { RedactionDetail } from './heard-redaction-form.ts'
import { formatTime, statusLabel } from '../shared/format.ts'
import { itemPath } from './moderation.ts'
import type { ModerationText } from './types.ts'
import { PageElement } from '../shared/page.ts'
import { Workbench } from './workbench.ts'
import * as parts from './workbench-parts.ts'
import { numberFlags } from './flags.ts'
import { changeClaimRows } from './change-claim.ts'
import { KIND_WORDS, type Noun } from './kind-words.ts'
import { publicPageUrl } from '../shared/locale.ts'

type TextDecision = 'publish' | 'reject'

/**
 * `<heard-text-moderation-page>`: moderation of a provider's response or an author's reply:
 * the text (with its story for context), edit with a reason, publish or reject. Claims the text
 * on opening and keeps the claim alive while the moderator works, as the story workbench does.
 *
 * Properties: `kind` (`response` or `reply`), `itemId`.
 */
export class HeardTextModerationPage extends PageElement {
  static override styles = [...PageElement.styles, parts.workbenchLayout]
  @property() kind: 'response' | 'reply' = 'response'
  @property({ attribute: false }) itemId!: string
  private decidedNoun?: Noun
  private readonly wb: Workbench<ModerationText, TextDecision> = new Workbench(this, {
    kind: () => this.kind,
    id: () => this.itemId,
    load: (kind, id, signal) => api.get<ModerationText>(itemPath(kind, id), { signal }),
    noun: () => this.noun,
    shortcuts: () => ({
      ...(this.decidable && { P: () => void this.decide({ decision: 'publish' }) }),
      N: () => void this.wb.next(),
    }),
  })

  /** A change claim waiting beside a published response: the decision is the claim's alone. */
  private get claimOnly(): boolean {
    const { item } = this.wb
    return this.kind === 'response' && item?.status === 'published' && !!item.change
  }

  /** What is decided on: the response or reply, or a published response's change. */
  private get noun(): Noun {
    return this.claimOnly ? 'change' : this.kind
  }

  private get words() {
    return KIND_WORDS[this.noun]
  }

  /** "Response published", "Reply rejected", "Change published". */
  private doneTitle(done: TextDecision, noun: Noun) {
    const titles: Record<Noun, [() => string, () => string]> = {
      story: [() => msg('Story published'), () => msg('Story rejected')],
      response: [() => msg('Response published'), () => msg('Response rejected')],
      reply: [() => msg('Reply published'), () => msg('Reply rejected')],
      change: [() => msg('Change published'), () => msg('Change rejected')],
    }
    return titles[noun][done === 'publish' ? 0 : 1]()
  }

  /** "Response" or "Reply", as the text's label. */
  private get Noun() {
    return this.kind === 'reply' ? msg('Reply') : msg('Response')
  }

  /** The moderator holding it may decide on it. */
  private get decidable(): boolean {
    const { claim, done, item } = this.wb
    return (
      claim === 'mine' && !done && (['pending', 'in_review'].includes(item?.status ?? '') || this.claimOnly)
    )
  }

  /** Its text may be edited: not a published response's, whose change alone is decided. */
  private get editable(): boolean {
    return this.decidable && !this.claimOnly
  }

  private async saveText(e: CustomEvent<RedactionDetail>) {
    await this.wb.saveEdit(
      () =>
        api.patch<ModerationText>(itemPath(this.kind, this.itemId), {
          body: e.detail.changes.body,
          reason: e.detail.reason,
        }),
      async () => {
        announce(msg('Changes saved'))
        await this.wb.stopEditing()
      },
    )
  }

  private async decide(detail: Decision) {
    // A redaction in progress must not be lost by deciding on the saved text.
    if (this.wb.editing) return this.wb.refuseDecision(msg('Save or cancel your changes to the text first'))
    const done: TextDecision = detail.decision === 'reject' ? 'reject' : 'publish'
    // Deciding a change claim ends it: the banner still names what was decided.
    const noun = (this.decidedNoun = this.noun)
    await this.wb.decide(
      () =>
        api.post<ModerationText>(`${itemPath(this.kind, this.itemId)}/decision`, {
          decision: detail.decision,
          ...(detail.reason && { reason: detail.reason }),
        }),
      done,
      this.doneTitle(done, noun),
    )
  }

  private renderBanner(item: ModerationText) {
    const { claim, claimMessage } = this.wb
    if (claim === 'other') {
      return html`<div class="warning-callout" role="alert">
        <p><strong>${this.words.someoneElse()}</strong> ${msg('You can read it but not change it.')}</p>
        ${
          item.claim
            ? html`<p>
                ${msg(str`${item.claim.moderatorName} has it until ${formatTime(item.claim.expiresAt)}.`)}
              </p>`
            : nothing
        }
      </div>`
    }
    if (claim === 'lost') return parts.lostClaimBanner(this.noun, claimMessage, () => this.wb.opening.run())
    if (claim === 'none' && claimMessage && !this.wb.done)
      return html`<div class="inset"><p>${claimMessage}</p></div>`
    return nothing
  }

  private renderSummary(item: ModerationText) {
    return html`<dl class="summary-list">
        <dt>${msg('Status')}</dt>
        <dd>${statusLabel(item.status)}</dd>
        <dt>${msg('About the story')}</dt>
        <dd><a href=${publicPageUrl(`/stories/${item.story.id}`)}>${item.story.title}</a></dd>
        ${
          item.organisationName || item.responderTitle
            ? html`<dt>${msg('From')}</dt>
                <dd>${[item.responderTitle, item.organisationName].filter(Boolean).join(', ')}</dd>`
            : nothing
        }
        ${changeClaimRows(item)}
      </dl>
      ${
        this.claimOnly
          ? html`<p class="inset" id="claim-only">
              ${msg(
                'The response is published and stays so. You decide on the change alone: published, it shows with the response and the story’s author is told; rejected, the response keeps the change it had.',
              )}
            </p>`
          : nothing
      }`
  }

  private renderDecision() {
    const { done } = this.wb
    if (done)
      return parts.doneBanner(
        this.wb,
        this.doneTitle(done as TextDecision, this.decidedNoun ?? this.noun),
        nothing,
      )
    if (!this.decidable)
      return html`<p class="secondary">${msg('Only the moderator who has claimed it can decide on it.')}</p>`
    return html`<heard-decision-panel
      kind="text"
      noun=${this.noun}
      ?busy=${this.wb.deciding}
      .serverError=${this.wb.decisionError}
      @heard-decide=${(e: CustomEvent<Decision>) => this.decide(e.detail)}
    ></heard-decision-panel>`
  }

  override render() {
    const heading = parts.pageHeading(this.kind === 'reply' ? msg('Review reply') : msg('Review response'))
    const opening = parts.renderOpening(this.wb, heading, {
      notFound: msg('There is nothing at this address. It may have been removed.'),
      failed: () => this.words.couldNotLoad(),
      loading: msg('Loading…'),
    })
    if (opening) return opening
    const item = this.wb.item!
    return html`${heading} ${this.renderBanner(item)}
      <div class="workbench">
        <div>
          ${this.renderSummary(item)}
          ${parts.renderTextSection(this.wb, {
            heading: this.claimOnly
              ? msg('The change')
              : this.kind === 'reply'
                ? msg('The reply')
                : msg('The response'),
            editable: this.editable,
            fields: [
              {
                name: 'body',
                label: this.Noun,
                value: item.body,
                multiline: true,
                missing: this.kind === 'reply' ? msg('Enter the reply') : msg('Enter the response'),
              },
            ],
            flags: numberFlags(item.flags, { body: item.body }),
            save: (e) => this.saveText(e),
          })}
          <section aria-labelledby="changes-title">
            <h2 id="changes-title">${msg('Changes from the original words')}</h2>
            <heard-changes
              .texts=${[{ label: msg('Text'), before: item.originalBody, after: item.body }]}
            ></heard-changes>
          </section>
          <section aria-labelledby="history-title">
            <h2 id="history-title">${msg('History')}</h2>
            <heard-audit-trail .events=${item.events}></heard-audit-trail>
          </section>
        </div>
        <div class="side">
          <section class="card" aria-labelledby="decision-title">
            <h2 id="decision-title">${msg('Decision')}</h2>
            ${this.renderDecision()}
          </section>
          ${parts.shortcutsCard([
            ['P', msg('Publish')],
            ['N', msg('Next item in the queue')],
          ])}
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
