import { msg } from '@lit/localize'

/**
 * Route titles and navigation labels stay plain English strings in `routes.ts` and `nav.ts` (the
 * keys other areas add theirs with); here each becomes a message in the portal's language. A
 * title missing here shows in English, and `portal/src/locales/coverage.test.ts` fails.
 */
const TITLES: Record<string, () => string> = {
  'Heard portal': () => msg('Heard portal'),
  'Sign in': () => msg('Sign in'),
  'Reset your password': () => msg('Reset your password'),
  'Choose a new password': () => msg('Choose a new password'),
  'Moderation queue': () => msg('Moderation queue'),
  'Review story – Moderation': () => msg('Review story – Moderation'),
  'Review response – Moderation': () => msg('Review response – Moderation'),
  'Review reply – Moderation': () => msg('Review reply – Moderation'),
  'Tags – Moderation': () => msg('Tags – Moderation'),
  Inbox: () => msg('Inbox'),
  'Story – Inbox': () => msg('Story – Inbox'),
  Members: () => msg('Members'),
  'Accept your invitation': () => msg('Accept your invitation'),
  Coverage: () => msg('Coverage'),
  Widgets: () => msg('Widgets'),
  Alerts: () => msg('Alerts'),
  'API keys': () => msg('API keys'),
  Billing: () => msg('Billing'),
  Dashboard: () => msg('Dashboard'),
  'Platform admin': () => msg('Platform admin'),
  'Subscribers – Platform admin': () => msg('Subscribers – Platform admin'),
  'Subscriber – Platform admin': () => msg('Subscriber – Platform admin'),
  'Service directory – Platform admin': () => msg('Service directory – Platform admin'),
  'Page not found': () => msg('Page not found'),
  'Inbox settings': () => msg('Inbox settings'),
  'Readers’ reports – Moderation': () => msg('Readers’ reports – Moderation'),
  'Restricted stories': () => msg('Restricted stories'),
  'Restricted story': () => msg('Restricted story'),
  'Review requests – Platform admin': () => msg('Review requests – Platform admin'),
  'Reject reasons – Moderation': () => msg('Reject reasons – Moderation'),
  'Moderation dashboard': () => msg('Moderation dashboard'),
  'Safeguarding moderators – Platform admin': () => msg('Safeguarding moderators – Platform admin'),
}

const LABELS: Record<string, () => string> = {
  Moderation: () => msg('Moderation'),
  Tags: () => msg('Tags'),
  Inbox: () => msg('Inbox'),
  Dashboard: () => msg('Dashboard'),
  Alerts: () => msg('Alerts'),
  Members: () => msg('Members'),
  Coverage: () => msg('Coverage'),
  Widgets: () => msg('Widgets'),
  'API keys': () => msg('API keys'),
  Billing: () => msg('Billing'),
  Admin: () => msg('Admin'),
  Restricted: () => msg('Restricted'),
  'Reject reasons': () => msg('Reject reasons'),
  Figures: () => msg('Figures'),
}

export const routeTitle = (title: string) => TITLES[title]?.() ?? title
export const navLabel = (label: string) => LABELS[label]?.() ?? label
export const untranslatedTitles = (titles: string[]) => titles.filter((t) => !(t in TITLES))
export const untranslatedLabels = (labels: string[]) => labels.filter((l) => !(l in LABELS))
