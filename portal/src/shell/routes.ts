import { html } from 'lit'
import { isMember, isModerator, isPlatformAdmin } from '../shared/access.ts'
import type { Route } from '../shared/router.ts'

const signedIn = () => true

// Each area's pages are one chunk, loaded when a page of the area is first opened (the shell
// shows "Loading…" meanwhile), so that the sign-in page loads little JavaScript.
const account = () => import('../account/pages.ts')
const moderation = () => import('../moderation/pages.ts')
const inbox = () => import('../inbox/pages.ts')
const dashboard = () => import('../dashboard/pages.ts')
const alerts = () => import('../alerts/pages.ts')
const organisation = () => import('../organisation/pages.ts')
const billing = () => import('../billing/pages.ts')
const admin = () => import('../admin/pages.ts')

/**
 * Every page of the portal. Paths are below /portal; `access` decides who may open each page.
 * The subscriber areas (issue 5) add their routes here and their items in `nav.ts`.
 */
export const ROUTES: Route[] = [
  {
    path: '/',
    title: 'Heard portal',
    access: signedIn,
    render: () => html`<heard-home-page></heard-home-page>`,
  },
  {
    path: '/sign-in',
    title: 'Sign in',
    access: 'guest',
    load: account,
    render: (m) => html`<heard-sign-in-page .query=${m.query}></heard-sign-in-page>`,
  },
  {
    path: '/forgotten-password',
    title: 'Reset your password',
    access: 'public',
    load: account,
    render: () => html`<heard-forgotten-password-page></heard-forgotten-password-page>`,
  },
  {
    path: '/reset-password',
    title: 'Choose a new password',
    access: 'public',
    load: account,
    render: (m) => html`<heard-reset-password-page .query=${m.query}></heard-reset-password-page>`,
  },
  {
    path: '/moderation',
    title: 'Moderation queue',
    access: isModerator,
    load: moderation,
    render: (m) => html`<heard-queue-page .query=${m.query}></heard-queue-page>`,
  },
  {
    path: '/moderation/stories/:id',
    title: 'Review story – Moderation',
    access: isModerator,
    load: moderation,
    render: (m) => html`<heard-story-page .storyId=${m.params.id}></heard-story-page>`,
  },
  {
    path: '/moderation/responses/:id',
    title: 'Review response – Moderation',
    access: isModerator,
    load: moderation,
    render: (m) =>
      html`<heard-text-moderation-page kind="response" .itemId=${m.params.id}></heard-text-moderation-page>`,
  },
  {
    path: '/moderation/replies/:id',
    title: 'Review reply – Moderation',
    access: isModerator,
    load: moderation,
    render: (m) =>
      html`<heard-text-moderation-page kind="reply" .itemId=${m.params.id}></heard-text-moderation-page>`,
  },
  {
    path: '/moderation/reports',
    title: 'Readers’ reports – Moderation',
    access: isModerator,
    load: moderation,
    render: (m) => html`<heard-reports-page .query=${m.query}></heard-reports-page>`,
  },
  {
    path: '/moderation/tags',
    title: 'Tags – Moderation',
    access: isModerator,
    load: moderation,
    render: () => html`<heard-tags-page></heard-tags-page>`,
  },
  {
    path: '/inbox',
    title: 'Inbox',
    access: isMember(),
    load: inbox,
    render: (m) => html`<heard-inbox-page .query=${m.query}></heard-inbox-page>`,
  },
  {
    // The link in overdue and digest emails names the organisation.
    path: '/subscribers/:subscriberId/inbox',
    title: 'Inbox',
    access: isMember(),
    load: inbox,
    render: (m) =>
      html`<heard-inbox-page .subscriberId=${m.params.subscriberId} .query=${m.query}></heard-inbox-page>`,
  },
  {
    path: '/inbox/settings',
    title: 'Inbox settings',
    access: isMember('admin'),
    load: organisation,
    render: () => html`<heard-inbox-settings-page></heard-inbox-settings-page>`,
  },
  {
    path: '/inbox/stories/:id',
    title: 'Story – Inbox',
    access: isMember(),
    load: inbox,
    render: (m) => html`<heard-member-story-page .storyId=${m.params.id}></heard-member-story-page>`,
  },
  {
    // The link in alert emails names the organisation.
    path: '/subscribers/:subscriberId/stories/:id',
    title: 'Story – Inbox',
    access: isMember(),
    load: inbox,
    render: (m) =>
      html`<heard-member-story-page
        .subscriberId=${m.params.subscriberId}
        .storyId=${m.params.id}
      ></heard-member-story-page>`,
  },
  {
    path: '/restricted',
    title: 'Restricted stories',
    access: isMember(),
    load: inbox,
    render: () => html`<heard-restricted-page></heard-restricted-page>`,
  },
  {
    // The link in alert emails about a restricted story names the organisation.
    path: '/subscribers/:subscriberId/restricted/:id',
    title: 'Restricted story',
    access: isMember(),
    load: inbox,
    render: (m) =>
      html`<heard-restricted-page
        .subscriberId=${m.params.subscriberId}
        .storyId=${m.params.id}
      ></heard-restricted-page>`,
  },
  {
    path: '/members',
    title: 'Members',
    access: isMember('admin'),
    load: organisation,
    render: () => html`<heard-members-page></heard-members-page>`,
  },
  {
    path: '/accept-invitation',
    title: 'Accept your invitation',
    access: 'public',
    load: account,
    render: (m) => html`<heard-accept-invitation-page .query=${m.query}></heard-accept-invitation-page>`,
  },
  {
    path: '/coverage',
    title: 'Coverage',
    access: isMember('admin'),
    load: organisation,
    render: () => html`<heard-coverage-page></heard-coverage-page>`,
  },
  {
    path: '/widgets',
    title: 'Widgets',
    access: isMember('admin'),
    load: organisation,
    render: () => html`<heard-widgets-page></heard-widgets-page>`,
  },
  {
    path: '/alerts',
    title: 'Alerts',
    access: isMember(),
    load: alerts,
    render: () => html`<heard-alerts-page></heard-alerts-page>`,
  },
  {
    // The link in alert emails names the organisation.
    path: '/subscribers/:subscriberId/alerts',
    title: 'Alerts',
    access: isMember(),
    load: alerts,
    render: (m) => html`<heard-alerts-page .subscriberId=${m.params.subscriberId}></heard-alerts-page>`,
  },
  {
    path: '/api-keys',
    title: 'API keys',
    access: isMember('admin'),
    load: organisation,
    render: () => html`<heard-api-keys-page></heard-api-keys-page>`,
  },
  {
    path: '/billing',
    title: 'Billing',
    access: isMember('admin'),
    load: billing,
    render: (m) => html`<heard-billing-page .query=${m.query}></heard-billing-page>`,
  },
  {
    // Stripe Checkout and the Customer Portal return here, naming the organisation.
    path: '/subscribers/:subscriberId/billing',
    title: 'Billing',
    access: isMember('admin'),
    load: billing,
    render: (m) =>
      html`<heard-billing-page
        .subscriberId=${m.params.subscriberId}
        .query=${m.query}
      ></heard-billing-page>`,
  },
  {
    path: '/dashboard',
    title: 'Dashboard',
    access: isMember(),
    load: dashboard,
    render: (m) => html`<heard-dashboard-page .query=${m.query}></heard-dashboard-page>`,
  },
  {
    path: '/admin',
    title: 'Platform admin',
    access: isPlatformAdmin,
    load: admin,
    render: () => html`<heard-admin-page></heard-admin-page>`,
  },
  {
    path: '/admin/subscribers',
    title: 'Subscribers – Platform admin',
    access: isPlatformAdmin,
    load: admin,
    render: (m) => html`<heard-admin-subscribers-page .query=${m.query}></heard-admin-subscribers-page>`,
  },
  {
    path: '/admin/subscribers/:id',
    title: 'Subscriber – Platform admin',
    access: isPlatformAdmin,
    load: admin,
    render: (m) =>
      html`<heard-admin-subscriber-page .subscriberId=${m.params.id}></heard-admin-subscriber-page>`,
  },
  {
    path: '/admin/provider-reviews',
    title: 'Review requests – Platform admin',
    access: isPlatformAdmin,
    load: admin,
    render: () => html`<heard-admin-provider-reviews-page></heard-admin-provider-reviews-page>`,
  },
  {
    path: '/admin/directory',
    title: 'Service directory – Platform admin',
    access: isPlatformAdmin,
    load: admin,
    render: () => html`<heard-admin-directory-page></heard-admin-directory-page>`,
  },
]

export const NOT_FOUND: Route = {
  path: '',
  title: 'Page not found',
  access: 'public',
  render: () => html`<heard-not-found-page></heard-not-found-page>`,
}
