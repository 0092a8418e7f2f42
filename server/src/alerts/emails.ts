import type { OutboxMail } from '../mail/outbox.ts'

export const CRITICALITY_LABELS = [
  'not critical',
  'minimally critical',
  'mildly critical',
  'moderately critical',
  'strongly critical',
  'severely critical',
] as const

export interface AlertStory {
  storyId: string
  subscriberId: string
  title: string
  services: string
  criticality: number | null
}

interface Links {
  storyUrl: (s: AlertStory) => string
  unsubscribeUrl: string
  preferencesUrl: string
}

const describe = (s: AlertStory) =>
  `“${s.title}”\nAbout: ${s.services}\nCriticality: ${s.criticality === null ? 'not rated' : `${s.criticality} (${CRITICALITY_LABELS[s.criticality]})`}`

const footer = (l: Links) => `You get these emails because you chose alerts in Heard. Change them here:
${l.preferencesUrl}

Stop these emails (no sign-in needed):
${l.unsubscribeUrl}

Heard
`

/** One new story. Only the published title: the story itself is read in the portal. */
export function immediateAlertEmail(
  to: string,
  subscriberName: string,
  story: AlertStory,
  links: Links,
): OutboxMail {
  return {
    template: 'alert_immediate',
    to,
    subject: `New story for ${subscriberName}: ${story.title}`.slice(0, 200),
    text: `A new story about a service ${subscriberName} covers has been published on Heard.

${describe(story)}

Read it and respond:
${links.storyUrl(story)}

${footer(links)}`,
  }
}

export function dailyDigestEmail(
  to: string,
  subscriberName: string,
  stories: AlertStory[],
  links: Links,
): OutboxMail {
  const n = stories.length
  return {
    template: 'alert_daily',
    to,
    subject: `${n} new ${n === 1 ? 'story' : 'stories'} for ${subscriberName} on Heard`,
    text: `${n === 1 ? 'This story was' : `These ${n} stories were`} published on Heard since your last digest, about services ${subscriberName} covers.

${stories.map((s) => `${describe(s)}\n${links.storyUrl(s)}`).join('\n\n')}

${footer(links)}`,
  }
}
