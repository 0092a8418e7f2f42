import { msg, str } from '@lit/localize'
import { html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { Task } from '@lit/task'
import { announce } from '../shared/announce.ts'
import './heard-audit-trail.ts'
import './heard-changes.ts'
import './heard-decision-panel.ts'
import type { Decision, HeardDecisionPanel } from './heard-decision-panel.ts'
import type { RedactionDetail } from './heard-redaction-form.ts'
import './heard-story-assessment.ts'
import type { HeardStoryAssessment } from './heard-story-assessment.ts'
import './heard-story-services.ts'
import './heard-escalation-outcome.ts'
import { ESCALATION_TEXT } from './heard-escalation-outcome.ts'
import './heard-provider-review.ts'
import { statusLabel } from '../shared/format.ts'
import { decideStory, getStory, patchStory } from './moderation.ts'
import { loadRejectReasons, loadTags } from './moderation-lists.ts'
import type { StoryDecision, WorkbenchStory } from './types.ts'
import { PageElement } from '../shared/page.ts'
import { Workbench } from './workbench.ts'
import * as parts from './workbench-parts.ts'
import { numberFlags } from './flags.ts'
import { pendingKey, QUICK_TEXT, replacementPatch, type PendingReplacement } from './replacements.ts'
import {
  DECIDABLE,
  DONE_TEXT,
  doneDetail,
  EDITABLE,
  renderStoryBanner,
  renderStorySummary,
} from './story-parts.ts'

const shortcuts = (): [string, string][] => [
  ['P', msg('Publish (saves one-click changes, criticality and tags first)')],
  ['R', msg('Reject: choose a reason')],
  ['H', msg('Hold until a date')],
  ['E', msg('Edit the text')],
  ['N', msg('Next item in the queue')],
]

/**
 * `<heard-story-page>`: the moderation workbench for one story. Claims the story on opening (and
 * keeps the claim alive), shows its text with the pre-check flags, and lets the moderator redact,
 * choose services, rate criticality, tag, and decide. Alt+Shift shortcuts cover the common path.
 */
export class HeardStoryPage extends PageElement {
  static override styles = [...PageElement.styles, parts.workbenchLayout]
  @property({ attribute: false }) storyId!: string
  private readonly wb: Workbench<WorkbenchStory, StoryDecision> = new Workbench(this, {
    kind: () => 'story',
    id: () => this.storyId,
    load: (_kind, id) => getStory(id),
    shortcuts: () => ({
      P: () => this.decidable && void this.decide({ decision: 'publish' }),
      R: () => this.decidable && void this.panel()?.choose('reject'),
      H: () => this.decidable && void this.panel()?.choose('hold'),
      E: () => this.editable && void this.wb.startEditing(),
      N: () => void this.wb.next(),
    }),
  })
  /** One-click replacements chosen from the flags and not saved yet (undone before saving). */
  @state() pending: PendingReplacement[] = []
  @state() quickBusy = false
  @state() quickError = ''
  // The managed lists change rarely and are read once per visit; a story shows without them.
  private readonly tags = new Task(this, { task: () => loadTags(), args: () => [this.storyId] })
  private readonly reasons = new Task(this, { task: () => loadRejectReasons(), args: () => [this.storyId] })

  private get editable(): boolean {
    const { claim, done, item } = this.wb
    return claim === 'mine' && !done && item !== undefined && EDITABLE.includes(item.status)
  }

  private get decidable(): boolean {
    return this.editable && DECIDABLE.includes(this.wb.item!.status) && !this.escalationOpen
  }

  private get escalationOpen(): boolean {
    const escalation = this.wb.item?.escalation
    return !!escalation && escalation.outcome === null
  }

  private panel() {
    return this.renderRoot.querySelector<HeardDecisionPanel>('heard-decision-panel') ?? undefined
  }

  private assessment() {
    return this.renderRoot.querySelector<HeardStoryAssessment>('heard-story-assessment') ?? undefined
  }

  private async saveText(e: CustomEvent<RedactionDetail>) {
    await this.wb.saveEdit(
      () => patchStory(this.storyId, { ...e.detail.changes, reason: e.detail.reason }),
      async () => {
        this.wb.editing = false
        announce(msg('Changes saved. The differences from the author’s words are shown under “Changes”.'))
        this.requestUpdate()
        await this.updateComplete
        this.renderRoot.querySelector<HTMLElement>('#changes-title')?.focus()
      },
    )
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('storyId')) this.pending = []
  }

  /** Saves the pending one-click replacements as one redaction; the story as it is now saved. */
  private async savePendingNow(): Promise<WorkbenchStory | undefined> {
    const story = this.wb.item
    if (!story || !this.pending.length) return undefined
    const saved = await patchStory(this.storyId, replacementPatch(story, this.pending))
    this.pending = []
    this.wb.update(saved)
    return saved
  }

  private async saveQuick() {
    this.quickBusy = true
    this.quickError = ''
    try {
      await this.savePendingNow()
      announce(QUICK_TEXT.saved)
    } catch (e) {
      this.quickError = (e as Error).message
    } finally {
      this.quickBusy = false
    }
  }

  private quick() {
    return {
      pending: this.pending,
      busy: this.quickBusy,
      error: this.quickError,
      replace: (p: PendingReplacement) => {
        this.pending = [...this.pending.filter((x) => pendingKey(x) !== pendingKey(p)), p]
        announce(`${QUICK_TEXT.becomes} “${p.replacement}”. ${QUICK_TEXT.pending(this.pending.length)}.`)
      },
      undo: (key: string) => {
        this.pending = this.pending.filter((x) => pendingKey(x) !== key)
        announce(msg(str`Undone. ${QUICK_TEXT.pending(this.pending.length)}.`))
      },
      undoAll: () => {
        this.pending = []
        announce(msg('All one-click changes undone.'))
      },
      save: () => this.saveQuick(),
    }
  }

  /** Why the decision cannot be carried out yet, shown in the panel; undefined when it can. */
  private refusal(detail: Decision, assessment: HeardStoryAssessment) {
    if (this.wb.editing) {
      // Deciding now would leave the text as it was saved: a redaction in progress must not be lost.
      const form = this.renderRoot.querySelector('heard-redaction-form')
      return {
        field: 'edit-title',
        message: msg('Save or cancel your changes to the text first'),
        focus: () => void form?.focusFirst(),
      }
    }
    if ((detail.decision === 'publish' || detail.decision === 'hold') && assessment.criticality === null) {
      const message =
        detail.decision === 'publish'
          ? msg('Choose how critical the story is before publishing it')
          : msg('Choose how critical the story is before holding it')
      assessment.error = message
      return { field: 'criticality-0', message, focus: () => void assessment.requireCriticality(message) }
    }
    return undefined
  }

  private async decide(detail: Decision) {
    const assessment = this.assessment()
    if (!this.wb.item || !assessment) return
    const refusal = this.refusal(detail, assessment)
    if (refusal) return void (await this.panel()?.showErrors([refusal]))
    const escalate = detail.decision === 'escalate'
    await this.wb.decide(
      async () => {
        // One-click changes are saved with the decision, so that publishing never loses them.
        if (detail.decision !== 'reject') await this.savePendingNow()
        await assessment.save()
        return decideStory(this.storyId, detail)
      },
      escalate ? undefined : detail.decision,
      escalate ? ESCALATION_TEXT.open : DONE_TEXT[detail.decision],
    )
  }

  private renderDecision(story: WorkbenchStory) {
    const { done } = this.wb
    if (done) return parts.doneBanner(this.wb, DONE_TEXT[done], doneDetail(done, story))
    if (this.escalationOpen) return html`<p class="secondary">${ESCALATION_TEXT.open}</p>`
    if (!this.decidable) {
      return html`<p class="secondary">
        ${
          this.wb.claim === 'mine'
            ? msg(str`There is nothing to decide: the story is ${statusLabel(story.status).toLowerCase()}.`)
            : msg('Only the moderator who has claimed the story can decide on it.')
        }
      </p>`
    }
    return html`<heard-decision-panel
      kind="story"
      noun="story"
      .reasons=${this.reasons.value ?? []}
      ?hasEmail=${story.hasEmail}
      ?busy=${this.wb.deciding}
      .serverError=${this.wb.decisionError}
      @heard-decide=${(e: CustomEvent<Decision>) => this.decide(e.detail)}
    ></heard-decision-panel>`
  }

  private renderSide(story: WorkbenchStory) {
    return html`<div class="side">
      ${
        story.escalation
          ? html`<section class="card" aria-labelledby="escalation-title">
              <h2 id="escalation-title">${ESCALATION_TEXT.title}</h2>
              <heard-escalation-outcome .story=${story}></heard-escalation-outcome>
            </section>`
          : nothing
      }
      <section class="card" aria-labelledby="decision-title">
        <h2 id="decision-title">${msg('Decision')}</h2>
        ${this.renderDecision(story)}
      </section>
      ${parts.shortcutsCard(
        shortcuts(),
        html`<p class="small secondary">
          ${msg('They work when you are not typing in a text box. On a Mac, use Option for Alt.')}
        </p>`,
      )}
      ${
        this.editable
          ? html`<p>
              <button class="link-button" type="button" @click=${() => this.wb.release()}>
                ${msg('Release the story and go back to the queue')}
              </button>
            </p>`
          : nothing
      }
    </div>`
  }

  private renderText(story: WorkbenchStory) {
    return parts.renderTextSection(this.wb, {
      heading: msg('The story'),
      editable: this.editable,
      fields: [
        { name: 'title', label: msg('Title'), value: story.title, missing: msg('Enter the title') },
        {
          name: 'body',
          label: msg('Story'),
          value: story.body,
          multiline: true,
          missing: msg('Enter the story'),
        },
      ],
      flags: numberFlags(story.flags, { title: story.title, body: story.body }),
      save: (e) => this.saveText(e),
      quick: this.quick(),
      lang: story.lang,
    })
  }

  override render() {
    const heading = parts.pageHeading(msg('Review story'))
    const opening = parts.renderOpening(this.wb, heading, {
      notFound: msg('There is no story at this address. It may have been removed.'),
      failed: (message) => msg(str`The story could not be loaded. ${message}`),
      loading: msg('Loading the story…'),
    })
    if (opening) return opening
    const story = this.wb.item!
    const readonly = !this.editable
    return html`${heading} ${renderStoryBanner(this.wb)}
      <div
        class="workbench"
        @heard-story-changed=${(e: CustomEvent<{ story: WorkbenchStory }>) => this.wb.update(e.detail.story)}
      >
        ${renderStorySummary(story)} ${this.renderText(story)}
        <section aria-labelledby="changes-title">
          <h2 id="changes-title" tabindex="-1">${msg('Changes from the author’s words')}</h2>
          <heard-changes
            .texts=${[
              { label: msg('Title'), before: story.originalTitle, after: story.title },
              { label: msg('Story'), before: story.originalBody, after: story.body },
            ]}
            .redactions=${story.redactions}
          ></heard-changes>
        </section>
        <section aria-labelledby="services-title">
          <h2 id="services-title">${msg('Services')}</h2>
          <heard-story-services .story=${story} ?readonly=${readonly}></heard-story-services>
        </section>
        <heard-provider-review .storyId=${story.id}></heard-provider-review>
        <section aria-labelledby="assessment-title">
          <h2 id="assessment-title">${msg('Criticality and tags')}</h2>
          <heard-story-assessment
            .story=${story}
            .tags=${this.tags.value ?? []}
            ?readonly=${readonly}
          ></heard-story-assessment>
        </section>
        ${this.renderSide(story)}
        <section aria-labelledby="history-title">
          <h2 id="history-title">${msg('History')}</h2>
          <heard-audit-trail .events=${story.events} .activity=${story.activity}></heard-audit-trail>
        </section>
      </div>`
  }
}

if (!customElements.get('heard-story-page')) customElements.define('heard-story-page', HeardStoryPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-story-page': HeardStoryPage
  }
}
