import { fillText, inLang, nameText } from '../html/lang.ts'
import type { Lang } from '../i18n/index.ts'
import { excerpt } from '../stories/excerpt.ts'
import type { FeedRow } from '../stories/queries.ts'
import { serviceMessages } from './service-messages.ts'

/** XML text and attribute escaping; characters XML 1.0 cannot carry at all are dropped. */
export const xml = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

/** An Atom 1.0 feed (RFC 4287) of a service's newest published stories, its own words in `lang`. */
export function atomFeed(opts: {
  node: { id: string; name: string; nameCy?: string | null }
  stories: FeedRow[]
  base: string
  /** When the feed was built, for an empty feed's `updated`. */
  now: Date
  lang?: Lang
}): string {
  const { node, stories, base, lang = 'en' } = opts
  const t = serviceMessages[lang]
  const self = `${base}${inLang(`/services/${node.id}/feed.atom`, lang)}`
  const updated = (stories[0]?.publishedAt ?? opts.now).toISOString()
  const entries = stories.map((s) => {
    const url = `${base}${inLang(`/stories/${s.id}`, lang)}`
    const about = s.services.map((x) => nameText(lang, x)).join(', ')
    return `  <entry>
    <id>urn:uuid:${s.id}</id>
    <title type="text">${xml(s.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <published>${s.publishedAt.toISOString()}</published>
    <updated>${s.publishedAt.toISOString()}</updated>
    <author><name>${xml(s.nickname)}</name></author>
    <category term="${xml(about)}"/>
    <summary type="text">${xml(excerpt(s.bodyStart))}</summary>
  </entry>`
  })
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>urn:uuid:${node.id}</id>
  <title type="text">${xml(`${fillText(t.storiesAbout, nameText(lang, node, { mutate: true }))} | Heard`)}</title>
  <subtitle type="text">${xml(t.feedSubtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${base}${inLang(`/services/${node.id}`, lang)}`)}"/>
  <updated>${updated}</updated>
  <generator>Heard</generator>
${entries.join('\n')}
</feed>
`
}
