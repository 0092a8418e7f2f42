import { css } from 'lit'
import './shell/heard-portal-app.ts'
import type { HeardPortalApp } from './shell/heard-portal-app.ts'
import './billing/heard-billing-page.ts'
import './admin/heard-admin-directory-page.ts'
import './admin/heard-admin-page.ts'
import './admin/heard-admin-subscriber-page.ts'
import './admin/heard-admin-subscribers-page.ts'
import './organisation/heard-coverage-page.ts'
import './dashboard/heard-dashboard-page.ts'
import './shell/heard-forbidden-page.ts'
import './account/heard-forgotten-password-page.ts'
import './account/heard-accept-invitation-page.ts'
import './alerts/heard-alerts-page.ts'
import './organisation/heard-api-keys-page.ts'
import './shell/heard-home-page.ts'
import './inbox/heard-inbox-page.ts'
import './inbox/heard-member-story-page.ts'
import './organisation/heard-members-page.ts'
import './shell/heard-not-found-page.ts'
import './moderation/heard-queue-page.ts'
import './account/heard-reset-password-page.ts'
import './account/heard-sign-in-page.ts'
import './moderation/heard-story-page.ts'
import './moderation/heard-tags-page.ts'
import './moderation/heard-text-moderation-page.ts'
import './organisation/heard-widgets-page.ts'
import { NOT_FOUND, ROUTES } from './shell/routes.ts'
import { Router, setActiveRouter } from './shared/router.ts'
import { paleGrey, text } from './shared/styles/tokens.ts'

// The document itself: everything else lives in the elements' shadow roots. A constructable
// stylesheet, so the portal works under a Content-Security-Policy without 'unsafe-inline'.
const documentStyles = css`
  html {
    background: ${paleGrey};
    color: ${text};
    -webkit-text-size-adjust: 100%;
  }
  body {
    margin: 0;
  }
  .heard-announcer {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`
document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentStyles.styleSheet!]

const router = new Router(ROUTES, NOT_FOUND)
setActiveRouter(router)
const app = document.createElement('heard-portal-app') as HeardPortalApp
app.router = router
document.body.replaceChildren(app)
router.start()
