import { css } from 'lit'
import './shell/heard-portal-app.ts'
import type { HeardPortalApp } from './shell/heard-portal-app.ts'
import './shell/heard-forbidden-page.ts'
import './shell/heard-home-page.ts'
import './shell/heard-not-found-page.ts'
import { NOT_FOUND, ROUTES } from './shell/routes.ts'
import { rememberedLang, useLanguage } from './shared/locale.ts'
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
// The browser's last choice of language first (Welsh is fetched only if chosen); the account's
// own choice follows once the session is known.
void useLanguage(rememberedLang())
  .catch(() => undefined)
  .finally(() => {
    document.body.replaceChildren(app)
    router.start()
  })
