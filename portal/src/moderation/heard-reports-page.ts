import { msg } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import { href } from '../shared/router.ts'
import { PageElement } from '../shared/page.ts'
import { queryTask, queryValue } from '../shared/list-page.ts'
import type { ModerationReport, ReportList, ReportStatus } from './report-types.ts'

/** The page's words, together so that Welsh can be added beside them. */
const T = {
  get caption() {
    return msg('Moderation')
  },
  get title() {
    return msg('Readers’ reports')
  },
  get lead() {
    return msg(
      'Readers report published stories they think break the rules. Dismiss a report, or hide the story with a reason every reader will see on its page. Hidden stories leave every feed and widget at once.',
    )
  },
  tabs: {
    get open() {
      return msg('Open')
    },
    get hidden() {
      return msg('Hidden stories')
    },
    get dismissed() {
      return msg('Dismissed')
    },
  } as Record<ReportStatus, string>,
  none: {
    get open() {
      return msg('No reports are waiting.')
    },
    get hidden() {
      return msg('No story is hidden.')
    },
    get dismissed() {
      return msg('No report has been dismissed.')
    },
  },
  reasons: {
    get identifies_someone() {
      return msg('Identifies someone')
    },
    get offensive() {
      return msg('Offensive')
    },
    get not_real() {
      return msg('Not a real experience')
    },
    get defamatory() {
      return msg('Defamatory')
    },
    get other() {
      return msg('Other')
    },
  } as Record<string, string>,
  get reported() {
    return msg('Reported')
  },
  get details() {
    return msg('Details')
  },
  get email() {
    return msg('Reporter’s email')
  },
  get others() {
    return msg('open reports about this story')
  },
  get publicReason() {
    return msg('Reason readers will see')
  },
  get publicReasonHint() {
    return msg('At least 10 characters. Do not repeat what identifies anyone.')
  },
  get unhideReason() {
    return msg('Why it is shown again')
  },
  get hide() {
    return msg('Hide the story')
  },
  get dismiss() {
    return msg('Dismiss the report')
  },
  get unhide() {
    return msg('Show the story again')
  },
  get readStory() {
    return msg('Read the story')
  },
  get hiddenBecause() {
    return msg('Hidden because:')
  },
  get loadFailed() {
    return msg('The reports could not be loaded.')
  },
  get retry() {
    return msg('Try again')
  },
  get loading() {
    return msg('Loading the reports…')
  },
  get hidden() {
    return msg('The story is hidden')
  },
  get dismissed() {
    return msg('Report dismissed')
  },
  get shown() {
    return msg('The story is shown again')
  },
}

const STATUSES: ReportStatus[] = ['open', 'hidden', 'dismissed']

/** `<heard-reports-page>`: readers' reports of published stories, their own list beside the queue. */
export class HeardReportsPage extends PageElement {
  static override styles = [
    ...PageElement.styles,
    css`
      .reports {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .reports > li {
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 1rem;
        margin: 0 0 1rem;
      }
      .tabs ul {
        display: flex;
        flex-wrap: wrap;
        gap: 1.5rem;
        list-style: none;
        padding: 0;
      }
      .tabs a[aria-current='page'] {
        font-weight: 700;
        text-decoration: none;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .decide {
        border-top: 1px dashed #aeb7bd;
        margin-top: 0.75rem;
        padding-top: 0.5rem;
      }
    `,
  ]

  @property({ attribute: false }) query = new URLSearchParams()
  @state() errors: Record<string, string> = {}
  @state() busy = false

  private readonly reports = queryTask(this, (query, signal) =>
    api.get<ReportList>(`/api/portal/moderation/reports?status=${this.status(query)}`, { signal }),
  )

  private status(query = this.query): ReportStatus {
    const s = queryValue(query, 'status') as ReportStatus
    return STATUSES.includes(s) ? s : 'open'
  }

  private text(id: string) {
    return (this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`)?.value ?? '').trim()
  }

  private async act(key: string, call: () => Promise<unknown>, done: string) {
    this.busy = true
    try {
      await call()
      this.errors = {}
      announce(done)
      await this.reports.run()
    } catch (e) {
      const message =
        e instanceof ValidationError && e.issues.length ? e.issues[0]!.message : (e as Error).message
      this.errors = { [key]: message }
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>(`#${key}`)?.focus()
    } finally {
      this.busy = false
    }
  }

  private hide(r: ModerationReport) {
    const id = `reason-${r.id}`
    return this.act(
      id,
      () =>
        api.post(`/api/portal/moderation/reports/${r.id}/decision`, {
          decision: 'hide',
          publicReason: this.text(id),
        }),
      T.hidden,
    )
  }

  private dismiss(r: ModerationReport) {
    return this.act(
      `reason-${r.id}`,
      () => api.post(`/api/portal/moderation/reports/${r.id}/decision`, { decision: 'dismiss' }),
      T.dismissed,
    )
  }

  private unhide(r: ModerationReport) {
    const id = `unhide-${r.id}`
    return this.act(
      id,
      () => api.post(`/api/portal/moderation/stories/${r.storyId}/unhide`, { reason: this.text(id) }),
      T.shown,
    )
  }

  private field(id: string, label: string, hint?: string) {
    const error = this.errors[id]
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
    return html`<div class="form-group ${error ? 'has-error' : ''}">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${
        error
          ? html`<p class="error-message" id="${id}-error">
              <span class="visually-hidden">${msg('Error:')}</span> ${error}
            </p>`
          : nothing
      }
      <textarea id=${id} rows="2" aria-describedby=${described || nothing}></textarea>
    </div>`
  }

  private renderReport(r: ModerationReport) {
    const status = this.status()
    return html`<li>
      <h2 class="heading-s">
        <a href="/stories/${r.storyId}">${r.storyTitle}</a>
      </h2>
      <dl>
        <dt>${T.reported}</dt>
        <dd>
          <span class="tag ${r.reason === 'identifies_someone' || r.reason === 'defamatory' ? 'red' : ''}"
            >${T.reasons[r.reason]}</span
          >
          <time datetime=${r.createdAt}>${new Date(r.createdAt).toLocaleString('en-GB')}</time>
        </dd>
        ${
          r.details
            ? html`<dt>${T.details}</dt>
                <dd>${r.details}</dd>`
            : nothing
        }
        ${
          r.email
            ? html`<dt>${T.email}</dt>
                <dd>${r.email}</dd>`
            : nothing
        }
        ${
          status === 'open' && r.openReports > 1
            ? html`<dt>${r.openReports}</dt>
                <dd>${T.others}</dd>`
            : nothing
        }
        ${
          r.hiddenReason
            ? html`<dt>${T.hiddenBecause}</dt>
                <dd>${r.hiddenReason}</dd>`
            : nothing
        }
      </dl>
      ${
        status === 'open'
          ? html`<div class="decide">
              ${this.field(`reason-${r.id}`, T.publicReason, T.publicReasonHint)}
              <div class="button-group">
                <button
                  class="button warning"
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() => this.hide(r)}
                >
                  ${T.hide}<span class="visually-hidden">: ${r.storyTitle}</span>
                </button>
                <button
                  class="button secondary"
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() => this.dismiss(r)}
                >
                  ${T.dismiss}<span class="visually-hidden">: ${r.storyTitle}</span>
                </button>
              </div>
            </div>`
          : status === 'hidden' && r.storyStatus === 'hidden'
            ? html`<div class="decide">
                ${this.field(`unhide-${r.id}`, T.unhideReason)}
                <button
                  class="button secondary"
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() => this.unhide(r)}
                >
                  ${T.unhide}<span class="visually-hidden">: ${r.storyTitle}</span>
                </button>
              </div>`
            : nothing
      }
    </li>`
  }

  override render() {
    const status = this.status()
    const list = this.reports.value
    const heading = html`<span class="caption">${T.caption}</span>
      <h1>${T.title}</h1>
      <p class="lead">${T.lead}</p>
      <nav class="tabs" aria-label=${msg('Reports')}>
        <ul>
          ${STATUSES.map(
            (s) =>
              html`<li>
                <a
                  href=${href('/moderation/reports', { status: s === 'open' ? undefined : s })}
                  aria-current=${s === status ? 'page' : nothing}
                  >${T.tabs[s]}${s === 'open' && list ? ` (${list.open})` : ''}</a
                >
              </li>`,
          )}
        </ul>
      </nav>`
    if (this.reports.error) {
      const e = this.reports.error
      return html`${heading}
        <div class="banner error" role="alert">
          <p>${e instanceof ApiError ? e.message : T.loadFailed}</p>
          <button class="button secondary" type="button" @click=${() => this.reports.run()}>
            ${T.retry}
          </button>
        </div>`
    }
    if (!list)
      return html`${heading}
        <p class="loading" role="status">${T.loading}</p>`
    return html`${heading}
    ${
      list.items.length
        ? html`<ul class="reports">
            ${repeat(
              list.items,
              (r) => r.id,
              (r) => this.renderReport(r),
            )}
          </ul>`
        : html`<p>${T.none[status]}</p>`
    }`
  }
}

if (!customElements.get('heard-reports-page')) customElements.define('heard-reports-page', HeardReportsPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-reports-page': HeardReportsPage
  }
}
