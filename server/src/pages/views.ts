import { html } from 'hono/html'
import { dateInWords, layout, paragraphs } from '../html/layout.ts'
import { bothLangs, fillHtml, fillText, inLang, langAttr, nameHtml, nameText } from '../html/lang.ts'
import type { Lang } from '../i18n/index.ts'
import { changeMessages, changeParagraph } from '../stories/change-view.ts'
import { excerpt } from '../stories/excerpt.ts'
import type { PublishedStory } from '../stories/queries.ts'
import { TAG_GROUPS } from '../stories/schemas.ts'
import { reportForm } from './report-form.ts'
import { storyMessages } from './story-messages.ts'

function responseCard(r: PublishedStory['responses'][number], lang: Lang) {
  const change = changeMessages[lang]
  return html`<section
    class="card response"
    aria-label="${fillText(storyMessages[lang].responseFrom, r.responderTitle)}"
  >
    <h3>${r.responderTitle}, ${r.organisationName}</h3>
    <p class="meta">
      <time datetime="${r.publishedAt}">${dateInWords(new Date(r.publishedAt), lang)}</time>
      ${
        r.changeMarker
          ? html` <span class="change">${r.changeMarker === 'made' ? change.made : change.planned}</span>`
          : ''
      }
    </p>
    ${paragraphs(r.body)} ${changeParagraph(r.change, lang)}
  </section>`
}

/** A published story with its tags and responses, in `lang`; `base` is the public address of Heard. */
export function storyPage(story: PublishedStory, base: string, lang: Lang = 'en') {
  const t = storyMessages[lang]
  const about = story.services.map((s) => nameText(lang, s)).join(', ')
  const groups = TAG_GROUPS.filter((g) => story.tags[g].length)
  // The author's words are in the language they wrote in, which may not be the page's.
  const theirs = langAttr(lang, story.lang)
  const path = `/stories/${story.id}`
  return layout(
    {
      title: `${story.title} | ${about} | Heard`,
      description: excerpt(story.body, 155),
      canonical: `${base}${inLang(path, lang)}`,
      lang,
      alternates: bothLangs(path),
      base,
    },
    html`<article aria-labelledby="story-title">
        <p class="meta">
          ${t.about}
          ${story.services.map(
            (s, i) =>
              html`${i ? ', ' : ''}<a href="${inLang(`/services/${s.id}`, lang)}">${nameHtml(lang, s)}</a>`,
          )}
        </p>
        <h1 id="story-title" ${theirs}>${story.title}</h1>
        <p class="meta">
          ${fillHtml(
            t.postedBy,
            story.nickname,
            t[`role.${story.authorRole}`],
            html`<time datetime="${story.publishedAt.toISOString()}"
              >${dateInWords(story.publishedAt, lang)}</time
            >`,
          )}
        </p>
        <div class="card" ${theirs}>${paragraphs(story.body)}</div>
        ${groups.map(
          (g) =>
            html`<h2>${t[`group.${g}`]}</h2>
              <ul class="tags">
                ${story.tags[g].map((tag) => html`<li>${lang === 'cy' ? tag.labelCy : tag.label}</li>`)}
              </ul>`,
        )}
        <h2>${t.responses}</h2>
        ${story.responses.length ? story.responses.map((r) => responseCard(r, lang)) : html`<p>${t.noResponses}</p>`}
      </article>
      ${reportForm(story.id, lang)}`,
  )
}
