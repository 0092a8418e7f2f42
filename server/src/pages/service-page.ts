import { html } from 'hono/html'
import { layout, type Html } from '../html/layout.ts'
import type { ServiceNode } from '../services/queries.ts'
import type { Tag } from '../stories/schemas.ts'
import { filterForm, SERVICE, serviceStoryItem, tellButton } from './service-parts.ts'
import type { ServiceStoryRow, StoryFilters } from './service-queries.ts'

export interface ServicePageInput {
  node: ServiceNode
  stories: ServiceStoryRow[]
  /** True on every page after the first, and with filters: those are not indexed. */
  paged: boolean
  next?: string
  first?: string
  base: string
  filters: StoryFilters
  tags: Tag[]
  filterError?: string
  /** The summary figures (services/stats.ts), drawn by the caller. */
  figures?: Html | ''
}

/** A service in its tree, its figures, and one page of its published stories, newest first. */
export function servicePage(p: ServicePageInput) {
  const { node, stories, paged, next, base, filters } = p
  const filtered = Boolean(filters.tag || filters.responded || filters.months)
  return layout(
    {
      title: `${p.filterError ? 'Error: ' : ''}Stories about ${node.name} | Heard`,
      description: `Published stories from patients, carers and relatives about ${node.name}, and the responses to them.`,
      canonical: `${base}/services/${node.id}`,
      head: html`${paged || filtered ? html`<meta name="robots" content="noindex, follow" />` : ''}
        <link
          rel="alternate"
          type="application/atom+xml"
          title="Stories about ${node.name}"
          href="/services/${node.id}/feed.atom"
        />`,
    },
    html`${
        p.filterError
          ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
              <h2 id="error-summary-title">There is a problem</h2>
              <ul>
                <li><a href="#filter-tag">${p.filterError}</a></li>
              </ul>
            </div>`
          : ''
      }
      <nav class="breadcrumbs" aria-label="Where this service sits">
        <ol>
          ${node.ancestors.map((a) => html`<li><a href="/services/${a.id}">${a.name}</a></li>`)}
          <li aria-current="page">${node.name}</li>
        </ol>
      </nav>
      <h1>Stories about ${node.name}</h1>
      ${p.figures ?? ''} ${tellButton(node)}
      ${
        node.children.length
          ? html`<details>
              <summary>Services within ${node.name} (${node.children.length})</summary>
              <ul>
                ${node.children.map((ch) => html`<li><a href="/services/${ch.id}">${ch.name}</a></li>`)}
              </ul>
            </details>`
          : ''
      }
      ${filterForm(node.id, filters, p.tags, p.filterError)}
      ${
        stories.length
          ? html`<ul class="stories">
              ${stories.map(serviceStoryItem)}
            </ul>`
          : html`<p>
              ${filtered ? SERVICE.noMatch : 'No stories about this service have been published yet.'}
            </p>`
      }
      <nav class="pagination" aria-label="More stories">
        ${paged ? html`<a href="${p.first}">Newest stories</a>` : html`<span></span>`}
        ${next ? html`<a href="${next}" rel="next">Older stories</a>` : ''}
      </nav>
      <p class="meta"><a href="/services/${node.id}/feed.atom">${SERVICE.feed}</a></p>`,
  )
}
