import { subscriberMayAct } from '../billing/access.ts'
import type { Config } from '../config.ts'
import type { Sql } from '../db.ts'
import { log } from '../log.ts'
import { enqueueMail, type OutboxMail } from '../mail/outbox.ts'

/** Queued by a trigger when a moderator publishes an author's reply (migration 00041). */
export const AUTHOR_REPLY_JOB = 'alerts_author_reply'

interface ReplyFacts {
  subscriberId: string
  subscriberName: string
  storyId: string
  title: string
}

function replyEmail(to: string, f: ReplyFacts, storyUrl: string, settingsUrl: string): OutboxMail {
  return {
    template: 'alert_author_reply',
    to,
    subject: `The author replied to ${f.subscriberName}’s response: ${f.title}`.slice(0, 200),
    text: `The author of a story has replied to a response from ${f.subscriberName}, and a moderator has published the reply.

“${f.title}”

Read the reply:
${storyUrl}

You get these emails because you chose alerts for author replies in Heard. Change them here:
${settingsUrl}

Heard
`,
  }
}

/**
 * Emails the members of the responding organisation who chose author-reply alerts (not frozen,
 * and only while billing lets it act). The reply's text stays in the portal.
 */
export async function sendAuthorReplyAlerts(sql: Sql, config: Config, replyId: string): Promise<number> {
  const [facts] = await sql<ReplyFacts[]>`
    select r.subscriber_id, sub.name as subscriber_name, s.id as story_id, s.title
    from author_replies a
    join responses r on r.id = a.response_id
    join subscribers sub on sub.id = r.subscriber_id
    join stories s on s.id = a.story_id
    where a.id = ${replyId} and a.status = 'published' and s.status = 'published'`
  if (!facts || !(await subscriberMayAct(sql, facts.subscriberId))) return 0
  const members = await sql<{ email: string }[]>`
    select u.email from alert_options o
    join memberships m on m.subscriber_id = o.subscriber_id and m.user_id = o.user_id
    join users u on u.id = o.user_id
    where o.subscriber_id = ${facts.subscriberId} and o.author_replies and not m.frozen
    order by u.id`
  const base = `${config.PUBLIC_URL}/portal/subscribers/${facts.subscriberId}`
  for (const m of members) {
    await enqueueMail(sql, replyEmail(m.email, facts, `${base}/stories/${facts.storyId}`, `${base}/alerts`))
  }
  log.info('author_reply_alerts_sent', { mails: members.length })
  return members.length
}
