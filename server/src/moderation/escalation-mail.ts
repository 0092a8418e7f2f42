/**
 * What the safeguarding emails say. Never the story's text, the author's nickname or address:
 * the reference, the services, the moderator's own summary and where to act.
 */
export interface EscalationMailContent {
  storyId: string
  services: string[]
  reason: string | null
  workbenchUrl: string
}

const REFERENCE = (id: string) => id.slice(0, 8).toUpperCase()

export const ESCALATION_MAIL = {
  moderators: (m: EscalationMailContent) => ({
    subject: `Safeguarding concern escalated: story ${REFERENCE(m.storyId)}`,
    text: `A moderator has escalated a story on Heard as a safeguarding concern.

Story reference: ${REFERENCE(m.storyId)}
About: ${m.services.join('; ') || 'no service recorded'}
The moderator wrote: ${m.reason ?? '(no note)'}

The story stays unpublished until a moderator records what was done (referred, no action, or contacted the author). Open it here:

${m.workbenchUrl}

Heard
`,
  }),
  subscriber: (m: EscalationMailContent & { subscriberName: string }) => ({
    subject: `Safeguarding concern about ${m.services[0] ?? 'one of your services'}`,
    text: `You are the safeguarding contact for ${m.subscriberName} on Heard.

A story told on Heard about ${m.services.join('; ') || 'a service you cover'} has been escalated by our moderators as a possible safeguarding concern. It has not been published.

Story reference: ${REFERENCE(m.storyId)}
Our moderator wrote: ${m.reason ?? '(no note)'}

A Heard safeguarding moderator will be in touch if they need to share more through your safeguarding procedures. Please quote the story reference. Heard never shares the author's contact details by email.

Heard
`,
  }),
} as const
