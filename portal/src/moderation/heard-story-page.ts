import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { ConflictError, NotFoundError, type ApiError } from '../shared/api.ts'
import './heard-audit-trail.ts'
import './heard-changes.ts'
import './heard-decision-panel.ts'
import type { Decision, HeardDecisionPanel } from './heard-decision-panel.ts'
import './heard-flag-list.ts'
import type { ListedFlag } from './heard-flag-list.ts'
import './heard-flagged-text.ts'
import type { HeardFlaggedText } from './heard-flagged-text.ts'
import './heard-redaction-form.ts'
import type { HeardRedactionForm, RedactionDetail } from './heard-redaction-form.ts'
import './heard-story-assessment.ts'
import type { HeardStoryAssessment } from './heard-story-assessment.ts'
import './heard-story-services.ts'
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
import {
  claimItem,
  claimNext,
  decideStory,
  getStory,
  patchStory,
  releaseItem,
  workbenchHref,
} from './moderation.ts'
import { loadRejectReasons, loadTags } from './moderation-lists.ts'
import { href, navigate } from '../shared/router.ts'
import { session } from '../shared/session.ts'
import { shortcutLetter } from './shortcuts.ts'
import type { RejectReason, StoryDecision, WorkbenchStory } from './types.ts'
import type { Tag } from '../shared/types.ts'
import { PageElement } from '../shared/page.ts'

/**
 * Claims are 15-minute leases. The page renews its claim every 10 minutes while the moderator is
 * using it; a workbench left idle lets the claim lapse, so the story goes back to the others.
 */
const RENEW_MS = 10 * 60 * 1000
/** A story that is waiting can be decided on; a published one can still be corrected. */
const DECIDABLE = ['pending', 'in_review', 'held']
const EDITABLE = [...DECIDABLE, 'published']

type ClaimState = 'claiming' | 'mine' | 'other' | 'lost' | 'none'

const DONE_TEXT: Record<string, string> = {
  publish: 'Story published',
  reject: 'Story rejected',
  hold: 'Story held',
}

export const workbenchLayout = css`
  .workbench {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 2.5rem;
  }
  @media (min-width: 62rem) {
    .workbench {
      grid-template-columns: minmax(0, 1fr) 22rem;
      align-items: start;
    }
    .workbench > * {
      grid-column: 1;
    }
    /* After the assessment in the source (and the focus order), beside the story on the screen. */
    .workbench > .side {
      grid-column: 2;
      grid-row: 1 / span 20;
    }
  }
  section {
    margin-bottom: 2.5rem;
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem 1rem;
  }
  .text-card {
    background: #fff;
    border: 1px solid #d8dde0;
    padding: 1.5rem;
  }
  .text-card heard-flagged-text[variant='title'] {
    margin-bottom: 1rem;
  }
  .side .card h2 {
    font-size: 1.3125rem;
  }
  .shortcuts dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.375rem 0.75rem;
    margin-bottom: 0.75rem;
  }
  .shortcuts dd {
    margin: 0;
  }
  kbd {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid #aeb7bd;
    border-bottom-width: 2px;
    border-radius: 3px;
    background: #f0f4f5;
    font-family: inherit;
    font-size: 0.875rem;
    white-space: nowrap;
  }
`

/**
 * `<heard-story-page>`: the moderation workbench for one story. Claims the story on opening (and
 * keeps the claim alive), shows its text with the pre-check flags, and lets the moderator redact,
 * choose services, rate criticality, tag, and decide. Alt+Shift shortcuts cover the common path.
 */
export class HeardStoryPage extends PageElement {
  static override styles = [...PageElement.styles, workbenchLayout]
  @property({ attribute: false }) storyId!: string
  @state() story?: WorkbenchStory
  @state() state: 'loading' | 'ready' | 'not-found' | 'failed' = 'loading'
  @state() failure = ''
  @state() claim: ClaimState = 'claiming'
  @state() claimMessage = ''
  @state() tags: Tag[] = []
  @state() reasons: RejectReason[] = []
  @state() editing = false
  @state() editBusy = false
  @state() editError = ''
  @state() deciding = false
  @state() decisionError = ''
  @state() done?: StoryDecision
  private renewTimer?: ReturnType<typeof setInterval>
  private lastUse = 0
  private readonly noteUse = () => (this.lastUse = Date.now())

  override connectedCallback() {
    super.connectedCallback()
    window.addEventListener('keydown', this.onKey)
    for (const type of ['keydown', 'pointerdown', 'input']) this.addEventListener(type, this.noteUse)
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    window.removeEventListener('keydown', this.onKey)
    clearInterval(this.renewTimer)
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('storyId') && this.storyId) void this.open()
  }

  private get editable() {
    return (
      this.claim === 'mine' && !this.done && this.story !== undefined && EDITABLE.includes(this.story.status)
    )
  }

  private get decidable() {
    return this.editable && DECIDABLE.includes(this.story!.status)
  }

  private async open() {
    loadTags().then(
      (t) => (this.tags = t),
      () => undefined,
    )
    loadRejectReasons().then(
      (r) => (this.reasons = r),
      () => undefined,
    )
    this.claim = 'claiming'
    this.done = undefined
    let refused: unknown
    try {
      await claimItem('story', this.storyId)
      this.claim = 'mine'
      this.claimMessage = ''
      this.lastUse = Date.now()
    } catch (e) {
      refused = e
    }
    try {
      this.story = await getStory(this.storyId)
      this.state = 'ready'
    } catch (e) {
      this.state = e instanceof NotFoundError ? 'not-found' : 'failed'
      this.failure = (e as Error).message
      return
    }
    if (refused) {
      // 409 means someone else holds it, or that the story is not open to moderation any more.
      const holder = this.story.claim
      this.claim =
        refused instanceof ConflictError && holder && holder.moderatorId !== session.user?.id
          ? 'other'
          : 'none'
      this.claimMessage = (refused as Error).message
    }
    clearInterval(this.renewTimer)
    if (this.claim === 'mine') this.renewTimer = setInterval(() => void this.renewClaim(), RENEW_MS)
  }

  private async renewClaim() {
    if (this.claim !== 'mine' || this.done || Date.now() - this.lastUse > RENEW_MS) return
    try {
      await claimItem('story', this.storyId)
    } catch (e) {
      if (e instanceof ConflictError) this.loseClaim(e)
    }
  }

  private loseClaim(e: ApiError) {
    this.claim = 'lost'
    this.claimMessage = e.message
    clearInterval(this.renewTimer)
    announce(`Your claim on this story has ended. ${e.message}`)
  }

  private onKey = (e: KeyboardEvent) => {
    const letter = shortcutLetter(e)
    const actions: Record<string, () => void> = {
      P: () => this.decidable && void this.decide({ decision: 'publish' }),
      R: () => this.decidable && void this.panel()?.choose('reject'),
      H: () => this.decidable && void this.panel()?.choose('hold'),
      E: () => this.editable && void this.startEditing(),
      N: () => void this.next(),
    }
    if (!letter || !actions[letter]) return
    e.preventDefault()
    actions[letter]()
  }

  private panel() {
    return this.renderRoot.querySelector<HeardDecisionPanel>('heard-decision-panel') ?? undefined
  }

  private assessment() {
    return this.renderRoot.querySelector<HeardStoryAssessment>('heard-story-assessment') ?? undefined
  }

  private onChanged(e: CustomEvent<{ story: WorkbenchStory }>) {
    this.story = e.detail.story
  }

  private numberedFlags(): (ListedFlag & { field: 'title' | 'body' })[] {
    const flags = [...(this.story?.flags ?? [])].sort((a, b) =>
      a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1,
    )
    const story = this.story
    return flags.map((f, i) => ({
      ...f,
      n: i + 1,
      quote: (f.field === 'title' ? story?.title : story?.body)?.slice(f.start, f.end),
    }))
  }

  private async jumpToFlag(e: CustomEvent<{ flag: ListedFlag }>) {
    const { flag } = e.detail
    const field = flag.field ?? 'body'
    if (this.editing) {
      await this.renderRoot.querySelector('heard-redaction-form')?.select(field, flag.start, flag.end)
      return
    }
    await this.renderRoot
      .querySelector<HeardFlaggedText>(`heard-flagged-text[data-field='${field}']`)
      ?.focusFlag(flag.n)
  }

  private async startEditing() {
    this.editing = true
    this.editError = ''
    await this.updateComplete
    await this.renderRoot.querySelector<HeardRedactionForm>('heard-redaction-form')?.focusFirst()
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
      this.story = await patchStory(this.storyId, { ...e.detail.changes, reason: e.detail.reason })
      this.editing = false
      announce('Changes saved. The differences from the author’s words are shown under “Changes”.')
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#changes-title')?.focus()
    } catch (err) {
      if (err instanceof ConflictError) this.loseClaim(err)
      this.editError = (err as Error).message
    } finally {
      this.editBusy = false
    }
  }

  private async decide(detail: Decision) {
    const assessment = this.assessment()
    if (!this.story || !assessment) return
    if (this.editing) {
      // Deciding now would leave the text as it was saved: a redaction in progress must not be lost.
      const form = this.renderRoot.querySelector('heard-redaction-form')
      await this.panel()?.showErrors([
        {
          field: 'edit-title',
          message: 'Save or cancel your changes to the text first',
          focus: () => void form?.focusFirst(),
        },
      ])
      return
    }
    if ((detail.decision === 'publish' || detail.decision === 'hold') && assessment.criticality === null) {
      const message = `Choose how critical the story is before ${detail.decision === 'publish' ? 'publishing' : 'holding'} it`
      assessment.error = message
      await this.panel()?.showErrors([
        { field: 'criticality-0', message, focus: () => void assessment.requireCriticality(message) },
      ])
      return
    }
    this.deciding = true
    this.decisionError = ''
    await this.updateComplete
    try {
      await assessment.save()
      this.story = await decideStory(this.storyId, detail)
      if (detail.decision === 'escalate') {
        announce('Escalated as a safeguarding concern. The story stays in review.')
      } else {
        this.done = detail.decision
        this.editing = false
        clearInterval(this.renewTimer)
        announce(DONE_TEXT[detail.decision])
        await this.updateComplete
        this.renderRoot.querySelector<HTMLElement>('#done')?.focus()
      }
    } catch (err) {
      if (err instanceof ConflictError) this.loseClaim(err)
      this.decisionError = (err as Error).message
    } finally {
      this.deciding = false
    }
  }

  private async next() {
    if (!this.done && this.claim === 'mine') await releaseItem('story', this.storyId).catch(() => undefined)
    try {
      const item = await claimNext(session.user?.id, this.storyId)
      if (item) navigate(workbenchHref(item.kind, item.id))
      else navigate(href('/moderation'), { notice: 'Nothing else is waiting: the queue is empty.' })
    } catch (e) {
      announce(`Could not open the next item. ${(e as Error).message}`)
    }
  }

  private async release() {
    await releaseItem('story', this.storyId).catch(() => undefined)
    navigate(href('/moderation'), { notice: 'You released the story. It is back in the queue.' })
  }

  private renderBanner() {
    const story = this.story
    if (this.claim === 'other') {
      return html`<div class="warning-callout" role="alert">
        <h2 class="visually-hidden">Important</h2>
        <p><strong>Someone else is working on this story.</strong> You can read it but not change it.</p>
        ${this.claimMessage ? html`<p>${this.claimMessage}</p>` : nothing}
        ${
          story?.claim
            ? html`<p>${story.claim.moderatorName} has it until ${formatTime(story.claim.expiresAt)}.</p>`
            : nothing
        }
        <div class="button-group">
          <button class="button secondary" type="button" @click=${() => this.open()}>Try again</button>
          <a href=${href('/moderation')}>Back to the queue</a>
        </div>
      </div>`
    }
    if (this.claim === 'lost') {
      return html`<div class="warning-callout" role="alert">
        <h2 class="visually-hidden">Important</h2>
        <p><strong>Your claim on this story has ended</strong>, so your changes can no longer be saved.</p>
        <p>${this.claimMessage}</p>
        <div class="button-group">
          <button class="button secondary" type="button" @click=${() => this.open()}>Claim it again</button>
          <a href=${href('/moderation')}>Back to the queue</a>
        </div>
      </div>`
    }
    if (!story || this.done) return nothing
    if (this.claim === 'none' && this.claimMessage) {
      return EDITABLE.includes(story.status)
        ? html`<div class="warning-callout" role="alert">
            <p><strong>The story could not be claimed.</strong> ${this.claimMessage}</p>
            <button class="button secondary" type="button" @click=${() => this.open()}>Try again</button>
          </div>`
        : html`<div class="inset">
            <p>
              This story is <strong>${statusLabel(story.status).toLowerCase()}</strong>, so there is nothing
              to moderate. It is shown here for reference.
            </p>
          </div>`
    }
    if (story.status === 'published') {
      return html`<div class="inset">
        <p>
          This story is <strong>published</strong>. You can still correct its text, services, criticality and
          tags; corrections show publicly at once.
        </p>
      </div>`
    }
    if (story.status === 'held' && story.heldUntil) {
      return html`<div class="inset">
        <p>
          This story is <strong>held until ${formatDate(story.heldUntil)}</strong>, when it publishes itself.
          You can publish it sooner, change the date or reject it.
        </p>
      </div>`
    }
    if (story?.escalated) {
      return html`<div class="warning-callout">
        <p><strong>Escalated as a safeguarding concern.</strong> See the history for details.</p>
      </div>`
    }
    return nothing
  }

  private renderSummary(story: WorkbenchStory) {
    const waiting = Math.max(0, (Date.now() - Date.parse(story.submittedAt)) / 1000)
    return html`<dl class="summary-list">
      <dt>Status</dt>
      <dd>
        ${statusLabel(story.status)}${story.criticality !== null ? html` · criticality ${story.criticality} ${CRITICALITY_LABELS[story.criticality]}` : nothing}
      </dd>
      <dt>Submitted</dt>
      <dd>
        <time datetime=${story.submittedAt}>${formatDateTime(story.submittedAt)}</time>${
          DECIDABLE.includes(story.status) ? ` (${waitingInWords(waiting)})` : ''
        }
      </dd>
      <dt>Came in by</dt>
      <dd>${routeLabel(story.route)}</dd>
      <dt>Told by</dt>
      <dd>
        ${AUTHOR_ROLE_LABELS[story.authorRole] ?? story.authorRole}${story.ageGroup ? `, aged ${story.ageGroup}` : ''},
        signing as “${story.nickname}”
      </dd>
      <dt>Email address</dt>
      <dd>
        ${story.hasEmail ? 'Given: the author will hear about your decision' : 'Not given: the author will not be told'}
      </dd>
    </dl>`
  }

  private renderText(story: WorkbenchStory) {
    const flags = this.numberedFlags()
    return html`<section aria-labelledby="text-title">
      <div class="section-head">
        <h2 id="text-title">The story</h2>
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
              .fields=${[
                { name: 'title', label: 'Title', value: story.title },
                { name: 'body', label: 'Story', value: story.body, multiline: true },
              ]}
              ?busy=${this.editBusy}
              .serverError=${this.editError}
              @heard-redaction-save=${this.saveText}
              @heard-redaction-cancel=${this.stopEditing}
            ></heard-redaction-form>`
          : html`<div class="text-card">
              <heard-flagged-text
                variant="title"
                data-field="title"
                .text=${story.title}
                .flags=${flags.filter((f) => f.field === 'title')}
              ></heard-flagged-text>
              <heard-flagged-text
                data-field="body"
                .text=${story.body}
                .flags=${flags.filter((f) => f.field === 'body')}
              ></heard-flagged-text>
            </div>`
      }
    </section>`
  }

  private renderDone(story: WorkbenchStory) {
    const decision = this.done
    if (!decision) return nothing
    return html`<div class="banner success" id="done" tabindex="-1">
      <h2>${DONE_TEXT[decision]}</h2>
      ${
        decision === 'publish'
          ? html`<p>It is public now. <a href="/stories/${story.id}">See the public page</a></p>`
          : decision === 'hold' && story.heldUntil
            ? html`<p>
                It publishes itself on ${formatDate(story.heldUntil)} unless someone decides sooner.
              </p>`
            : story.hasEmail
              ? html`<p>The author will be emailed the reason.</p>`
              : nothing
      }
      <div class="button-group">
        <button class="button" type="button" @click=${this.next}>Next item</button>
        <a href=${href('/moderation')}>Back to the queue</a>
      </div>
    </div>`
  }

  private renderSide(story: WorkbenchStory) {
    return html`<div class="side">
      <section class="card" aria-labelledby="decision-title">
        <h2 id="decision-title">Decision</h2>
        ${
          this.done
            ? this.renderDone(story)
            : this.decidable
              ? html`<heard-decision-panel
                  kind="story"
                  noun="story"
                  .reasons=${this.reasons}
                  ?hasEmail=${story.hasEmail}
                  ?busy=${this.deciding}
                  .serverError=${this.decisionError}
                  @heard-decide=${(e: CustomEvent<Decision>) => this.decide(e.detail)}
                ></heard-decision-panel>`
              : html`<p class="secondary">
                  ${
                    this.claim === 'mine'
                      ? `There is nothing to decide: the story is ${statusLabel(story.status).toLowerCase()}.`
                      : 'Only the moderator who has claimed the story can decide on it.'
                  }
                </p>`
        }
      </section>
      <section class="card shortcuts" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          <dt><kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>P</kbd></dt>
          <dd>Publish (saves criticality and tags first)</dd>
          <dt><kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>R</kbd></dt>
          <dd>Reject: choose a reason</dd>
          <dt><kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>H</kbd></dt>
          <dd>Hold until a date</dd>
          <dt><kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>E</kbd></dt>
          <dd>Edit the text</dd>
          <dt><kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>N</kbd></dt>
          <dd>Next item in the queue</dd>
        </dl>
        <p class="small secondary">
          They work when you are not typing in a text box. On a Mac, use Option for Alt.
        </p>
      </section>
      ${
        this.editable
          ? html`<p>
              <button class="link-button" type="button" @click=${this.release}>
                Release the story and go back to the queue
              </button>
            </p>`
          : nothing
      }
    </div>`
  }

  override render() {
    const heading = html`<span class="caption">Moderation</span>
      <h1>Review story</h1>`
    if (this.state === 'not-found') {
      return html`${heading}
        <p>There is no story at this address. It may have been removed.</p>
        <p><a href=${href('/moderation')}>Back to the queue</a></p>`
    }
    if (this.state === 'failed') {
      return html`${heading}
        <div class="banner error" role="alert">
          <p>The story could not be loaded. ${this.failure}</p>
          <button class="button secondary" type="button" @click=${() => this.open()}>Try again</button>
        </div>`
    }
    const story = this.story
    if (!story)
      return html`${heading}
        <p class="loading" role="status">Loading the story…</p>`
    const readonly = !this.editable
    return html`${heading} ${this.renderBanner()}
      <div class="workbench" @heard-story-changed=${this.onChanged}>
        ${this.renderSummary(story)} ${this.renderText(story)}
        <section aria-labelledby="changes-title">
          <h2 id="changes-title" tabindex="-1">Changes from the author’s words</h2>
          <heard-changes
            .texts=${[
              { label: 'Title', before: story.originalTitle, after: story.title },
              { label: 'Story', before: story.originalBody, after: story.body },
            ]}
            .redactions=${story.redactions}
          ></heard-changes>
        </section>
        <section aria-labelledby="services-title">
          <h2 id="services-title">Services</h2>
          <heard-story-services .story=${story} ?readonly=${readonly}></heard-story-services>
        </section>
        <section aria-labelledby="assessment-title">
          <h2 id="assessment-title">Criticality and tags</h2>
          <heard-story-assessment
            .story=${story}
            .tags=${this.tags}
            ?readonly=${readonly}
          ></heard-story-assessment>
        </section>
        ${this.renderSide(story)}
        <section aria-labelledby="history-title">
          <h2 id="history-title">History</h2>
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
