import { defineMessages, type Lang } from '../i18n/index.ts'

/** What each email to an author says. Never the story's text: only links, and a moderator's reason. */
export const AUTHOR_MAIL = [
  'follow_link',
  'published',
  'rejected',
  'answered',
  'change_planned',
  'change_made',
] as const
export type AuthorMail = (typeof AUTHOR_MAIL)[number]

export interface AuthorMailContent {
  followUrl: string
  storyUrl: string
  reason?: string
  /** For `published`: whether a moderator changed the words before publishing. */
  edited?: boolean
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
    publishedText: (storyUrl: string, edited: string, followUrl: string) =>
      `Your story is now published on Heard, where the people who provide the service can read it and respond:

${storyUrl}

${edited}

You can follow it, and reply to any responses, here:

${followUrl}`,
    publishedEdited: `Before publishing it, our moderator removed or changed some details, such as names or dates, so that nobody can be identified from it. Your follow link shows what kinds of detail were removed and why.`,
    publishedUnedited: `It is published in your own words: our moderator did not need to change anything.`,
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
    changePlannedSubject: 'A change is planned because of your story',
    changePlannedText: (followUrl: string) =>
      `A response to your story on Heard says that something will change because of it.

You can read what is planned, and when it is expected, here:

${followUrl}`,
    changeMadeSubject: 'A change has been made because of your story',
    changeMadeText: (followUrl: string) =>
      `A response to your story on Heard says that a change has now been made because of it.

You can read what changed here:

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
    publishedText: (storyUrl: string, edited: string, followUrl: string) =>
      `Mae eich stori bellach wedi'i chyhoeddi ar Heard, lle gall y bobl sy'n darparu'r gwasanaeth ei darllen ac ymateb iddi:

${storyUrl}

${edited}

Gallwch ei dilyn, ac ateb unrhyw ymatebion, yma:

${followUrl}`,
    publishedEdited: `Cyn ei chyhoeddi, fe wnaeth ein cymedrolwr ddileu neu newid rhai manylion, fel enwau neu ddyddiadau, fel na all neb gael ei adnabod ohoni. Mae eich dolen ddilyn yn dangos pa fathau o fanylion a ddilëwyd a pham.`,
    publishedUnedited: `Mae wedi'i chyhoeddi yn eich geiriau eich hun: nid oedd angen i'n cymedrolwr newid dim.`,
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
    changePlannedSubject: "Mae newid wedi'i gynllunio oherwydd eich stori",
    changePlannedText: (followUrl: string) =>
      `Mae ymateb i'ch stori ar Heard yn dweud y bydd rhywbeth yn newid oherwydd hi.

Gallwch ddarllen beth sydd wedi'i gynllunio, a phryd y disgwylir iddo ddigwydd, yma:

${followUrl}`,
    changeMadeSubject: "Mae newid wedi'i wneud oherwydd eich stori",
    changeMadeText: (followUrl: string) =>
      `Mae ymateb i'ch stori ar Heard yn dweud bod newid bellach wedi'i wneud oherwydd hi.

Gallwch ddarllen beth a newidiodd yma:

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
    case 'published': {
      const edited = m.edited ? t.publishedEdited : t.publishedUnedited
      return mail(t.publishedSubject, t.publishedText(m.storyUrl, edited, m.followUrl))
    }
    case 'rejected':
      return mail(t.rejectedSubject, t.rejectedText(m.reason ?? '', m.followUrl))
    case 'answered':
      return mail(t.answeredSubject, t.answeredText(m.followUrl))
    case 'change_planned':
      return mail(t.changePlannedSubject, t.changePlannedText(m.followUrl))
    case 'change_made':
      return mail(t.changeMadeSubject, t.changeMadeText(m.followUrl))
  }
}
