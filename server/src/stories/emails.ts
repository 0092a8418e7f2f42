import { defineMessages, type Lang } from '../i18n/index.ts'

/** What each email to an author says. Never the story's text: only links, and a moderator's reason. */
export const AUTHOR_MAIL = ['follow_link', 'published', 'rejected', 'answered'] as const
export type AuthorMail = (typeof AUTHOR_MAIL)[number]

export interface AuthorMailContent {
  followUrl: string
  storyUrl: string
  reason?: string
}

/** The author's emails in the language the story was told in. */
export const authorMailMessages = defineMessages(
  {
    footer: `This link is private: anyone who has it can see your story's progress, reply to responses and withdraw your story, so please do not share it. You can also erase your email address there; we will then stop writing to you.

Heard`,
    followLinkSubject: 'Thank you for your story',
    followLinkText: (followUrl: string) => `Thank you for telling your story on Heard.

A moderator will read it before it is published, to keep you and other people anonymous. We will email you when it is published, and when someone responds to it.

You can follow your story here:

${followUrl}

If you did not send a story to Heard, you can ignore this email.`,
    publishedSubject: 'Your story has been published',
    publishedText: (storyUrl: string, followUrl: string) =>
      `Your story is now published on Heard, where the people who provide the service can read it and respond:

${storyUrl}

You can follow it, and reply to any responses, here:

${followUrl}`,
    rejectedSubject: 'About your story on Heard',
    rejectedText: (reason: string, followUrl: string) =>
      `Thank you for your story. We are sorry, but we have not been able to publish it. Our moderator wrote:

${reason}

You can see your story here:

${followUrl}`,
    answeredSubject: 'Someone has responded to your story',
    answeredText: (followUrl: string) => `There is a new response to your story on Heard.

You can read it, and reply if you would like to, here:

${followUrl}`,
  },
  {
    footer: `Mae'r ddolen hon yn breifat: gall unrhyw un sydd â hi weld hynt eich stori, ateb ymatebion a thynnu eich stori yn ôl, felly peidiwch â'i rhannu. Gallwch hefyd ddileu eich cyfeiriad e-bost yno; wedyn byddwn yn peidio ag ysgrifennu atoch.

Heard`,
    followLinkSubject: 'Diolch am eich stori',
    followLinkText: (followUrl: string) => `Diolch am adrodd eich stori ar Heard.

Bydd cymedrolwr yn ei darllen cyn iddi gael ei chyhoeddi, er mwyn i chi a phobl eraill aros yn ddienw. Byddwn yn anfon e-bost atoch pan gaiff ei chyhoeddi, a phan fydd rhywun yn ymateb iddi.

Gallwch ddilyn eich stori yma:

${followUrl}

Os na wnaethoch chi anfon stori i Heard, gallwch anwybyddu'r e-bost hwn.`,
    publishedSubject: "Mae eich stori wedi'i chyhoeddi",
    publishedText: (storyUrl: string, followUrl: string) =>
      `Mae eich stori bellach wedi'i chyhoeddi ar Heard, lle gall y bobl sy'n darparu'r gwasanaeth ei darllen ac ymateb iddi:

${storyUrl}

Gallwch ei dilyn, ac ateb unrhyw ymatebion, yma:

${followUrl}`,
    rejectedSubject: "Ynglŷn â'ch stori ar Heard",
    rejectedText: (reason: string, followUrl: string) =>
      `Diolch am eich stori. Mae'n ddrwg gennym, ond nid ydym wedi gallu ei chyhoeddi. Ysgrifennodd ein cymedrolwr:

${reason}

Gallwch weld eich stori yma:

${followUrl}`,
    answeredSubject: "Mae rhywun wedi ymateb i'ch stori",
    answeredText: (followUrl: string) => `Mae ymateb newydd i'ch stori ar Heard.

Gallwch ei ddarllen, ac ateb os hoffech chi, yma:

${followUrl}`,
  },
)

export function authorMailText(
  kind: AuthorMail,
  m: AuthorMailContent,
  lang: Lang = 'en',
): { subject: string; text: string } {
  const t = authorMailMessages[lang]
  const mail = (subject: string, body: string) => ({ subject, text: `${body}\n\n${t.footer}\n` })
  switch (kind) {
    case 'follow_link':
      return mail(t.followLinkSubject, t.followLinkText(m.followUrl))
    case 'published':
      return mail(t.publishedSubject, t.publishedText(m.storyUrl, m.followUrl))
    case 'rejected':
      return mail(t.rejectedSubject, t.rejectedText(m.reason ?? '', m.followUrl))
    case 'answered':
      return mail(t.answeredSubject, t.answeredText(m.followUrl))
  }
}
