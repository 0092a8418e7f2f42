import { html } from 'hono/html'
import { layout, paragraphs } from '../html/layout.ts'
import { REPORT } from './report-messages.ts'

/** The 410 page of a story the moderators hid (with their public reason) or its author withdrew. */
export function goneStoryPage(story: { status: 'hidden' | 'withdrawn'; statusReason: string | null }) {
  const hidden = story.status === 'hidden'
  const heading = hidden ? REPORT.hiddenTitle : REPORT.withdrawnTitle
  return layout(
    { title: `${heading} | Heard`, head: html`<meta name="robots" content="noindex, follow" />` },
    html`<h1>${heading}</h1>
      <div class="panel">
        <p>${hidden ? REPORT.hiddenBody : REPORT.withdrawnBody}</p>
        ${
          hidden && story.statusReason
            ? html`<p>${REPORT.hiddenWhy}</p>
                ${paragraphs(story.statusReason)}`
            : ''
        }
      </div>
      <p><a href="/">Read other stories on Heard</a></p>`,
  )
}
