import { excerpt } from '../stories/excerpt.ts'
import type { FeedRow } from '../stories/queries.ts'

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

/** An Atom 1.0 feed (RFC 4287) of a service's newest published stories. */
export function atomFeed(opts: {
  node: { id: string; name: string }
  stories: FeedRow[]
  base: string
  /** When the feed was built, for an empty feed's `updated`. */
  now: Date
}): string {
  const { node, stories, base } = opts
  const self = `${base}/services/${node.id}/feed.atom`
  const updated = (stories[0]?.publishedAt ?? opts.now).toISOString()
  const entries = stories.map((s) => {
    const url = `${base}/stories/${s.id}`
    const about = s.services.map((x) => x.name).join(', ')
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
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:uuid:${node.id}</id>
  <title type="text">${xml(`Stories about ${node.name} | Heard`)}</title>
  <subtitle type="text">Published stories about this service and the services within it, newest first. Every story was read by a person before it was published.</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${base}/services/${node.id}`)}"/>
  <updated>${updated}</updated>
  <generator>Heard</generator>
${entries.join('\n')}
</feed>
`
}
