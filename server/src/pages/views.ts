import { html } from 'hono/html'
import { dateInWords, layout, paragraphs } from '../html/layout.ts'
import { changeParagraph } from '../stories/change-view.ts'
import { excerpt } from '../stories/excerpt.ts'
import type { PublishedStory } from '../stories/queries.ts'
import { reportForm } from './report-form.ts'

const GROUP_HEADINGS = {
  good: 'What was good',
  improve: 'What could be improved',
  feelings: 'How they felt',
} as const

const ROLE_WORDS = {
  patient: 'a patient',
  carer: 'a carer',
  relative: 'a relative',
  staff: 'a member of staff',
  other: 'someone else',
} as const

const roleInWords = (role: keyof typeof ROLE_WORDS) => ROLE_WORDS[role]

function responseCard(r: PublishedStory['responses'][number]) {
  return html`<section class="card response" aria-label="Response from ${r.responderTitle}">
    <h3>${r.responderTitle}, ${r.organisationName}</h3>
    <p class="meta">
      <time datetime="${r.publishedAt}">${dateInWords(new Date(r.publishedAt))}</time>
      ${
        r.changeMarker
          ? html` <span class="change">${r.changeMarker === 'made' ? 'Change made' : 'Change planned'}</span>`
          : ''
      }
    </p>
    ${paragraphs(r.body)} ${changeParagraph(r.change)}
  </section>`
}

/** A published story with its tags and responses; `base` is the public address of Heard. */
export function storyPage(story: PublishedStory, base: string) {
  const about = story.services.map((s) => s.name).join(', ')
  const groups = (Object.keys(GROUP_HEADINGS) as (keyof typeof GROUP_HEADINGS)[]).filter(
    (g) => story.tags[g].length,
  )
  return layout(
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
            ? story.responses.map(responseCard)
            : html`<p>No one has responded to this story yet.</p>`
        }
      </article>
      ${reportForm(story.id)}`,
  )
}
