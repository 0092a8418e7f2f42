import { msg } from '@lit/localize'
import { html } from 'lit'
import { href } from '../shared/router.ts'
import { PageElement } from '../shared/page.ts'

/** `<heard-admin-page>`: the platform admin area's start, pointing to its parts. */
export class HeardAdminPage extends PageElement {
  override render() {
    return html`<h1>${msg('Platform admin')}</h1>
      <ul class="plain-list">
        <li class="card">
          <h2><a href=${href('/admin/subscribers')}>${msg('Subscribers')}</a></h2>
          <p>
            ${msg('Find and create subscribers; see their coverage, members and billing; record subscriptions paid outside Stripe.')}
          </p>
        </li>
        <li class="card">
          <h2><a href=${href('/admin/directory')}>${msg('Service directory')}</a></h2>
          <p>${msg('Import organisations, sites, departments and wards from a CSV file.')}</p>
        </li>
        <li class="card">
          <h2><a href=${href('/admin/provider-reviews')}>${msg('Private providers’ review requests')}</a></h2>
          <p>
            ${msg('How often each private provider asked for a review of a story, why, and how each ended.')}
          </p>
        </li>
        <li class="card">
          <h2><a href=${href('/admin/staff')}>${msg('Safeguarding moderators')}</a></h2>
          <p>${msg('Choose which moderators receive safeguarding escalations.')}</p>
        </li>
      </ul>`
  }
}

if (!customElements.get('heard-admin-page')) customElements.define('heard-admin-page', HeardAdminPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-admin-page': HeardAdminPage
  }
}
