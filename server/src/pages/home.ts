import { html } from 'hono/html'
import { dateInWords, layout } from '../html/layout.ts'
import { bothLangs, fillHtml, fillText, inLang, langAttr, langField, nameHtml } from '../html/lang.ts'
import type { Lang } from '../i18n/index.ts'
import type { ServiceSummary } from '../services/schemas.ts'
import { excerpt } from '../stories/excerpt.ts'
import { errorMessage } from './form-parts.ts'
import { formMessages } from './form-messages.ts'
import { homeMessages } from './home-messages.ts'
import type { RecentStory } from './queries.ts'

function searchForm(lang: Lang, q = '', error?: string) {
  const t = homeMessages[lang]
  return html`<form method="get" action="/search" role="search" class="search ${error ? 'field-error' : ''}">
    ${langField(lang)}
    <label for="q">${t.searchLabel}</label>
    <p class="hint" id="q-hint">${t.searchHint}</p>
    ${error ? errorMessage('q-error', error, lang) : ''}
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
      <button type="submit">${t.search}</button>
    </div>
  </form>`
}

function recentItem(s: RecentStory, lang: Lang) {
  const theirs = langAttr(lang, s.lang)
  return html`<li class="card">
    <h3${theirs}><a href="${inLang(`/stories/${s.id}`, lang)}">${s.title}</a></h3>
    <p class="meta">
      ${s.nickname}, <time datetime="${s.publishedAt.toISOString()}">${dateInWords(s.publishedAt, lang)}</time>
      ·
      ${s.services.map(
        (x, i) =>
          html`${i ? ', ' : ''}<a href="${inLang(`/services/${x.id}`, lang)}">${nameHtml(lang, x)}</a>`,
      )}
    </p>
    <p${theirs}>${excerpt(s.bodyStart)}</p>
  </li>`
}

/** `/`: what Heard is, a search for a service, recent stories and how to tell one. */
export function homePage(recent: RecentStory[], base: string, lang: Lang = 'en') {
  const t = homeMessages[lang]
  return layout(
    {
      title: `${t.title} | Heard`,
      description: t.description,
      canonical: `${base}${inLang('/', lang)}`,
      lang,
      alternates: bothLangs('/'),
      base,
    },
    html`<h1>${t.title}</h1>
      <p class="lead">${t.lead}</p>
      <section aria-labelledby="find">
        <h2 id="find">${t.searchTitle}</h2>
        ${searchForm(lang)}
      </section>
      <section aria-labelledby="tell">
        <h2 id="tell">${t.tellTitle}</h2>
        <p>${t.tell}</p>
      </section>
      <section aria-labelledby="how">
        <h2 id="how">${t.how}</h2>
        <ol>
          <li>${t.step1}</li>
          <li>${t.step2}</li>
          <li>${t.step3}</li>
        </ol>
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">${t.recent}</h2>
        ${
          recent.length
            ? html`<ul class="stories">
                ${recent.map((s) => recentItem(s, lang))}
              </ul>`
            : html`<p>${t.noStories}</p>`
        }
      </section>`,
  )
}

function resultItem(r: ServiceSummary, lang: Lang) {
  const t = homeMessages[lang]
  // A path with no Welsh name in it is English throughout; a mixed one cannot be marked by part.
  const englishPath = lang === 'cy' && r.pathCy === r.path
  return html`<li class="card">
    <h2><a href="${inLang(`/services/${r.id}`, lang)}">${nameHtml(lang, r)}</a></h2>
    <p class="meta" ${englishPath ? html` lang="en"` : ''}>${lang === 'cy' ? r.pathCy : r.path}</p>
    <p>
      <a href="${inLang(`/services/${r.id}/tell`, lang)}"
        >${t.tellAbout}<span class="visually-hidden">
          ${fillHtml(t.tellAboutHidden, nameHtml(lang, r, { mutate: true }))}</span
        ></a
      >
    </p>
  </li>`
}

/** `/search?q=`: matching services, each with its stories and its form. */
export function searchPage(q: string, results: ServiceSummary[], lang: Lang = 'en', error?: string) {
  const t = homeMessages[lang]
  const heading = error ? t.searchTitle : fillText(t.resultsTitle, q)
  const self = `/search?${new URLSearchParams({ q })}`
  return layout(
    {
      title: `${error ? `${formMessages[lang].errorPrefix} ` : ''}${heading} | Heard`,
      head: html`<meta name="robots" content="noindex, follow" />`,
      lang,
      alternates: bothLangs(self),
    },
    html`${
        error
          ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
              <h2 id="error-summary-title">${formMessages[lang].problem}</h2>
              <ul>
                <li><a href="#q">${error}</a></li>
              </ul>
            </div>`
          : ''
      }
      <h1>${heading}</h1>
      ${searchForm(lang, q, error)}
      ${
        error
          ? ''
          : results.length
            ? html`<ul class="results">
                ${results.map((r) => resultItem(r, lang))}
              </ul>`
            : html`<p>${fillText(t.noResults, q)}</p>`
      }`,
  )
}
