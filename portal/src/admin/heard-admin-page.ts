import { html } from 'lit'
import { href } from '../shared/router.ts'
import { PageElement } from '../shared/page.ts'

/** `<heard-admin-page>`: the platform admin area's start, pointing to its parts. */
export class HeardAdminPage extends PageElement {
  override render() {
    return html`<h1>Platform admin</h1>
      <ul class="plain-list">
        <li class="card">
          <h2><a href=${href('/admin/subscribers')}>Subscribers</a></h2>
          <p>
            Find and create subscribers; see their coverage, members and billing; record subscriptions paid
            outside Stripe.
          </p>
        </li>
        <li class="card">
          <h2><a href=${href('/admin/directory')}>Service directory</a></h2>
          <p>Import organisations, sites, departments and wards from a CSV file.</p>
        </li>
        <li class="card">
          <h2><a href=${href('/admin/provider-reviews')}>Private providers’ review requests</a></h2>
          <p>How often each private provider asked for a review of a story, why, and how each ended.</p>
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
