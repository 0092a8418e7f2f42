import { html } from 'hono/html'
import { layout, type Html } from '../html/layout.ts'
import { bothLangs, fillHtml, fillText, inLang, nameHtml, nameText } from '../html/lang.ts'
import type { Lang } from '../i18n/index.ts'
import type { ServiceNode } from '../services/queries.ts'
import type { Tag } from '../stories/schemas.ts'
import { formMessages } from './form-messages.ts'
import { serviceMessages } from './service-messages.ts'
import { filterForm, serviceStoryItem, tellButton } from './service-parts.ts'
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
  lang: Lang
  /** This page's own address (path and query), for the language switch. */
  self: string
}

function errorBox(message: string, lang: Lang) {
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
    <h2 id="error-summary-title">${formMessages[lang].problem}</h2>
    <ul>
      <li><a href="#filter-tag">${message}</a></li>
    </ul>
  </div>`
}

/** A service in its tree, its figures, and one page of its published stories, newest first. */
export function servicePage(p: ServicePageInput) {
  const { node, stories, paged, next, base, filters, lang } = p
  const t = serviceMessages[lang]
  const filtered = Boolean(filters.tag || filters.responded || filters.months)
  const about = nameText(lang, node, { mutate: true })
  const path = `/services/${node.id}`
  const link = (to: string) => inLang(to, lang)
  return layout(
    {
      title: `${p.filterError ? `${formMessages[lang].errorPrefix} ` : ''}${fillText(t.storiesAbout, about)} | Heard`,
      description: fillText(t.description, about),
      canonical: `${base}${link(path)}`,
      lang,
      alternates: bothLangs(p.self),
      base,
      head: html`${paged || filtered ? html`<meta name="robots" content="noindex, follow" />` : ''}
        <link
          rel="alternate"
          type="application/atom+xml"
          title="${fillText(t.storiesAbout, about)}"
          href="${link(`${path}/feed.atom`)}"
        />`,
    },
    html`${p.filterError ? errorBox(p.filterError, lang) : ''}
      <nav class="breadcrumbs" aria-label="${t.where}">
        <ol>
          ${node.ancestors.map((a) => html`<li><a href="${link(`/services/${a.id}`)}">${nameHtml(lang, a)}</a></li>`)}
          <li aria-current="page">${nameHtml(lang, node)}</li>
        </ol>
      </nav>
      <h1>${fillHtml(t.storiesAbout, nameHtml(lang, node, { mutate: true }))}</h1>
      ${p.figures ?? ''} ${tellButton(node, lang)}
      ${
        node.children.length
          ? html`<details>
              <summary>${fillHtml(t.within, nameHtml(lang, node), node.children.length)}</summary>
              <ul>
                ${node.children.map((ch) => html`<li><a href="${link(`/services/${ch.id}`)}">${nameHtml(lang, ch)}</a></li>`)}
              </ul>
            </details>`
          : ''
      }
      ${filterForm(node.id, filters, p.tags, lang, p.filterError)}
      ${
        stories.length
          ? html`<ul class="stories">
              ${stories.map((s) => serviceStoryItem(s, lang))}
            </ul>`
          : html`<p>${filtered ? t.noMatch : t.noStories}</p>`
      }
      <nav class="pagination" aria-label="${t.moreStories}">
        ${paged && p.first ? html`<a href="${link(p.first)}">${t.newest}</a>` : html`<span></span>`}
        ${next ? html`<a href="${link(next)}" rel="next">${t.older}</a>` : ''}
      </nav>
      <p class="meta"><a href="${link(`${path}/feed.atom`)}">${t.feed}</a></p>`,
  )
}
