import { html } from 'hono/html'
import { layout, paragraphs } from '../html/layout.ts'
import { bothLangs, inLang } from '../html/lang.ts'
import type { Lang } from '../i18n/index.ts'
import { errorMessages } from './error-messages.ts'

/** The 410 page of a story the moderators hid (with their public reason) or its author withdrew. */
export function goneStoryPage(
  story: { id: string; status: 'hidden' | 'withdrawn'; statusReason: string | null },
  lang: Lang = 'en',
) {
  const t = errorMessages[lang]
  const hidden = story.status === 'hidden'
  const heading = hidden ? t.hiddenTitle : t.withdrawnTitle
  return layout(
    {
      title: `${heading} | Heard`,
      head: html`<meta name="robots" content="noindex, follow" />`,
      lang,
      alternates: bothLangs(`/stories/${story.id}`),
    },
    html`<h1>${heading}</h1>
      <div class="panel">
        <p>${hidden ? t.hiddenBody : t.withdrawnBody}</p>
        ${
          hidden && story.statusReason
            ? html`<p>${t.hiddenWhy}</p>
                ${paragraphs(story.statusReason)}`
            : ''
        }
      </div>
      <p><a href="${inLang('/', lang)}">${t.readOther}</a></p>`,
  )
}
