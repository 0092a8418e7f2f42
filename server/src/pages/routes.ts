import { readFileSync } from 'node:fs'
import { Hono } from 'hono'
import { html } from 'hono/html'
import { z } from 'zod'
import type { AppEnv, Deps } from '../http.ts'
import { PAGE_CSP, pageSecurityHeaders } from '../page-headers.ts'
import { getService } from '../services/queries.ts'
import { decodeCursor, encodeCursor } from '../stories/cursor.ts'
import { excerpt } from '../stories/excerpt.ts'
import { getPublishedStory, listFeed } from '../stories/queries.ts'
import { dateInWords, layout, paragraphs, roleInWords } from './layout.ts'

const PAGE_SIZE = 20
const isUuid = (v: string) => z.uuid().safeParse(v).success
const GROUP_HEADINGS = {
  good: 'What was good',
  improve: 'What could be improved',
  feelings: 'How they felt',
} as const

function notFoundPage(what: string) {
  return layout(
    { title: `${what} not found | Heard`, description: `${what} not found`, canonical: '/' },
    html`<h1>${what} not found</h1>
      <p>It may not have been published yet, or it may have been withdrawn by its author.</p>`,
  )
}

/** Server-rendered public pages: readable without JavaScript, linkable, indexable. */
export function pageRoutes({ sql, config }: Deps) {
  const css = readFileSync(new URL('./pages.css', import.meta.url), 'utf8')
  const base = config.PUBLIC_URL
  const cache = { 'Cache-Control': `public, max-age=${config.FEED_CACHE_SECONDS}` }

  const secure = pageSecurityHeaders(PAGE_CSP)
  return new Hono<AppEnv>()
    .use('/assets/*', secure)
    .use('/stories/*', secure)
    .use('/services/*', secure)
    .get('/assets/pages.css', (c) =>
      c.body(css, 200, {
        'Content-Type': 'text/css; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
      }),
    )
    .get('/stories/:id', async (c) => {
      const id = c.req.param('id')
      const story = isUuid(id) ? await getPublishedStory(sql, id) : undefined
      if (!story) return c.html(notFoundPage('Story'), 404)
      const about = story.services.map((s) => s.name).join(', ')
      const groups = (Object.keys(GROUP_HEADINGS) as (keyof typeof GROUP_HEADINGS)[]).filter(
        (g) => story.tags[g].length,
      )
      return c.html(
        layout(
          {
            title: `${story.title} | ${about} | Heard`,
            description: excerpt(story.body, 155),
            canonical: `${base}/stories/${story.id}`,
          },
          html`<article aria-labelledby="story-title">
            <p class="meta">
              About
              ${story.services.map((s, i) => html`${i ? ', ' : ''}<a href="/services/${s.id}">${s.name}</a>`)}
            </p>
            <h1 id="story-title">${story.title}</h1>
            <p class="meta">
              Posted by ${story.nickname} (${roleInWords(story.authorRole)}) on
              <time datetime="${story.publishedAt.toISOString()}">${dateInWords(story.publishedAt)}</time>
            </p>
            <div class="card">${paragraphs(story.body)}</div>
            ${groups.map(
              (g) =>
                html`<h2>${GROUP_HEADINGS[g]}</h2>
                  <ul class="tags">
                    ${story.tags[g].map((t) => html`<li>${t.label}</li>`)}
                  </ul>`,
            )}
            <h2>Responses</h2>
            ${
              story.responses.length
                ? story.responses.map(
                    (r) =>
                      html`<section class="card response" aria-label="Response from ${r.responderTitle}">
                        <h3>${r.responderTitle}, ${r.organisationName}</h3>
                        <p class="meta">
                          <time datetime="${r.publishedAt}">${dateInWords(new Date(r.publishedAt))}</time>
                          ${
                            r.changeMarker
                              ? html` <span class="change"
                                  >${r.changeMarker === 'made' ? 'Change made' : 'Change planned'}</span
                                >`
                              : ''
                          }
                        </p>
                        ${paragraphs(r.body)}
                      </section>`,
                  )
                : html`<p>No one has responded to this story yet.</p>`
            }
          </article>`,
        ),
        200,
        cache,
      )
    })
    .get('/services/:id', async (c) => {
      const id = c.req.param('id')
      const node = isUuid(id) ? await getService(sql, id) : undefined
      if (!node) return c.html(notFoundPage('Service'), 404)
      const after = c.req.query('after')
      const cursor = after ? decodeCursor(after) : undefined
      const rows = await listFeed(sql, [id], PAGE_SIZE + 1, cursor)
      const page = rows.slice(0, PAGE_SIZE)
      const last = page.at(-1)
      const next = rows.length > PAGE_SIZE && last ? `/services/${id}?after=${encodeCursor(last)}` : undefined
      return c.html(
        layout(
          {
            title: `Stories about ${node.name} | Heard`,
            description: `Published stories from patients, carers and relatives about ${node.name}, and the responses to them.`,
            canonical: `${base}/services/${node.id}`,
            head: cursor ? html`<meta name="robots" content="noindex, follow" />` : undefined,
          },
          html`<nav class="breadcrumbs" aria-label="Where this service sits">
              <ol>
                ${node.ancestors.map((a) => html`<li><a href="/services/${a.id}">${a.name}</a></li>`)}
                <li aria-current="page">${node.name}</li>
              </ol>
            </nav>
            <h1>Stories about ${node.name}</h1>
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
            ${
              page.length
                ? html`<ul class="stories">
                    ${page.map(
                      (s) =>
                        html`<li class="card">
                          <h2><a href="/stories/${s.id}">${s.title}</a></h2>
                          <p class="meta">
                            ${s.nickname} (${roleInWords(s.authorRole)}),
                            <time datetime="${s.publishedAt.toISOString()}"
                              >${dateInWords(s.publishedAt)}</time
                            >
                            · ${s.services.map((x) => x.name).join(', ')}
                          </p>
                          <p>${excerpt(s.bodyStart)}</p>
                          <p class="meta">
                            ${s.responseCount === 1 ? '1 response' : `${s.responseCount} responses`}
                          </p>
                        </li>`,
                    )}
                  </ul>`
                : html`<p>No stories about this service have been published yet.</p>`
            }
            <nav class="pagination" aria-label="More stories">
              ${cursor ? html`<a href="/services/${id}">Newest stories</a>` : html`<span></span>`}
              ${next ? html`<a href="${next}" rel="next">Older stories</a>` : ''}
            </nav>`,
        ),
        200,
        cache,
      )
    })
}
