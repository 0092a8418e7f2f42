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

const EDITED = {
  yes: `Before publishing it, our moderator removed or changed some details, such as names or dates, so that nobody can be identified from it. Your follow link shows what kinds of detail were removed and why.`,
  no: `It is published in your own words: our moderator did not need to change anything.`,
}

const FOOTER = `This link is private: anyone who has it can see your story's progress, reply to responses and withdraw your story, so please do not share it. You can also erase your email address there; we will then stop writing to you.

Heard`

export function authorMailText(kind: AuthorMail, m: AuthorMailContent): { subject: string; text: string } {
  switch (kind) {
    case 'follow_link':
      return {
        subject: 'Thank you for your story',
        text: `Thank you for telling your story on Heard.

A moderator will read it before it is published, to keep you and other people anonymous. We will email you when it is published, and when someone responds to it.

You can follow your story here:

${m.followUrl}

If you did not send a story to Heard, you can ignore this email.

${FOOTER}
`,
      }
    case 'published':
      return {
        subject: 'Your story has been published',
        text: `Your story is now published on Heard, where the people who provide the service can read it and respond:

${m.storyUrl}

${m.edited ? EDITED.yes : EDITED.no}

You can follow it, and reply to any responses, here:

${m.followUrl}

${FOOTER}
`,
      }
    case 'rejected':
      return {
        subject: 'About your story on Heard',
        text: `Thank you for your story. We are sorry, but we have not been able to publish it. Our moderator wrote:

${m.reason ?? ''}

You can see your story here:

${m.followUrl}

${FOOTER}
`,
      }
    case 'answered':
      return {
        subject: 'Someone has responded to your story',
        text: `There is a new response to your story on Heard.

You can read it, and reply if you would like to, here:

${m.followUrl}

${FOOTER}
`,
      }
    case 'change_planned':
    case 'change_made':
      return changeMailText(kind, m)
  }
}

/** A change planned or made because of the story: the author reads it on the follow page. */
function changeMailText(kind: 'change_planned' | 'change_made', m: AuthorMailContent) {
  switch (kind) {
    case 'change_planned':
      return {
        subject: 'A change is planned because of your story',
        text: `A response to your story on Heard says that something will change because of it.

You can read what is planned, and when it is expected, here:

${m.followUrl}

${FOOTER}
`,
      }
    case 'change_made':
      return {
        subject: 'A change has been made because of your story',
        text: `A response to your story on Heard says that a change has now been made because of it.

You can read what changed here:

${m.followUrl}

${FOOTER}
`,
      }
  }
}
