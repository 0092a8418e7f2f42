import { msg, str } from '@lit/localize'
import { css, html, nothing, type TemplateResult } from 'lit'
import { TaskStatus } from '@lit/task'
import { NotFoundError } from '../shared/api.ts'
import { href } from '../shared/router.ts'
import './heard-flag-list.ts'
import type { ListedFlag } from './heard-flag-list.ts'
import './heard-flagged-text.ts'
import './heard-redaction-form.ts'
import type { RedactionDetail, RedactionField } from './heard-redaction-form.ts'
import type { WorkItem, Workbench } from './workbench.ts'
import { quickBar, type QuickRedaction } from './quick-redaction.ts'
import type { PendingReplacement } from './replacements.ts'
import { KIND_WORDS, type Noun } from './kind-words.ts'
import { type Lang } from '../shared/locale.ts'

/** The parts of a workbench page that the story and the text pages draw alike. */

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
  .quick-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    background: #fff9c4;
    border: 1px solid #d8dde0;
    padding: 0.5rem 1rem;
    margin-bottom: 1rem;
  }
  .quick-bar p,
  .quick-bar .button-group {
    margin-bottom: 0.25rem;
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

export const pageHeading = (title: string) =>
  html`<span class="caption">${msg('Moderation')}</span>
    <h1>${title}</h1>`

export type OpeningTexts = { notFound: string; failed: (message: string) => string; loading: string }

/**
 * The page while its item is not there to work on: loading, gone, or failed to load (with a way
 * to try again). Undefined once the item is loaded.
 */
export function renderOpening<T extends WorkItem>(
  wb: Workbench<T, string>,
  heading: TemplateResult,
  texts: OpeningTexts,
) {
  const error = wb.opening.status === TaskStatus.ERROR ? (wb.opening.error as Error) : undefined
  if (error instanceof NotFoundError) {
    return html`${heading}
      <p>${texts.notFound}</p>
      <p><a href=${href('/moderation')}>${msg('Back to the queue')}</a></p>`
  }
  if (error) {
    return html`${heading}
      <div class="banner error" role="alert">
        <p>${texts.failed(error.message)}</p>
        <button class="button secondary" type="button" @click=${() => wb.opening.run()}>
          ${msg('Try again')}
        </button>
      </div>`
  }
  if (!wb.item)
    return html`${heading}
      <p class="loading" role="status">${texts.loading}</p>`
  return undefined
}

/** The banner when the moderator's claim ended while they worked (it lapsed, or was taken). */
export const lostClaimBanner = (kind: Noun, message: string, claimAgain: () => unknown) =>
  html`<div class="warning-callout" role="alert">
    <h2 class="visually-hidden">${msg('Important')}</h2>
    <p>
      <strong>${KIND_WORDS[kind].claimEnded()}</strong>${msg(', so your changes can no longer be saved.')}
    </p>
    <p>${message}</p>
    <div class="button-group">
      <button class="button secondary" type="button" @click=${claimAgain}>${msg('Claim it again')}</button>
      <a href=${href('/moderation')}>${msg('Back to the queue')}</a>
    </div>
  </div>`

/**
 * "The story" / "The response": the text with its flags, or, while editing, the redaction form
 * for `fields`. `save` carries an edit out.
 */
export function renderTextSection<T extends WorkItem>(
  wb: Workbench<T, string>,
  options: {
    heading: string
    editable: boolean
    fields: RedactionField[]
    flags: ListedFlag[]
    save: (e: CustomEvent<RedactionDetail>) => unknown
    /** One-click replacements from the flags (stories only). */
    quick?: QuickRedaction
    /** The language the text is written in (a story's; replacements are offered in it). */
    lang?: Lang
  },
) {
  const { flags, quick } = options
  const offering = !!quick && options.editable && !wb.editing
  const handEditable = options.editable && !wb.editing && !quick?.pending.length
  return html`<section aria-labelledby="text-title">
    <div class="section-head">
      <h2 id="text-title">${options.heading}</h2>
      ${
        handEditable
          ? html`<button
              id="edit-text"
              class="button secondary small"
              type="button"
              @click=${() => wb.startEditing()}
            >
              ${msg('Edit the text')}
            </button>`
          : nothing
      }
    </div>
    <h3>${msg(str`Pre-check flags (${flags.length})`)}</h3>
    ${offering ? quickBar(quick) : nothing}
    <heard-flag-list
      .textLang=${options.lang ?? 'en'}
      .flags=${flags}
      ?offers=${offering}
      .pending=${quick?.pending ?? []}
      @heard-flag-jump=${(e: CustomEvent<{ flag: ListedFlag }>) => wb.jumpTo(e.detail.flag)}
      @heard-flag-replace=${(e: CustomEvent<{ pending: PendingReplacement }>) => quick?.replace(e.detail.pending)}
      @heard-flag-undo=${(e: CustomEvent<{ key: string }>) => quick?.undo(e.detail.key)}
    ></heard-flag-list>
    ${
      wb.editing
        ? html`<heard-redaction-form
            .fields=${options.fields}
            ?busy=${wb.editBusy}
            .serverError=${wb.editError}
            @heard-redaction-save=${options.save}
            @heard-redaction-cancel=${() => wb.stopEditing()}
          ></heard-redaction-form>`
        : html`<div class="text-card" lang=${options.lang ?? nothing}>
            ${options.fields.map(
              (f) =>
                html`<heard-flagged-text
                  variant=${f.name === 'title' ? 'title' : nothing}
                  data-field=${f.name}
                  .text=${f.value}
                  .flags=${flags.filter((flag) => flag.field === f.name)}
                ></heard-flagged-text>`,
            )}
          </div>`
    }
  </section>`
}

/** The outcome of a decision, focused when shown, with the way on to the next item. */
export const doneBanner = <T extends WorkItem>(wb: Workbench<T, string>, title: string, detail: unknown) =>
  html`<div class="banner success" id="done" tabindex="-1">
    <h2>${title}</h2>
    ${detail}
    <div class="button-group">
      <button class="button" type="button" @click=${() => wb.next()}>${msg('Next item')}</button>
      <a href=${href('/moderation')}>${msg('Back to the queue')}</a>
    </div>
  </div>`

/** The card listing the page's Alt+Shift shortcuts: `[letter, what it does]`. */
export const shortcutsCard = (keys: [string, string][], note: unknown = nothing) =>
  html`<section class="card shortcuts" aria-labelledby="shortcuts-title">
    <h2 id="shortcuts-title">${msg('Keyboard shortcuts')}</h2>
    <dl>
      ${keys.map(
        ([letter, what]) =>
          html`<dt><kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>${letter}</kbd></dt>
            <dd>${what}</dd>`,
      )}
    </dl>
    ${note}
  </section>`
