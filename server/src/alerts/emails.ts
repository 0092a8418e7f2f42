import type { Lang } from '../i18n/index.ts'
import type { OutboxMail } from '../mail/outbox.ts'
import { alertMessages } from './messages.ts'

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

const criticalityWords = (n: number, lang: Lang) => {
  const t = alertMessages[lang]
  return [t.criticality0, t.criticality1, t.criticality2, t.criticality3, t.criticality4, t.criticality5][n]
}

const describe = (s: AlertStory, lang: Lang) => {
  const t = alertMessages[lang]
  return `“${s.title}”\n${t.about} ${s.services}\n${t.criticality} ${s.criticality === null ? t.notRated : `${s.criticality} (${criticalityWords(s.criticality, lang)})`}`
}

/** The unsubscribe page opens in the email's language. */
const footer = (l: Links, lang: Lang) =>
  alertMessages[lang].footer(
    l.preferencesUrl,
    lang === 'cy' ? `${l.unsubscribeUrl}?lang=cy` : l.unsubscribeUrl,
  )

/** One new story. Only the published title: the story itself is read in the portal. */
export function immediateAlertEmail(
  to: string,
  subscriberName: string,
  story: AlertStory,
  links: Links,
  lang: Lang = 'en',
): OutboxMail {
  const t = alertMessages[lang]
  return {
    template: 'alert_immediate',
    to,
    subject: t.immediateSubject(subscriberName, story.title).slice(0, 200),
    text: `${t.immediateIntro(subscriberName)}

${describe(story, lang)}

${t.readAndRespond}
${links.storyUrl(story)}

${footer(links, lang)}`,
  }
}

export function dailyDigestEmail(
  to: string,
  subscriberName: string,
  stories: AlertStory[],
  links: Links,
  lang: Lang = 'en',
): OutboxMail {
  const n = stories.length
  const t = alertMessages[lang]
  return {
    template: 'alert_daily',
    to,
    subject: t.digestSubject(n, subscriberName),
    text: `${t.digestIntro(n, subscriberName)}

${stories.map((s) => `${describe(s, lang)}\n${links.storyUrl(s)}`).join('\n\n')}

${footer(links, lang)}`,
  }
}
