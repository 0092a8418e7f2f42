import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { Task, TaskStatus } from '@lit/task'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import '../shared/heard-error-summary.ts'
import type { FieldError, HeardErrorSummary } from '../shared/heard-error-summary.ts'
import { formGroup } from './form-group.ts'
import { PageElement } from '../shared/page.ts'

export type RejectReason = { id: string; label: string; text: string; position: number; retired: boolean }

/** The page's user-facing words, together for translation. */
const M = {
  get caption() {
    return msg('Moderation')
  },
  get title() {
    return msg('Reject reasons')
  },
  get lead() {
    return msg(
      'The reasons moderators choose from when they reject a story, a response or a reply. The text is emailed to the author. A retired reason stays on past decisions but is not offered again.',
    )
  },
  get loading() {
    return msg('Loading the reasons…')
  },
  get loadFailed() {
    return msg('The reasons could not be loaded.')
  },
  get tryAgain() {
    return msg('Try again')
  },
  get add() {
    return msg('Add a reason')
  },
  get label() {
    return msg('Name')
  },
  get labelHint() {
    return msg('Shown to moderators in the list, up to 80 characters.')
  },
  get text() {
    return msg('Text sent to the author')
  },
  get textHint() {
    return msg('Up to 2,000 characters.')
  },
  get needLabel() {
    return msg('Enter a name for the reason')
  },
  get longLabel() {
    return msg('The name must be 80 characters or fewer')
  },
  get needText() {
    return msg('Enter the text sent to the author')
  },
  get longText() {
    return msg('The text must be 2,000 characters or fewer')
  },
  get none() {
    return msg('There are no reasons yet.')
  },
}

const BASE = '/api/portal/moderation/reject-reasons'

/**
 * `<heard-reject-reasons-page>`: the reject reason templates for moderators — list in order, add,
 * change, move up or down, retire and bring back.
 */
export class HeardRejectReasonsPage extends PageElement {
  static override styles = [
    ...PageElement.styles,
    css`
      .lead,
      .add {
        max-width: 48rem;
      }
      .reasons {
        margin: 0 0 2.5rem;
        padding: 0;
        list-style: none;
        background: #fff;
        border: 1px solid #d8dde0;
      }
      .reasons > li {
        padding: 0.75rem 1rem;
        border-bottom: 1px solid #d8dde0;
      }
      .reasons > li:last-child {
        border-bottom: 0;
      }
      .reason-text {
        margin: 0.25rem 0 0.5rem;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
      }
      .retired strong {
        color: #4c6272;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      input[type='text'] {
        max-width: 100%;
        box-sizing: border-box;
      }
      .edit {
        margin-top: 0.75rem;
        padding-top: 0.75rem;
        border-top: 1px dashed #aeb7bd;
      }
    `,
  ]
  private readonly reasons = new Task(this, {
    task: async (_args, { signal }) =>
      (await api.get<{ reasons: RejectReason[] }>(`${BASE}?retired=include`, { signal })).reasons,
    args: () => [],
  })
  @state() editing?: string
  @state() rowErrors: FieldError[] = []
  @state() addErrors: FieldError[] = []
  @state() busy = false

  private el<T extends HTMLElement>(id: string) {
    return this.renderRoot.querySelector<T>(`#${id}`)
  }

  private value(id: string) {
    return (this.el<HTMLInputElement>(id)?.value ?? '').trim()
  }

  /** The errors for a label and a text typed into fields `<prefix>-label` and `<prefix>-text`. */
  private check(prefix: string) {
    const label = this.value(`${prefix}-label`)
    const text = this.value(`${prefix}-text`)
    const errors: FieldError[] = []
    if (!label) errors.push({ field: `${prefix}-label`, message: M.needLabel })
    else if (label.length > 80) errors.push({ field: `${prefix}-label`, message: M.longLabel })
    if (!text) errors.push({ field: `${prefix}-text`, message: M.needText })
    else if (text.length > 2000) errors.push({ field: `${prefix}-text`, message: M.longText })
    return { label, text, errors }
  }

  private fromApi(prefix: string, err: unknown): FieldError[] {
    if (err instanceof ValidationError && err.issues.length)
      return err.issues.map((i) => ({
        field: `${prefix}-${i.path === 'text' ? 'text' : 'label'}`,
        message: i.message,
      }))
    return [{ field: `${prefix}-label`, message: (err as Error).message }]
  }

  private async startEdit(id: string) {
    this.editing = id
    this.rowErrors = []
    await this.updateComplete
    this.el('edit-label')?.focus()
  }

  private async stopEdit(focusId?: string) {
    this.editing = undefined
    this.rowErrors = []
    await this.updateComplete
    if (focusId) this.el(focusId)?.focus()
  }

  private async change(r: RejectReason, patch: Partial<RejectReason>, message: string, focusId: string) {
    this.busy = true
    try {
      await api.patch(`${BASE}/${encodeURIComponent(r.id)}`, patch)
      await this.reasons.run()
      announce(message)
      await this.stopEdit(focusId)
    } catch (err) {
      if (this.editing === r.id) this.rowErrors = this.fromApi('edit', err)
      else announce((err as Error).message)
    } finally {
      this.busy = false
    }
  }

  private async saveEdit(e: Event, r: RejectReason) {
    e.preventDefault()
    const { label, text, errors } = this.check('edit')
    this.rowErrors = errors
    if (errors.length) {
      await this.updateComplete
      return this.el(errors[0].field)?.focus()
    }
    await this.change(r, { label, text }, msg(str`Saved “${label}”`), `change-${r.id}`)
  }

  /** Swaps a reason with its neighbour by giving each the other's position. */
  private async move(list: RejectReason[], index: number, by: -1 | 1) {
    const r = list[index]
    const other = list[index + by]
    if (!r || !other) return
    this.busy = true
    try {
      const [a, b] = r.position === other.position ? [index + by, index] : [other.position, r.position]
      await api.patch(`${BASE}/${encodeURIComponent(r.id)}`, { position: a })
      await api.patch(`${BASE}/${encodeURIComponent(other.id)}`, { position: b })
      await this.reasons.run()
      announce(by < 0 ? msg(str`Moved “${r.label}” up`) : msg(str`Moved “${r.label}” down`))
      await this.updateComplete
      const stay = this.el(`${by < 0 ? 'up' : 'down'}-${r.id}`)
      ;(stay && !stay.hasAttribute('disabled') ? stay : this.el(`change-${r.id}`))?.focus()
    } catch (err) {
      announce((err as Error).message)
    } finally {
      this.busy = false
    }
  }

  private async add(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const { label, text, errors } = this.check('add')
    if (!errors.length) {
      this.busy = true
      try {
        await api.post(BASE, { label, text })
        await this.reasons.run()
        form.reset()
        this.addErrors = []
        this.setErrorTitle(false)
        announce(msg(str`Added “${label}”`))
        this.el('add-label')?.focus()
        return
      } catch (err) {
        errors.push(...this.fromApi('add', err))
      } finally {
        this.busy = false
      }
    }
    this.addErrors = errors
    this.setErrorTitle(true)
    await this.renderRoot.querySelector<HeardErrorSummary>('#add-errors')?.focus()
  }

  private fields(errors: FieldError[], prefix: string, r?: RejectReason) {
    return html`${formGroup(
      errors,
      `${prefix}-label`,
      M.label,
      M.labelHint,
      (d) =>
        html`<input
          class="input-width-20"
          id="${prefix}-label"
          type="text"
          maxlength="80"
          .value=${r?.label ?? ''}
          aria-describedby=${d}
        />`,
    )}
    ${formGroup(
      errors,
      `${prefix}-text`,
      M.text,
      M.textHint,
      (d) =>
        html`<textarea
          id="${prefix}-text"
          rows="4"
          .value=${r?.text ?? ''}
          aria-describedby=${d}
        ></textarea>`,
    )}`
  }

  private renderReason(list: RejectReason[], r: RejectReason, i: number) {
    const editing = this.editing === r.id
    const actions = html`<span class="actions">
      <button class="link-button" id="change-${r.id}" type="button" @click=${() => this.startEdit(r.id)}>
        ${msg('Change')}<span class="visually-hidden"> ${r.label}</span>
      </button>
      <button
        class="link-button"
        id="up-${r.id}"
        type="button"
        ?disabled=${this.busy || i === 0}
        @click=${() => this.move(list, i, -1)}
      >
        ${msg('Move up')}<span class="visually-hidden"> ${r.label}</span>
      </button>
      <button
        class="link-button"
        id="down-${r.id}"
        type="button"
        ?disabled=${this.busy || i === list.length - 1}
        @click=${() => this.move(list, i, 1)}
      >
        ${msg('Move down')}<span class="visually-hidden"> ${r.label}</span>
      </button>
      <button
        class="link-button"
        id="retire-${r.id}"
        type="button"
        ?disabled=${this.busy}
        @click=${() =>
          this.change(
            r,
            { retired: !r.retired },
            r.retired ? msg(str`“${r.label}” can be chosen again`) : msg(str`Retired “${r.label}”`),
            `retire-${r.id}`,
          )}
      >
        ${r.retired ? msg('Bring back') : msg('Retire')}<span class="visually-hidden"> ${r.label}</span>
      </button>
    </span>`
    return html`<li class=${r.retired ? 'retired' : ''}>
      <strong>${r.label}</strong> ${r.retired ? html`<span class="tag">${msg('Retired')}</span>` : nothing}
      <p class="reason-text">${r.text}</p>
      ${
        editing
          ? html`<form
              class="edit"
              novalidate
              aria-label=${msg(str`Change ${r.label}`)}
              @submit=${(e: Event) => this.saveEdit(e, r)}
            >
              ${this.fields(this.rowErrors, 'edit', r)}
              <div class="button-group">
                <button class="button small" type="submit" ?disabled=${this.busy}>${msg('Save')}</button>
                <button class="link-button" type="button" @click=${() => this.stopEdit(`change-${r.id}`)}>
                  ${msg('Cancel')}
                </button>
              </div>
            </form>`
          : actions
      }
    </li>`
  }

  override render() {
    const heading = html`<span class="caption">${M.caption}</span>
      <h1>${M.title}</h1>
      <p class="lead">${M.lead}</p>`
    if (this.reasons.status === TaskStatus.ERROR) {
      const e = this.reasons.error
      return html`${heading}
        <div class="banner error" role="alert">
          <p>${e instanceof ApiError ? e.message : M.loadFailed}</p>
          <button class="button secondary" type="button" @click=${() => this.reasons.run()}>
            ${M.tryAgain}
          </button>
        </div>`
    }
    const list = this.reasons.value
    if (!list)
      return html`${heading}
        <p class="loading" role="status">${M.loading}</p>`
    return html`${heading}
      ${
        list.length
          ? html`<ol class="reasons" aria-label=${M.title}>
              ${list.map((r, i) => this.renderReason(list, r, i))}
            </ol>`
          : html`<p>${M.none}</p>`
      }
      <section class="add" aria-labelledby="add-title">
        <h2 id="add-title">${M.add}</h2>
        <heard-error-summary id="add-errors" .errors=${this.addErrors}></heard-error-summary>
        <form novalidate @submit=${this.add}>
          ${this.fields(this.addErrors, 'add')}
          <button class="button" type="submit" ?disabled=${this.busy}>${M.add}</button>
        </form>
      </section>`
  }
}

if (!customElements.get('heard-reject-reasons-page'))
  customElements.define('heard-reject-reasons-page', HeardRejectReasonsPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-reject-reasons-page': HeardRejectReasonsPage
  }
}
