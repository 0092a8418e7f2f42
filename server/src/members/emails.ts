import { defineMessages, formatNumber, type Lang } from '../i18n/index.ts'
import type { OutboxMail } from '../mail/outbox.ts'
import type { MemberRole } from '../tenancy/roles.ts'

/** Emails to members, in the invitation's or the member's language. */
export const memberMailMessages = defineMessages(
  {
    roleAdmin:
      'an admin (you can read and answer stories, and manage members, services, widgets and API keys)',
    roleResponder: 'a responder (you can read stories and answer them publicly)',
    roleViewer: 'a viewer (you can read stories and dashboards, and set alerts)',
    invitationSubject: (subscriber: string) => `You are invited to join ${subscriber} on Heard`,
    invitationText: (subscriber: string, role: string, link: string, days: number) => `Hello,

You have been invited to join ${subscriber} on Heard as ${role}.

Heard is where patients, carers and relatives tell the story of their care, and where the people who provide that care read and answer them.

To accept, choose your name and a password here:

${link}

The link works once, for ${formatNumber(days)} days. If you did not expect this email, you can ignore it.

Heard
`,
    addedSubject: (subscriber: string) => `You now have access to ${subscriber} on Heard`,
    addedText: (subscriber: string, role: string, portalUrl: string) => `Hello,

Your Heard account now has access to ${subscriber} as ${role}.

Sign in with your usual email address and password:

${portalUrl}

Heard
`,
  },
  {
    roleAdmin:
      'weinyddwr (gallwch ddarllen ac ateb straeon, a rheoli aelodau, gwasanaethau, teclynnau ac allweddi API)',
    roleResponder: 'ymatebydd (gallwch ddarllen straeon a’u hateb yn gyhoeddus)',
    roleViewer: 'gwyliwr (gallwch ddarllen straeon a dangosfyrddau, a gosod rhybuddion)',
    invitationSubject: (subscriber: string) => `Gwahoddiad i ymuno â ${subscriber} ar Heard`,
    invitationText: (subscriber: string, role: string, link: string, days: number) => `Helo,

Rydych wedi cael gwahoddiad i ymuno â ${subscriber} ar Heard fel ${role}.

Heard yw’r lle mae cleifion, gofalwyr a pherthnasau yn adrodd stori eu gofal, a lle mae’r bobl sy’n darparu’r gofal hwnnw yn eu darllen ac yn eu hateb.

I dderbyn, dewiswch eich enw a chyfrinair yma:

${link}

Mae’r ddolen yn gweithio unwaith, am ${formatNumber(days, 'cy')} diwrnod. Os nad oeddech yn disgwyl yr e-bost hwn, gallwch ei anwybyddu.

Heard
`,
    addedSubject: (subscriber: string) => `Mae gennych fynediad i ${subscriber} ar Heard bellach`,
    addedText: (subscriber: string, role: string, portalUrl: string) => `Helo,

Mae gan eich cyfrif Heard fynediad i ${subscriber} bellach fel ${role}.

Mewngofnodwch gyda’ch cyfeiriad e-bost a’ch cyfrinair arferol:

${portalUrl}

Heard
`,
  },
)

const roleWords = (role: MemberRole, lang: Lang) => {
  const t = memberMailMessages[lang]
  return { admin: t.roleAdmin, responder: t.roleResponder, viewer: t.roleViewer }[role]
}

export function invitationEmail(
  to: string,
  m: { subscriberName: string; role: MemberRole; link: string; days: number },
  lang: Lang = 'en',
): OutboxMail {
  const t = memberMailMessages[lang]
  return {
    template: 'member_invitation',
    to,
    subject: t.invitationSubject(m.subscriberName),
    text: t.invitationText(m.subscriberName, roleWords(m.role, lang), m.link, m.days),
  }
}

export function addedToSubscriberEmail(
  to: string,
  m: { subscriberName: string; role: MemberRole; portalUrl: string },
  lang: Lang = 'en',
): OutboxMail {
  const t = memberMailMessages[lang]
  return {
    template: 'member_added',
    to,
    subject: t.addedSubject(m.subscriberName),
    text: t.addedText(m.subscriberName, roleWords(m.role, lang), m.portalUrl),
  }
}
