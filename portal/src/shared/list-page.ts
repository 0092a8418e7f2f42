import { msg } from '@lit/localize'
import { Task, TaskStatus } from '@lit/task'
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit'

/**
 * What the filtered, paged list pages (the inbox, the moderation queue) share: filters beside the
 * results, a summary line, an empty state, the paging links, and the page of results loaded
 * whenever the URL's query changes.
 */

/** The filter panel beside the results, the summary and the paging; `--filters-width` sets the filter column. */
export const listStyles = css`
  .layout {
    --layout-columns: var(--filters-width, 18rem) minmax(0, 1fr);
  }
  .filters {
    background: #fff;
    border: 1px solid #d8dde0;
    padding: 1.25rem;
  }
  .filters h2 {
    font-size: 1.1875rem;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: 1rem;
  }
  .summary p {
    margin: 0;
  }
  .paging {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
  }
`

/** A host whose `query` (the URL's search parameters) says which page of the list to show. */
export type QueryHost = ReactiveControllerHost & HTMLElement & { query: URLSearchParams }

/**
 * Loads the list for the host's `query`, again whenever it changes; an earlier request still
 * running is aborted. The last page loaded stays in `value` while the next one loads.
 */
export function queryTask<T>(
  host: QueryHost,
  load: (query: URLSearchParams, signal: AbortSignal) => Promise<T>,
  onComplete?: (value: T) => void,
) {
  return new Task(host, {
    task: ([query], { signal }) => load(query, signal),
    args: () => [host.query] as const,
    onComplete,
  })
}

/** The value `query` holds for `name`, trimmed; empty when it has none. */
export const queryValue = (query: URLSearchParams, name: string) => query.get(name)?.trim() ?? ''

/** The query's values for `names`, leaving out the empty ones (for links that keep the filters). */
export function queryValues(query: URLSearchParams, names: readonly string[]) {
  const values: Record<string, string | undefined> = {}
  for (const name of names) values[name] = queryValue(query, name) || undefined
  return values
}

/** The filter panel: a titled section beside the results. */
export const filterPanel = (title: string, content: unknown) =>
  html`<section class="filters" aria-labelledby="filters-title">
    <h2 id="filters-title">${title}</h2>
    ${content}
  </section>`

/** The filters and the results side by side; the results say when `task` is replacing them. */
export const listLayout = (
  filters: unknown,
  resultsTitle: string,
  task: Task<never, unknown>,
  results: unknown,
) =>
  html`<div class="layout">
    ${filters}
    <section
      aria-labelledby="results-title"
      aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}
    >
      <h2 id="results-title" class="visually-hidden">${resultsTitle}</h2>
      ${results}
    </section>
  </div>`

/** What an empty list says: with filters, a way back to everything; without, what will come. */
export const emptyList = (filtered: boolean, clear: { href: string; text: string }, waiting: string) =>
  html`<div class="panel">
    <p>${filtered ? msg(html`Try fewer filters, or <a href=${clear.href}>${clear.text}</a>.`) : waiting}</p>
  </div>`

export type Paging = {
  /** What the navigation is called, e.g. "Pages of stories". */
  label: string
  /** The link back to the first page, when this is not it. */
  first?: { href: string; text: string }
  /** The link to the next page, when there is one; `hidden` is read out after `text`. */
  next?: { href: string; text: string; hidden: string }
}

/** The links to the first and next pages; nothing when the list fits on one. */
export function paging({ label, first, next }: Paging): TemplateResult | typeof nothing {
  if (!first && !next) return nothing
  return html`<nav class="paging" aria-label=${label}>
    ${first ? html`<a href=${first.href}>${first.text}</a>` : nothing}
    ${
      next
        ? html`<a href=${next.href}>${next.text}<span class="visually-hidden">${next.hidden}</span></a>`
        : nothing
    }
  </nav>`
}
