import { msg } from '@lit/localize'
import { html } from 'lit'
import { href } from '../shared/router.ts'
import { PageElement } from '../shared/page.ts'

/** `<heard-forbidden-page>`: signed in, but this page is for another role. */
export class HeardForbiddenPage extends PageElement {
  override render() {
    return html`<h1>${msg('You cannot open this page')}</h1>
      <p>${msg('Your account does not have access to this part of the portal.')}</p>
      <p>${msg('If you think it should, ask a Heard administrator.')}</p>
      <p><a href=${href('/')}>${msg('Go to the start of the portal')}</a></p>`
  }
}

if (!customElements.get('heard-forbidden-page'))
  customElements.define('heard-forbidden-page', HeardForbiddenPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-forbidden-page': HeardForbiddenPage
  }
}
