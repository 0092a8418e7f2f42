import { msg } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError } from '../shared/api.ts'
import { formatDateTime } from '../shared/format.ts'
import { shared } from '../shared/styles/shared.ts'
import { WORKFLOW_MESSAGES as M, type AssignableMember, type Note, type Workflow } from './workflow-types.ts'

/**
 * `<heard-story-workflow>`: on a member's story page, who holds the story and its state
 * (assign, take, no response needed with a reason, open again) and the internal notes.
 * Viewers see it all and change nothing.
 */
export class HeardStoryWorkflow extends LitElement {
  static override styles = [
    shared,
    css`
      .workflow {
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 1rem 1.25rem;
        margin: 1.5rem 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: flex-end;
      }
      .row select {
        max-width: 100%;
      }
      .note {
        border-left: 4px solid #aeb7bd;
        padding-left: 1rem;
        margin-bottom: 1rem;
      }
      .note .text {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
    `,
  ]
  /** The subscriber's API base, `/api/portal/subscribers/:id`. */
  @property({ attribute: false }) base = ''
  @property({ attribute: false }) storyId = ''
  @property({ attribute: false }) userId = ''
  @property({ attribute: false }) mayChange = false
  @property({ attribute: false }) workflow?: Workflow
  @state() members: AssignableMember[] = []
  @state() notes: Note[] = []
  @state() error = ''

  private get story() {
    return `${this.base}/stories/${encodeURIComponent(this.storyId)}`
  }

  override connectedCallback() {
    super.connectedCallback()
    void this.load()
  }

  private async load() {
    try {
      const [members, notes] = await Promise.all([
        api.get<{ members: AssignableMember[] }>(`${this.base}/inbox/assignees`),
        api.get<{ notes: Note[] }>(`${this.story}/notes`),
      ])
      this.members = members.members
      this.notes = notes.notes
    } catch (e) {
      this.error = e instanceof ApiError ? e.message : msg('The notes could not be loaded.')
    }
  }

  private async change(action: () => Promise<{ workflow: Workflow }>) {
    this.error = ''
    try {
      this.workflow = (await action()).workflow
      announce(M.saved)
    } catch (e) {
      this.error =
        e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : msg('That did not work. Try again.')
    }
  }

  private assign(e: Event) {
    e.preventDefault()
    const userId = String(new FormData(e.target as HTMLFormElement).get('assignee') ?? '') || null
    return this.change(() => api.put(`${this.story}/assignment`, { userId }))
  }

  private closeWithReason(e: Event) {
    e.preventDefault()
    const reason = String(new FormData(e.target as HTMLFormElement).get('reason') ?? '')
    return this.change(() => api.put(`${this.story}/state`, { state: 'no_response_needed', reason }))
  }

  private async addNote(e: Event) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const body = String(new FormData(form).get('note') ?? '')
    this.error = ''
    try {
      this.notes = [...this.notes, await api.post<Note>(`${this.story}/notes`, { body })]
      form.reset()
      announce(msg('Note added.'))
    } catch (e) {
      this.error =
        e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : msg('The note could not be added.')
    }
  }

  private renderAssign(w: Workflow) {
    if (!this.mayChange) return nothing
    return html`<form class="row" @submit=${this.assign}>
        <div class="form-group">
          <label for="assignee">${M.assignLabel}</label>
          <select id="assignee" name="assignee">
            <option value="">${M.nobody}</option>
            ${this.members.map(
              (m) => html`<option value=${m.id} ?selected=${w.assignee?.id === m.id}>${m.name}</option>`,
            )}
          </select>
        </div>
        <button class="button secondary" type="submit">${M.assignButton}</button>
        ${
          w.assignee?.id === this.userId
            ? nothing
            : html`<button
                class="button secondary"
                type="button"
                @click=${() => this.change(() => api.put(`${this.story}/assignment`, { userId: this.userId }))}
              >
                ${M.takeButton}
              </button>`
        }
      </form>
      ${
        w.state === 'no_response_needed'
          ? html`<button
              class="link-button"
              type="button"
              @click=${() => this.change(() => api.put(`${this.story}/state`, { state: 'open' }))}
            >
              ${M.reopenButton}
            </button>`
          : w.state === 'responded'
            ? nothing
            : html`<details>
                <summary>${M.noResponseTitle}</summary>
                <form @submit=${this.closeWithReason}>
                  <div class="form-group">
                    <label for="reason">${M.reasonLabel}</label>
                    <span class="hint" id="reason-hint">${M.reasonHint}</span>
                    <input
                      id="reason"
                      name="reason"
                      maxlength="500"
                      aria-describedby="reason-hint"
                      required
                    />
                  </div>
                  <button class="button secondary" type="submit">${M.noResponseButton}</button>
                </form>
              </details>`
      }`
  }

  private renderNotes() {
    return html`<h3 id="notes-title">${M.notesTitle}</h3>
      <p class="hint">${M.notesHint}</p>
      ${
        this.notes.length
          ? html`<ol class="plain-list" aria-labelledby="notes-title">
              ${this.notes.map(
                (n) =>
                  html`<li class="note">
                    <p class="secondary small">
                      ${n.authorName}, <time datetime=${n.createdAt}>${formatDateTime(n.createdAt)}</time>
                    </p>
                    <div class="text">${n.body}</div>
                  </li>`,
              )}
            </ol>`
          : html`<p>${M.noNotes}</p>`
      }
      ${
        this.mayChange
          ? html`<form @submit=${this.addNote}>
              <div class="form-group">
                <label for="note">${M.noteLabel}</label>
                <textarea id="note" name="note" rows="3" maxlength="5000" required></textarea>
              </div>
              <button class="button secondary" type="submit">${M.noteButton}</button>
            </form>`
          : nothing
      }`
  }

  override render() {
    const w = this.workflow
    if (!w) return nothing
    return html`<section class="workflow" aria-labelledby="workflow-title">
      <h2 id="workflow-title">${M.workflowTitle}</h2>
      <ul class="meta" id="workflow-state">
        <li><span class="tag ${M.stateTags[w.state]}">${M.states[w.state]}</span></li>
        ${w.overdue ? html`<li><span class="tag red">${M.overdue}</span></li>` : nothing}
        <li>${M.assignLabel}: ${w.assignee?.name ?? M.nobody}</li>
        <li>${M.due} <time datetime=${w.dueAt}>${formatDateTime(w.dueAt)}</time></li>
      </ul>
      ${w.noResponseReason ? html`<p><strong>${M.states.no_response_needed}:</strong> ${w.noResponseReason}</p>` : nothing}
      ${this.error ? html`<div class="banner error" role="alert"><p>${this.error}</p></div>` : nothing}
      ${this.renderAssign(w)} ${this.renderNotes()}
    </section>`
  }
}

if (!customElements.get('heard-story-workflow'))
  customElements.define('heard-story-workflow', HeardStoryWorkflow)

declare global {
  interface HTMLElementTagNameMap {
    'heard-story-workflow': HeardStoryWorkflow
  }
}
