import type { OutboxMail } from '../mail/outbox.ts'

/** A story as the workflow's emails name it: the published title only, never the text. */
export interface MailStory {
  storyId: string
  title: string
  dueAt: Date
}

const day = (d: Date) =>
  d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' })

const footer = (
  settingsUrl: string,
) => `You get these emails as a member of an organisation on Heard. Choose which you get here:
${settingsUrl}

Heard
`

export function assignedEmail(
  to: string,
  m: {
    subscriberName: string
    byName: string | null
    story: MailStory
    storyUrl: string
    settingsUrl: string
  },
): OutboxMail {
  return {
    template: 'inbox_assigned',
    to,
    subject: `A story for you to answer: ${m.story.title}`.slice(0, 200),
    text: `${m.byName ? `${m.byName} has given you` : `A routing rule of ${m.subscriberName} has given you`} a story to answer for ${m.subscriberName}.

“${m.story.title}”
Respond by ${day(m.story.dueAt)}.

Read it and respond:
${m.storyUrl}

${footer(m.settingsUrl)}`,
  }
}

export function overdueEmail(
  to: string,
  m: { subscriberName: string; stories: MailStory[]; storyUrl: (id: string) => string; inboxUrl: string },
): OutboxMail {
  const n = m.stories.length
  return {
    template: 'inbox_overdue',
    to,
    subject: `${n === 1 ? 'A story is' : `${n} stories are`} overdue for a response from ${m.subscriberName}`,
    text: `${n === 1 ? 'This story has' : `These ${n} stories have`} not been answered by ${m.subscriberName} within the time it set.

${m.stories.map((s) => `“${s.title}”\nDue ${day(s.dueAt)}\n${m.storyUrl(s.storyId)}`).join('\n\n')}

Every overdue story:
${m.inboxUrl}

Heard
`,
  }
}

export function weeklyDigestEmail(
  to: string,
  m: {
    subscriberName: string
    total: number
    overdue: number
    stories: MailStory[]
    storyUrl: (id: string) => string
    inboxUrl: string
  },
): OutboxMail {
  return {
    template: 'inbox_weekly_digest',
    to,
    subject: `${m.total} ${m.total === 1 ? 'story waits' : 'stories wait'} for a response from ${m.subscriberName}`,
    text: `${m.subscriberName} has ${m.total} unanswered ${m.total === 1 ? 'story' : 'stories'} on Heard, ${m.overdue} of them overdue. The oldest first:

${m.stories.map((s) => `“${s.title}”\nDue ${day(s.dueAt)}\n${m.storyUrl(s.storyId)}`).join('\n\n')}

The whole inbox:
${m.inboxUrl}

Heard
`,
  }
}
