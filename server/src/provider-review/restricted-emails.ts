import type { OutboxMail } from '../mail/outbox.ts'

const CRITICALITY = ['not critical', 'minimally', 'mildly', 'moderately', 'strongly', 'severely'] as const

/** A member's alert about a restricted story: its title and services only; read it in the portal. */
export function restrictedAlertEmail(
  to: string,
  story: { subscriberName: string; title: string; services: string; criticality: number | null },
  links: { storyUrl: string; preferencesUrl: string; unsubscribeUrl: string },
): OutboxMail {
  const criticality =
    story.criticality === null
      ? 'not rated'
      : `${story.criticality} (${story.criticality ? `${CRITICALITY[story.criticality]} critical` : CRITICALITY[0]})`
  return {
    template: 'alert_restricted',
    to,
    subject: `Restricted story for ${story.subscriberName}: ${story.title}`.slice(0, 200),
    text: `A story about a service ${story.subscriberName} covers has been restricted by Heard's moderators at its provider's request. The public sees only that it exists and why it was restricted; you can read it in full in the portal.

“${story.title}”
About: ${story.services}
Criticality: ${criticality}

Read it:
${links.storyUrl}

You get these emails because you chose alerts in Heard. Change them here:
${links.preferencesUrl}

Stop these emails (no sign-in needed):
${links.unsubscribeUrl}

Heard
`,
  }
}
