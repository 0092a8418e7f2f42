import { alertMessages } from '../src/alerts/messages.ts'
import { authMailMessages } from '../src/auth/emails.ts'
import { billingStatusMessages } from '../src/billing/status-messages.ts'
import { followMessages } from '../src/follow/messages.ts'
import { moderationNoteMessages } from '../src/follow/moderation-notes.ts'
import { providerWaitMessages } from '../src/follow/provider-wait.ts'
import { layoutMessages } from '../src/html/layout.ts'
import type { Catalogue, Message } from '../src/i18n/index.ts'
import { memberMailMessages } from '../src/members/emails.ts'
import { errorMessages } from '../src/pages/error-messages.ts'
import { formMessages } from '../src/pages/form-messages.ts'
import { homeMessages } from '../src/pages/home-messages.ts'
import { reportMessages } from '../src/pages/report-messages.ts'
import { serviceMessages } from '../src/pages/service-messages.ts'
import { storyMessages } from '../src/pages/story-messages.ts'
import { tellMessages } from '../src/pages/tell-messages.ts'
import { providerMailMessages, providerPageMessages } from '../src/provider-review/messages.ts'
import { restrictedMessages } from '../src/provider-review/views.ts'
import { changeMessages } from '../src/stories/change-view.ts'
import { authorMailMessages } from '../src/stories/emails.ts'

/**
 * Every server-rendered page's and email's words, by surface. A surface added later joins this
 * list; a string in one language only fails here (and does not compile).
 */
export const CATALOGUES: Record<string, Catalogue<Record<string, Message>>> = {
  'page frame': layoutMessages,
  'story page': storyMessages,
  'story page: restricted story': restrictedMessages,
  'story and follow pages: response changes': changeMessages,
  'service page (with figures and Atom feed)': serviceMessages,
  'home and search': homeMessages,
  'tell page': tellMessages,
  'report page': reportMessages,
  'error pages (404, 410)': errorMessages,
  'public forms (shared)': formMessages,
  'follow page': followMessages,
  'follow page: moderation notes': moderationNoteMessages,
  'follow page: private provider wait': providerWaitMessages,
  'private provider review page': providerPageMessages,
  'author emails': authorMailMessages,
  'alert emails and unsubscribe page': alertMessages,
  'member emails': memberMailMessages,
  'private provider review email': providerMailMessages,
  'account emails': authMailMessages,
  'portal: billing status': billingStatusMessages,
}

/** A message's words: a function is called with placeholders. */
export const sample = (m: Message) => (typeof m === 'string' ? m : m('X', 'Y', 'Z', 'W'))
