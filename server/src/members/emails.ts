import type { OutboxMail } from '../mail/outbox.ts'
import type { MemberRole } from '../tenancy/roles.ts'

const ROLE_WORDS: Record<MemberRole, string> = {
  admin: 'an admin (you can read and answer stories, and manage members, services, widgets and API keys)',
  responder: 'a responder (you can read stories and answer them publicly)',
  viewer: 'a viewer (you can read stories and dashboards, and set alerts)',
}

export function invitationEmail(
  to: string,
  m: { subscriberName: string; role: MemberRole; link: string; days: number },
): OutboxMail {
  return {
    template: 'member_invitation',
    to,
    subject: `You are invited to join ${m.subscriberName} on Heard`,
    text: `Hello,

You have been invited to join ${m.subscriberName} on Heard as ${ROLE_WORDS[m.role]}.

Heard is where patients, carers and relatives tell the story of their care, and where the people who provide that care read and answer them.

To accept, choose your name and a password here:

${m.link}

The link works once, for ${m.days} days. If you did not expect this email, you can ignore it.

Heard
`,
  }
}

export function addedToSubscriberEmail(
  to: string,
  m: { subscriberName: string; role: MemberRole; portalUrl: string },
): OutboxMail {
  return {
    template: 'member_added',
    to,
    subject: `You now have access to ${m.subscriberName} on Heard`,
    text: `Hello,

Your Heard account now has access to ${m.subscriberName} as ${ROLE_WORDS[m.role]}.

Sign in with your usual email address and password:

${m.portalUrl}

Heard
`,
  }
}
