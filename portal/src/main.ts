import { css } from 'lit'
import './components/heard-portal-app.ts'
import type { HeardPortalApp } from './components/heard-portal-app.ts'
import './pages/heard-billing-page.ts'
import './pages/heard-admin-directory-page.ts'
import './pages/heard-admin-page.ts'
import './pages/heard-admin-subscriber-page.ts'
import './pages/heard-admin-subscribers-page.ts'
import './pages/heard-coverage-page.ts'
import './pages/heard-dashboard-page.ts'
import './pages/heard-forbidden-page.ts'
import './pages/heard-forgotten-password-page.ts'
import './pages/heard-accept-invitation-page.ts'
import './pages/heard-alerts-page.ts'
import './pages/heard-api-keys-page.ts'
import './pages/heard-home-page.ts'
import './pages/heard-inbox-page.ts'
import './pages/heard-member-story-page.ts'
import './pages/heard-members-page.ts'
import './pages/heard-not-found-page.ts'
import './pages/heard-queue-page.ts'
import './pages/heard-reset-password-page.ts'
import './pages/heard-sign-in-page.ts'
import './pages/heard-story-page.ts'
import './pages/heard-tags-page.ts'
import './pages/heard-text-moderation-page.ts'
import './pages/heard-widgets-page.ts'
import { NOT_FOUND, ROUTES } from './routes.ts'
import { Router, setActiveRouter } from './router.ts'
import { paleGrey, text } from './styles/tokens.ts'

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
