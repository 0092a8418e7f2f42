import { msg } from '@lit/localize'
import { html } from 'lit'
import { navFor } from './nav.ts'
import { href, navigate } from '../shared/router.ts'
import { session } from '../shared/session.ts'
import { PageElement } from '../shared/page.ts'

/**
 * `<heard-home-page>`: `/portal/` sends people to their first area; someone with no area yet is
 * told why and what to do.
 */
export class HeardHomePage extends PageElement {
  override connectedCallback() {
    super.connectedCallback()
    const first = navFor(session.user)[0]
    if (first) queueMicrotask(() => navigate(href(first.path), { replace: true }))
  }

  override render() {
    return html`<h1>${msg('Welcome to the Heard portal')}</h1>
      <p>${msg('Your account does not give you access to any area of the portal yet.')}</p>
      <p>
        ${msg('If you work for a provider that uses Heard, ask one of its Heard administrators to invite you.')}
      </p>`
  }
}

if (!customElements.get('heard-home-page')) customElements.define('heard-home-page', HeardHomePage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-home-page': HeardHomePage
  }
}
