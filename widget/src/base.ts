import { render } from 'lit/html.js'
import { styles } from './styles.ts'

const sheets = new Map<string, CSSStyleSheet>()

/**
 * What the widget needs from LitElement, at a fraction of its weight (the entry module must stay
 * under 8 KB gzip with lit-html; LitElement alone would take 5.8 KB of it): an open shadow root with
 * constructable stylesheets, and rendering through lit-html, batched to one per microtask. A failed
 * render is logged, never thrown into the host page.
 */
export abstract class HeardElement extends HTMLElement {
  root = this.attachShadow({ mode: 'open' })
  private pending?: Promise<void>

  constructor() {
    super()
    this.adopt(styles)
  }

  /**
   * Adds a stylesheet. Constructable stylesheets pass a CSP without 'unsafe-inline'. Browsers
   * without them (before Safari 16.4) get a <style> element, as Lit would give them; a strict CSP
   * blocks it. The same text is one shared sheet for every widget on the page.
   */
  adopt(css: string) {
    const { root } = this
    if (!root.adoptedStyleSheets)
      return root.append(Object.assign(document.createElement('style'), { textContent: css }))
    let sheet = sheets.get(css)
    if (!sheet) {
      sheets.set(css, (sheet = new CSSStyleSheet()))
      sheet.replaceSync(css)
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  }

  connectedCallback() {
    this.update()
  }

  /** Renders on the next microtask; resolves once the shadow DOM is up to date. */
  update(): Promise<void> {
    return (this.pending ??= Promise.resolve().then(() => {
      this.pending = undefined
      try {
        render(this.render(), this.root, { host: this })
      } catch (e) {
        console.error('heard:', e)
      }
    }))
  }

  /** Focuses the first element matching `selector` once rendering is done. */
  async focusSoon(selector: string) {
    await this.update()
    this.root.querySelector<HTMLElement>(selector)?.focus()
  }

  /** Fires a bubbling, composed event, so that the host page can listen on any ancestor. */
  fire(type: string, detail?: object) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }))
  }

  abstract render(): unknown
}
