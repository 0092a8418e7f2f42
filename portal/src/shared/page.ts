import { LitElement, type PropertyValues } from 'lit'
import { property } from 'lit/decorators.js'
import { documentTitle } from './router.ts'
import { shared } from './styles/shared.ts'

/**
 * What every page shares: the common styles, an `<h1 tabindex="-1">` the shell moves focus to
 * after navigation (so screen readers announce the new page), and the document title.
 */
export abstract class PageElement extends LitElement {
  static override styles = shared

  /** The page's title as the document shows it; set by the shell from the route. */
  @property({ attribute: false }) pageTitle!: string

  /**
   * Keeps focus on the heading when a render replaces it (a page that shows "Loading…" under one
   * template and the loaded content under another draws a new h1): otherwise focus would fall to
   * the document body and a screen reader would lose its place.
   */
  protected override update(changed: PropertyValues) {
    const before = this.renderRoot?.querySelector('h1')
    const hadFocus = before != null && (this.renderRoot as ShadowRoot).activeElement === before
    super.update(changed)
    const after = this.renderRoot.querySelector<HTMLElement>('h1')
    if (hadFocus && after && after !== before) {
      after.tabIndex = -1
      after.focus()
    }
  }

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
