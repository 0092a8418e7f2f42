import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { DIRECTORY_COLUMNS, describeImport, rowErrorsFromIssues, rowsToFix, unlisted } from './admin.ts'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { adminStyles } from './styles.ts'
import type { ImportPlan, RowError } from './types.ts'
import { PageElement } from '../shared/page.ts'
import { inlineError } from '../shared/form-fields.ts'

const BASE = '/api/portal/admin/directory'
const EXAMPLE = `code,name,kind,parent_code,postcode
RXA,Riverside University Hospitals NHS Foundation Trust,organisation,,RV1 2HQ
RXA01,Riverside General Hospital,site,RXA,RV1 4AB
RXA01-ED,Emergency Department,department,RXA01,
RXA01-CDU,Clinical Decision Unit,ward,RXA01-ED,`

type Outcome =
  | { kind: 'ready'; plan: Extract<ImportPlan, { ok: true }> }
  | { kind: 'imported'; plan: Extract<ImportPlan, { ok: true }> }
  | { kind: 'refused'; errors: RowError[]; count: number; stale: boolean }

/**
 * `<heard-admin-directory-page>`: platform admins import the service directory from a CSV file
 * (chosen or pasted). "Check file" says what importing would do, or which rows to fix; "Import"
 * then imports the same text — every row, or none.
 */
export class HeardAdminDirectoryPage extends PageElement {
  static override styles = [
    ...PageElement.styles,
    ...adminStyles,
    css`
      pre {
        white-space: pre;
        overflow-x: auto;
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 0.75rem;
        font-size: 0.875rem;
      }
      code {
        font-size: 0.9375rem;
      }
    `,
  ]
  @state() errors: FieldError[] = []
  /** What the server is doing now, said to the user while they wait. */
  @state() busy: '' | 'checking' | 'importing' = ''
  @state() outcome?: Outcome
  @state() failure = ''
  /** The text that was checked: "Import" sends exactly this. */
  private checked = ''

  private async readInput(): Promise<string> {
    const file = this.renderRoot.querySelector<HTMLInputElement>('#csv-file')?.files?.[0]
    if (file) return file.text()
    return this.renderRoot.querySelector<HTMLTextAreaElement>('#csv-text')?.value ?? ''
  }

  /** A new file or new text makes the last check stale. */
  private inputChanged() {
    if (this.outcome?.kind !== 'imported') this.outcome = undefined
    this.checked = ''
  }

  private async check(e: SubmitEvent) {
    e.preventDefault()
    this.failure = ''
    this.outcome = undefined
    const text = await this.readInput()
    if (!text.trim()) {
      this.errors = [{ field: 'csv-file', message: msg('Choose a CSV file, or paste its contents') }]
      this.setErrorTitle(true)
      return
    }
    this.errors = []
    this.setErrorTitle(false)
    this.busy = 'checking'
    announce(msg('Checking the file…'))
    try {
      const plan = await api.postText<ImportPlan>(`${BASE}/preview`, text, 'text/csv')
      this.checked = text
      this.outcome = plan.ok
        ? { kind: 'ready', plan }
        : { kind: 'refused', errors: plan.errors, count: plan.errorCount, stale: false }
      announce(plan.ok ? msg(str`Ready to import: ${describeImport(plan)}`) : rowsToFix(plan.errorCount))
    } catch (err) {
      this.failure = err instanceof ApiError ? err.message : msg('The file could not be checked. Try again.')
    } finally {
      this.busy = ''
    }
    await this.focusOutcome()
  }

  private async import() {
    const text = this.checked
    if (!text) return
    this.failure = ''
    this.busy = 'importing'
    announce('Importing… this can take a minute for a large file.')
    try {
      const plan = await api.postText<ImportPlan>(`${BASE}/import`, text, 'text/csv')
      if (plan.ok) {
        this.outcome = { kind: 'imported', plan }
        this.checked = ''
        this.renderRoot.querySelector('form')?.reset()
        announce(msg(str`Imported: ${describeImport(plan, true)}`))
      }
    } catch (err) {
      if (err instanceof ValidationError && err.issues.length) {
        // Someone changed the directory since the check: the server refused the whole file.
        this.outcome = {
          kind: 'refused',
          errors: rowErrorsFromIssues(err.issues),
          count: Number(/(\d+) rows/.exec(err.message)?.[1] ?? err.issues.length),
          stale: true,
        }
      } else {
        this.failure =
          err instanceof ApiError ? err.message : msg('The import failed; nothing was imported. Try again.')
      }
    } finally {
      this.busy = ''
    }
    await this.focusOutcome()
  }

  private async focusOutcome() {
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#outcome, #failure')?.focus()
  }

  private renderOutcome() {
    const o = this.outcome
    if (!o) return nothing
    if (o.kind === 'imported') {
      return html`<div class="banner success" id="outcome" tabindex="-1" role="status">
        <h2>${msg('Directory imported')}</h2>
        <p id="counts">${describeImport(o.plan, true)}</p>
      </div>`
    }
    if (o.kind === 'ready') {
      return html`<div class="panel" id="outcome" tabindex="-1" aria-labelledby="ready-title">
        <h2 id="ready-title">${msg('Ready to import')}</h2>
        <p id="counts">${describeImport(o.plan)}</p>
        <p>${msg('Nothing has changed yet.')}</p>
        <button class="button" type="button" ?disabled=${this.busy !== ''} @click=${this.import}>
          ${msg('Import')}
        </button>
      </div>`
    }
    const more = unlisted(o.errors.length, o.count)
    return html`<div
      class="banner error"
      id="outcome"
      tabindex="-1"
      role="alert"
      aria-labelledby="refused-title"
    >
      <h2 id="refused-title">${rowsToFix(o.count)}</h2>
      <p>
        ${
          o.stale
            ? msg(
                'Nothing was imported. The directory changed since the file was checked. Fix these rows and check the file again.',
              )
            : msg('Nothing was imported. Fix these rows and check the file again.')
        }
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Rows to fix')}>
        <table>
          <caption class="visually-hidden">
            ${msg('Rows to fix')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Line')}</th>
              <th scope="col">${msg('Problem')}</th>
            </tr>
          </thead>
          <tbody>
            ${o.errors.map(
              (e) =>
                html`<tr>
                  <td>${e.line || '—'}</td>
                  <td>${e.message}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        more
          ? html`<p>
              ${more === 1 ? msg('1 more row to fix is not listed.') : msg(str`${more} more rows to fix are not listed.`)}
            </p>`
          : nothing
      }
    </div>`
  }

  private renderColumns() {
    return html`<details>
      <summary>${msg('What the file must contain')}</summary>
      <p>
        ${msg('A CSV file, one service a line, with this first line. Quote a field that contains a comma. Rows whose code is already in the directory update that service; the others add new services. Services not in the file are left as they are.')}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Columns')}>
        <table>
          <caption class="visually-hidden">
            ${msg('Columns, in order')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Column')}</th>
              <th scope="col">${msg('What it holds')}</th>
            </tr>
          </thead>
          <tbody>
            ${DIRECTORY_COLUMNS.map(
              (c) =>
                html`<tr>
                  <td><code>${c.name}</code></td>
                  <td>${c.what}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p>${msg('For example:')}</p>
      <pre tabindex="0" aria-label=${msg('An example file')}>${EXAMPLE}</pre>
      <p>
        ${msg('The same file can be imported on the command line:')}
        <code>npm run heard -- directory:import directory.csv</code>
      </p>
    </details>`
  }

  override render() {
    const fileError = this.errors.find((e) => e.field === 'csv-file')?.message
    const busy = this.busy !== ''
    return html`<span class="caption">${msg('Platform admin')}</span>
      <h1>${msg('Service directory')}</h1>
      <p class="lead">${msg('Import organisations, sites, departments and wards from a CSV file.')}</p>
      ${this.renderColumns()}
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <form novalidate @submit=${this.check} @change=${this.inputChanged} @input=${this.inputChanged}>
        <div class="form-group ${fileError ? 'has-error' : ''}">
          <label for="csv-file">${msg('CSV file')}</label>
          <span class="hint" id="csv-file-hint">${msg('Up to 20 MB')}</span>
          ${inlineError('csv-file', fileError)}
          <input
            id="csv-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="csv-file-hint${fileError ? ' csv-file-error' : ''}"
          />
        </div>
        <div class="form-group">
          <label for="csv-text">${msg('Or paste the file’s contents')}</label>
          <span class="hint" id="csv-text-hint">${msg('Used when no file is chosen')}</span>
          <textarea
            id="csv-text"
            name="text"
            rows="8"
            spellcheck="false"
            aria-describedby="csv-text-hint"
          ></textarea>
        </div>
        <button class="button secondary" type="submit" ?disabled=${busy}>${msg('Check file')}</button>
      </form>
      <div aria-live="polite" aria-busy=${busy ? 'true' : 'false'}>
        ${
          busy
            ? html`<p class="loading" id="busy">
                ${this.busy === 'checking' ? msg('Checking the file…') : 'Importing… this can take a minute for a large file.'}
              </p>`
            : nothing
        }
      </div>
      ${
        this.failure
          ? html`<div class="banner error" id="failure" tabindex="-1" role="alert">
              <p>${this.failure}</p>
            </div>`
          : nothing
      }
      ${this.renderOutcome()}`
  }
}

if (!customElements.get('heard-admin-directory-page'))
  customElements.define('heard-admin-directory-page', HeardAdminDirectoryPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-admin-directory-page': HeardAdminDirectoryPage
  }
}
