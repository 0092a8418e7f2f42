import { html } from 'hono/html'
import { dateInWords, layout } from '../html/layout.ts'
import type { ServiceSummary } from '../services/schemas.ts'
import { excerpt } from '../stories/excerpt.ts'
import type { RecentStory } from './queries.ts'

/** The home and search pages' words, together so that Welsh can be added beside them. */
export const HOME = {
  title: 'Heard: stories of care, read by people',
  description:
    'Tell the story of your health or social care. A person reads every story before it is published, and the services can answer.',
  lead: 'Tell the story of your health or social care, good or bad. Read what others said, and how the services answered.',
  how: 'How Heard works',
  steps: [
    'You tell your story, without an account. You choose a nickname; your name is never shown.',
    'A moderator reads every story before it is published and removes anything that could identify you or others.',
    'The people who run the service read it, can answer in public, and tell you when they change something.',
  ],
  searchTitle: 'Find a service',
  searchLabel: 'Hospital, ward, GP practice or care home',
  searchHint: 'Type part of its name, its code or its postcode.',
  search: 'Search',
  recent: 'Recent stories',
  noStories: 'No stories have been published yet.',
  tellTitle: 'Tell your story',
  tell: 'Find the service above, then choose “Tell your story” on its page. It takes about ten minutes.',
  resultsTitle: 'Services matching “#”',
  noResults: 'No services match “#”. Try part of the name, or a postcode.',
  emptyQuery: 'Enter part of a service’s name, its code or its postcode',
  tooLong: 'Search for 100 characters or fewer',
  readStories: 'Stories',
  tellAbout: 'Tell your story',
} as const

function searchForm(q = '', error?: string) {
  return html`<form method="get" action="/search" role="search" class="search ${error ? 'field-error' : ''}">
    <label for="q">${HOME.searchLabel}</label>
    <p class="hint" id="q-hint">${HOME.searchHint}</p>
    ${error ? html`<p class="error-message" id="q-error"><span class="visually-hidden">Error:</span> ${error}</p>` : ''}
    <div class="search-row">
      <input
        id="q"
        name="q"
        type="search"
        value="${q}"
        maxlength="100"
        autocomplete="off"
        aria-describedby="q-hint${error ? ' q-error' : ''}"
      />
      <button type="submit">${HOME.search}</button>
    </div>
  </form>`
}

function recentItem(s: RecentStory) {
  return html`<li class="card">
    <h3><a href="/stories/${s.id}">${s.title}</a></h3>
    <p class="meta">
      ${s.nickname}, <time datetime="${s.publishedAt.toISOString()}">${dateInWords(s.publishedAt)}</time>
      · ${s.services.map((x, i) => html`${i ? ', ' : ''}<a href="/services/${x.id}">${x.name}</a>`)}
    </p>
    <p>${excerpt(s.bodyStart)}</p>
  </li>`
}

/** `/`: what Heard is, a search for a service, recent stories and how to tell one. */
export function homePage(recent: RecentStory[], base: string) {
  return layout(
    { title: `${HOME.title} | Heard`, description: HOME.description, canonical: `${base}/` },
    html`<h1>${HOME.title}</h1>
      <p class="lead">${HOME.lead}</p>
      <section aria-labelledby="find">
        <h2 id="find">${HOME.searchTitle}</h2>
        ${searchForm()}
      </section>
      <section aria-labelledby="tell">
        <h2 id="tell">${HOME.tellTitle}</h2>
        <p>${HOME.tell}</p>
      </section>
      <section aria-labelledby="how">
        <h2 id="how">${HOME.how}</h2>
        <ol>
          ${HOME.steps.map((s) => html`<li>${s}</li>`)}
        </ol>
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">${HOME.recent}</h2>
        ${
          recent.length
            ? html`<ul class="stories">
                ${recent.map(recentItem)}
              </ul>`
            : html`<p>${HOME.noStories}</p>`
        }
      </section>`,
  )
}

/** `/search?q=`: matching services, each with its stories and its form. */
export function searchPage(q: string, results: ServiceSummary[], error?: string) {
  const heading = error ? HOME.searchTitle : HOME.resultsTitle.replace('#', q)
  return layout(
    {
      title: `${error ? 'Error: ' : ''}${heading} | Heard`,
      head: html`<meta name="robots" content="noindex, follow" />`,
    },
    html`${
        error
          ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
              <h2 id="error-summary-title">There is a problem</h2>
              <ul>
                <li><a href="#q">${error}</a></li>
              </ul>
            </div>`
          : ''
      }
      <h1>${heading}</h1>
      ${searchForm(q, error)}
      ${
        error
          ? ''
          : results.length
            ? html`<ul class="results">
                ${results.map(
                  (r) =>
                    html`<li class="card">
                      <h2><a href="/services/${r.id}">${r.name}</a></h2>
                      <p class="meta">${r.path}</p>
                      <p>
                        <a href="/services/${r.id}/tell"
                          >${HOME.tellAbout}<span class="visually-hidden"> about ${r.name}</span></a
                        >
                      </p>
                    </li>`,
                )}
              </ul>`
            : html`<p>${HOME.noResults.replace('#', q)}</p>`
      }`,
  )
}
