import { msg, str, updateWhenLocaleChanges } from '@lit/localize'
import { html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { keyed } from 'lit/directives/keyed.js'
import { announce } from '../shared/announce.ts'
import { api, handleUnauthenticated } from '../shared/api.ts'
import { currentItem, navFor } from './nav.ts'
import { pathAfterSwitch, userInOrganisation } from './organisations.ts'
import { chooseMembership, rememberSubscriber, subscriberChanges } from '../shared/member-page.ts'
import type { MembershipInfo } from '../shared/types.ts'
import type { PageElement } from '../shared/page.ts'
import { documentTitle, href, navigate, safeReturnUrl, type Match, type Router } from '../shared/router.ts'
import { session } from '../shared/session.ts'
import { shellStyles } from './styles.ts'
import './heard-organisation-switcher.ts'
import { getLocale } from '../shared/locale.ts'
import { followAccountLanguage, otherLang, switchLanguage } from './language.ts'
import { navLabel, routeTitle } from './titles.ts'

/** The areas whose code has loaded (`Route.load`). */
const loadedAreas = new Set<() => Promise<unknown>>()

/**
 * `<heard-portal-app>`: the shell around every page — skip link, header with the signed-in user
 * and sign-out, the organisation switcher, the primary navigation for the user's roles in the
 * current organisation, the main landmark and the footer.
 * It checks each route's access, sets the document title, and after each navigation moves focus
 * to the new page's heading so that screen readers announce it.
 *
 * The shell renders into the document itself (no shadow root), so that the landmarks and the skip
 * link's target are plain document content; its styles are adopted by the document. Each page is
 * its own element with a shadow root.
 */
export class HeardPortalApp extends LitElement {
  @property({ attribute: false }) router!: Router
  @state() match?: Match
  @state() notice?: string
  /** Every organisation of the user's, frozen ones included (`GET /api/portal/memberships`). */
  @state() memberships: MembershipInfo[] = []
  /** How many areas' code is loading (a later navigation may start another). */
  @state() private loadingAreas = 0
  /** The area whose code could not be fetched (offline, or a deploy replaced it): say so. */
  @state() private areaFailed = false
  private membershipsOf: string | undefined
  /** Counts switches of organisation, so that the page is drawn afresh for the new one. */
  private switches = 0
  private firstPage = true
  private lastKey = ''

  constructor() {
    super()
    updateWhenLocaleChanges(this)
  }

  protected override createRenderRoot() {
    if (!document.adoptedStyleSheets.includes(shellStyles.styleSheet!)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, shellStyles.styleSheet!]
    }
    return this
  }

  override connectedCallback() {
    super.connectedCallback()
    session.addEventListener('change', () => {
      this.requestUpdate()
      void followAccountLanguage()
        .then((changed) => changed && this.redrawInLanguage())
        .catch(() => undefined)
      void this.loadMemberships()
    })
    subscriberChanges.addEventListener('change', () => this.requestUpdate())
    handleUnauthenticated(() => {
      session.expire()
      this.toSignIn()
    })
    this.router.addEventListener('change', () => this.resolve())
  }

  private async loadMemberships() {
    const user = session.user
    // Asked again when the user or their memberships change (an invitation accepted).
    const of = user && `${user.id}:${user.memberships.map((m) => m.subscriberId).join()}`
    if (of === this.membershipsOf) return
    this.membershipsOf = of ?? undefined
    this.memberships = []
    if (!user?.memberships.length) return
    try {
      const { memberships } = await api.get<{ memberships: MembershipInfo[] }>('/api/portal/memberships')
      if (this.membershipsOf === of) this.memberships = memberships
    } catch {
      // Without the list the header names no organisation; every page still works.
      this.membershipsOf = undefined
    }
  }

  private async switchOrganisation(e: CustomEvent<{ subscriberId: string }>) {
    const user = session.user
    const chosen = user?.memberships.find((m) => m.subscriberId === e.detail.subscriberId)
    const match = this.match
    if (!user || !chosen || !match) return
    rememberSubscriber(chosen.subscriberId)
    this.switches++
    announce(msg(str`Now working for ${chosen.subscriberName}`))
    const target = href(pathAfterSwitch(match, user, chosen.subscriberId))
    if (target !== `${location.pathname}${location.search}`) return navigate(target)
    // The same address: draw the page afresh for the new organisation.
    this.lastKey = ''
    this.requestUpdate()
    await this.updateComplete
    await this.page()?.focusHeading()
  }

  private toSignIn() {
    const here = `${location.pathname}${location.search}`
    navigate(href('/sign-in', { next: here }), { replace: true })
  }

  private async resolve() {
    const match = this.router.current
    if (!match) return
    if (!session.known) await session.load().catch(() => undefined)
    const { access } = match.route
    const user = session.user
    if (typeof access === 'function' && !user) return this.toSignIn()
    if (access === 'guest' && user) {
      return navigate(safeReturnUrl(match.query.get('next')) ?? href('/'), { replace: true })
    }
    const allowed = typeof access !== 'function' || (user !== null && access(user))
    const load = allowed ? match.route.load : undefined
    // An area already loaded draws at once, in the same task as the navigation.
    this.areaFailed = false
    if (load && !loadedAreas.has(load)) {
      const loaded = await this.loadArea(load)
      // Another navigation may have come while the area loaded: the latest one draws its page.
      if (this.router.current !== match) return
      if (!loaded) return this.showAreaFailed()
    }
    const key = this.pageKey(match)
    const samePage = key === this.lastKey
    this.lastKey = key
    this.match = match
    this.notice = match.notice
    document.title = documentTitle(allowed ? routeTitle(match.route.title) : msg('You cannot open this page'))
    if (samePage) return
    window.scrollTo(0, 0)
    if (this.firstPage) {
      // On the first page, focus stays where the browser puts it (the top of the document).
      this.firstPage = false
      return
    }
    await this.updateComplete
    await this.page()?.focusHeading()
  }

  /** Loads the code of an area, showing "Loading…" meanwhile; false if it could not be fetched. */
  private async loadArea(load: () => Promise<unknown>): Promise<boolean> {
    this.loadingAreas++
    try {
      await load()
      loadedAreas.add(load)
      return true
    } catch {
      return false
    } finally {
      this.loadingAreas--
    }
  }

  private async showAreaFailed() {
    this.areaFailed = true
    this.lastKey = ''
    document.title = documentTitle(msg('This page could not be loaded'))
    await this.updateComplete
    this.querySelector<HTMLElement>('main h1')?.focus()
  }

  private pageKey(match: Match) {
    // A change of language draws the page afresh in it.
    return `${match.route.path}|${JSON.stringify(match.params)}|${this.switches}|${getLocale()}`
  }

  private page(): PageElement | undefined {
    return (this.renderRoot.querySelector('main')?.lastElementChild as PageElement | null) ?? undefined
  }

  private async signOut() {
    await session.signOut().catch(() => undefined)
    navigate(href('/sign-in'), { notice: msg('You have signed out.') })
  }

  private async switchLanguage() {
    const { lang } = otherLang()
    try {
      await switchLanguage(lang)
    } catch {
      this.notice = msg('Your choice of language could not be saved. Try again.')
      return
    }
    this.redrawInLanguage()
  }

  /** Draws the page afresh (its words are read when it is made) and retitles the document. */
  private redrawInLanguage() {
    this.lastKey = ''
    this.requestUpdate()
    if (this.match) document.title = documentTitle(routeTitle(this.match.route.title))
  }

  private renderPage() {
    const match = this.match
    if (!match || this.loadingAreas > 0) return html`<p class="loading" role="status">${msg('Loading…')}</p>`
    if (this.areaFailed) {
      // A browser keeps a failed module import failed, so trying again means loading the page anew.
      return html`<h1 tabindex="-1">${msg('This page could not be loaded')}</h1>
        <p role="alert">
          ${msg('Part of the portal could not be fetched. Check your connection, then try again.')}
        </p>
        <button class="button" type="button" @click=${() => location.reload()}>${msg('Try again')}</button>`
    }
    const { access } = match.route
    const user = session.user
    if (typeof access === 'function' && user && !access(user)) {
      return html`<heard-forbidden-page
        .pageTitle=${msg('You cannot open this page')}
      ></heard-forbidden-page>`
    }
    return keyed(this.pageKey(match), match.route.render(match))
  }

  override updated() {
    const page = this.page()
    if (page && this.match) page.pageTitle = routeTitle(this.match.route.title)
  }

  override render() {
    const user = session.user
    const organisation = chooseMembership(user)?.subscriberId
    const items = navFor(user && userInOrganisation(user, organisation))
    const current = this.match ? currentItem(items, this.match.path) : undefined
    const other = otherLang()
    return html`<a class="skip-link" href="#main">${msg('Skip to main content')}</a>
      <header>
        <div class="width header-row">
          <a class="logo" href=${href('/')}
            ><span class="name">${msg('Heard')}</span> <span class="area">${msg('Portal')}</span></a
          >
          ${
            user && this.memberships.length
              ? html`<heard-organisation-switcher
                  class="organisation"
                  .memberships=${this.memberships}
                  .current=${organisation}
                  @heard-organisation-switch=${this.switchOrganisation}
                ></heard-organisation-switcher>`
              : nothing
          }
          ${
            user
              ? html`<div class="account">
                  <span
                    ><span class="visually-hidden">${msg('Signed in as')} </span
                    ><span class="name">${user.name}</span></span
                  >
                  <button class="sign-out" type="button" @click=${this.signOut}>${msg('Sign out')}</button>
                </div>`
              : nothing
          }
          <button class="sign-out lang-switch" type="button" lang=${other.lang} @click=${this.switchLanguage}>
            ${other.label}
          </button>
        </div>
      </header>
      ${
        items.length
          ? html`<nav aria-label=${msg('Main')}>
              <div class="width">
                <ul>
                  ${items.map(
                    (item) =>
                      html`<li>
                        <a href=${href(item.path)} aria-current=${item === current ? 'page' : nothing}
                          >${navLabel(item.label)}</a
                        >
                      </li>`,
                  )}
                </ul>
              </div>
            </nav>`
          : nothing
      }
      <main id="main" class="width" tabindex="-1">
        ${
          this.notice ? html`<div class="notice" role="status"><p>${this.notice}</p></div>` : nothing
        }${this.renderPage()}
      </main>
      <footer>
        <div class="width">
          <ul>
            <li><a href=${getLocale() === 'cy' ? '/?lang=cy' : '/'}>${msg('Heard home')}</a></li>
            <li><a href="/api/docs">${msg('API documentation')}</a></li>
          </ul>
          <p>${msg('Heard: stories of care, checked by people before they are published.')}</p>
        </div>
      </footer>`
  }
}

if (!customElements.get('heard-portal-app')) customElements.define('heard-portal-app', HeardPortalApp)

declare global {
  interface HTMLElementTagNameMap {
    'heard-portal-app': HeardPortalApp
  }
}
