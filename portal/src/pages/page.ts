import { LitElement, type PropertyDeclarations } from 'lit'
import { documentTitle } from '../router.ts'
import { shared } from '../styles/shared.ts'

/**
 * What every page shares: the common styles, an `<h1 tabindex="-1">` the shell moves focus to
 * after navigation (so screen readers announce the new page), and the document title.
 */
export abstract class PageElement extends LitElement {
  static override styles = shared

  /** The page's title as the document shows it; set by the shell from the route. */
  declare pageTitle: string

  static override properties: PropertyDeclarations = { pageTitle: { attribute: false } }

  async focusHeading() {
    await this.updateComplete
    const h1 = this.renderRoot.querySelector<HTMLElement>('h1')
    if (!h1) return
    h1.tabIndex = -1
    h1.focus()
  }

  /** Marks the title with "Error: " while the page shows a form error (GOV.UK pattern). */
  protected setErrorTitle(hasError: boolean) {
    if (this.pageTitle) document.title = documentTitle(this.pageTitle, hasError)
  }
}
