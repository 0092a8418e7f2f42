import { msg } from '@lit/localize'
import { html } from 'lit'
import { href } from '../shared/router.ts'
import { PageElement } from '../shared/page.ts'

/** `<heard-not-found-page>`: no page at this address (also for items that no longer exist). */
export class HeardNotFoundPage extends PageElement {
  override render() {
    return html`<h1>${msg('Page not found')}</h1>
      <p>${msg('If you typed the web address, check it is correct.')}</p>
      <p>${msg('If you followed a link, the item may have been moved or removed.')}</p>
      <p><a href=${href('/')}>${msg('Go to the start of the portal')}</a></p>`
  }
}

if (!customElements.get('heard-not-found-page'))
  customElements.define('heard-not-found-page', HeardNotFoundPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-not-found-page': HeardNotFoundPage
  }
}
