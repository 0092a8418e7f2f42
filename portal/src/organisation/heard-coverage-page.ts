import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { Task } from '@lit/task'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ForbiddenError, request } from '../shared/api.ts'
import { quantityPreviewInWords } from '../billing/billing.ts'
import '../shared/heard-service-search.ts'
import { nodeKindLabel, plural } from '../shared/format.ts'
import { serviceName, servicePath } from '../shared/locale.ts'
import type { ServiceSummary } from '../shared/types.ts'
import { MemberPageElement } from '../shared/member-page.ts'
import type { Coverage, CoverageChange } from './types.ts'
import type { QuantityPreview } from '../billing/types.ts'
import type { CoverageDependents } from '../../../server/src/tenancy/schemas.ts'

type TreeNode = {
  id: string
  name: string
  nameCy: string | null
  kind: string
  children?: TreeNode[]
  open?: boolean
}
type Chosen = { id: string; name: string; nameCy: string | null; path: string; pathCy: string }
const chosenOf = (n: Chosen): Chosen => ({
  id: n.id,
  name: n.name,
  nameCy: n.nameCy,
  path: n.path,
  pathCy: n.pathCy,
})
const coveredServices = (n: number) => plural(n, msg('covered service'), msg('covered services'))

type Preview = { before: Coverage; after: Coverage; dependents?: CoverageDependents }

/**
 * `<heard-coverage-page>`: admins choose the services their organisation covers, in a tree of what
 * it may cover (its entitlement; covering a node covers everything within it) or by searching.
 * Before saving, the page shows how many services would be covered, what that means for the bill,
 * and which widgets and alerts would lose services, which the admin must confirm.
 */
export class HeardCoveragePage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    css`
      .tree,
      .tree ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .tree ul {
        padding-left: 1.75rem;
        border-left: 1px dashed #aeb7bd;
        margin-left: 0.75rem;
      }
      .node {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.5rem;
        padding: 0.25rem 0;
      }
      .toggle {
        min-width: 2rem;
      }
      .node input {
        width: 1.25rem;
        height: 1.25rem;
        accent-color: #005eb8;
      }
      .kind {
        color: #4c6272;
        font-size: 0.875rem;
      }
      .layout {
        --layout-columns: minmax(0, 3fr) minmax(0, 2fr);
      }
      .totals {
        font-size: 1.5rem;
        font-weight: 700;
      }
    `,
  ]
  @state() roots: TreeNode[] = []
  @state() chosen: Chosen[] = []
  @state() preview?: Preview
  @state() confirmed = false
  @state() price?: QuantityPreview
  @state() failure = ''
  @state() message = ''
  @state() busy = false

  constructor() {
    super()
    this.roles = ['admin']
  }

  /** The coverage and the directory's top level, loaded once when the page is first drawn. */
  private loading = new Task(this, {
    task: (_, { signal }) => this.load(signal),
    args: () => [],
  })
  /** The preview of the chosen services; a newer choice aborts the request for an earlier one. */
  private previewing = new Task(this, {
    task: (_, { signal }) => this.refreshPreview(signal),
    autoRun: false,
  })

  override disconnectedCallback() {
    super.disconnectedCallback()
    this.loading.abort()
    this.previewing.abort()
  }

  private async load(signal: AbortSignal) {
    try {
      const subscriber = await this.loadSubscriber(signal)
      if (!subscriber) return
      const coverage = await api.get<Coverage>(`${this.base}/coverage`, { signal })
      this.chosen = coverage.nodes.map(chosenOf)
      this.preview = { before: coverage, after: coverage }
      if (coverage.coveredUnits > 0) void this.loadPrice(coverage.coveredUnits)
      const entitled = await api.get<Coverage>(`${this.base}/entitlement`, { signal })
      this.roots = entitled.nodes.map((s) => ({ id: s.id, name: s.name, nameCy: s.nameCy, kind: s.kind }))
    } catch (e) {
      if ((e as Error).name === 'AbortError') return
      this.failure = e instanceof ApiError ? e.message : msg('Coverage could not be loaded.')
    }
  }

  private async toggleOpen(node: TreeNode) {
    if (!node.children) {
      const detail = await api.get<{ children: TreeNode[] }>(`/api/v1/services/${node.id}`)
      node.children = detail.children.map((c) => ({ id: c.id, name: c.name, nameCy: c.nameCy, kind: c.kind }))
    }
    node.open = !node.open
    this.roots = [...this.roots]
  }

  private isChosen(id: string) {
    return this.chosen.some((c) => c.id === id)
  }

  private setChosen(node: Chosen, on: boolean) {
    this.chosen = on
      ? [...this.chosen.filter((c) => c.id !== node.id), node]
      : this.chosen.filter((c) => c.id !== node.id)
    this.message = ''
    this.confirmed = false
    void this.previewing.run()
  }

  private async refreshPreview(signal: AbortSignal) {
    const nodeIds = this.chosen.map((c) => c.id)
    try {
      const preview = await api.post<Preview>(`${this.base}/coverage/preview`, { nodeIds }, { signal })
      this.preview = preview
      this.failure = ''
      announce(`${preview.before.coveredUnits} → ${coveredServices(preview.after.coveredUnits)}`)
      this.price = undefined
      if (preview.after.coveredUnits > 0) await this.loadPrice(preview.after.coveredUnits, signal)
    } catch (e) {
      if ((e as Error).name === 'AbortError') return
      if (e instanceof ForbiddenError)
        this.dropRefused(
          nodeIds,
          e.issues.map((i) => i.path),
        )
      this.failure = e instanceof ApiError ? e.message : msg('The change could not be previewed.')
    }
  }

  /** Takes back the services the server named (`nodeIds.i`) as outside what may be covered. */
  private dropRefused(nodeIds: string[], paths: string[]) {
    const refused = new Set(paths.map((p) => nodeIds[Number(p.split('.')[1])]))
    this.chosen = this.chosen.filter((c) => !refused.has(c.id))
  }

  /** What `quantity` covered services would cost; the page says less, not nothing, if this fails. */
  private async loadPrice(quantity: number, signal?: AbortSignal) {
    const price = await api
      .post<QuantityPreview>(`${this.base}/billing/quantity-preview`, { quantity }, { signal })
      .catch(() => undefined)
    // A slower answer for an earlier choice must not replace the current one.
    if (this.preview?.after.coveredUnits === quantity) this.price = price
  }

  private async save() {
    this.busy = true
    this.failure = ''
    try {
      const change = await request<CoverageChange>('PUT', `${this.base}/coverage`, {
        body: { nodeIds: this.chosen.map((c) => c.id), removeFromWidgetsAndAlerts: this.confirmed },
      })
      this.chosen = change.after.nodes.map(chosenOf)
      this.preview = { before: change.after, after: change.after }
      const dropped = change.removed.alertServices + change.removed.widgetServices
      const saved = msg(str`Coverage saved: ${coveredServices(change.after.coveredUnits)}.`)
      this.message = dropped
        ? `${saved} ${msg(
            str`Services no longer covered were removed from alerts (${change.removed.alertServices}) and widgets (${change.removed.widgetServices}).`,
          )}`
        : saved
      announce(this.message)
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#saved')?.focus()
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('Coverage could not be saved.')
    } finally {
      this.busy = false
    }
  }

  private renderNode(node: TreeNode, path: Chosen[], coveredBy: string | undefined): unknown {
    const name = serviceName(node)
    const chosen = this.isChosen(node.id)
    const within = coveredBy && !chosen ? coveredBy : undefined
    return html`<li>
      <div class="node">
        <button
          class="link-button toggle"
          type="button"
          aria-expanded=${node.open ? 'true' : 'false'}
          aria-label=${
            node.open
              ? msg(str`Hide the services within ${name}`)
              : msg(str`Show the services within ${name}`)
          }
          @click=${() => this.toggleOpen(node)}
        >
          ${node.open ? '−' : '+'}
        </button>
        <input
          type="checkbox"
          id="node-${node.id}"
          .checked=${chosen || Boolean(within)}
          ?disabled=${Boolean(within)}
          @change=${(e: Event) =>
            this.setChosen(this.chosenNode(node, path), (e.target as HTMLInputElement).checked)}
        />
        <label for="node-${node.id}">${name}</label>
        <span class="kind"
          >${within ? msg(str`${nodeKindLabel(node.kind)}, covered with ${within}`) : nodeKindLabel(node.kind)}</span
        >
      </div>
      ${
        node.open && node.children
          ? node.children.length
            ? html`<ul>
                ${node.children.map((c) => this.renderNode(c, [...path, this.chosenNode(node, path)], chosen ? name : within))}
              </ul>`
            : html`<p class="small secondary">${msg(str`No services within ${name}.`)}</p>`
          : nothing
      }
    </li>`
  }

  private renderSummary() {
    const p = this.preview
    if (!p) return nothing
    const changed = p.before.coveredUnits !== p.after.coveredUnits || this.changedNodes()
    return html`<section class="panel" aria-labelledby="summary-title" aria-live="polite">
      <h2 id="summary-title">${msg('Covered services')}</h2>
      <p class="totals" id="totals">${p.before.coveredUnits} → ${p.after.coveredUnits}</p>
      <p>
        ${msg(
          str`Now ${coveredServices(p.before.coveredUnits)}; after saving ${coveredServices(p.after.coveredUnits)}.`,
        )}
      </p>
      <div id="price">${quantityPreviewInWords(this.price).map((line) => html`<p>${line}</p>`)}</div>
      <h3>${msg('Chosen')}</h3>
      ${
        this.chosen.length
          ? html`<ul>
              ${this.chosen.map(
                (c) =>
                  html`<li>
                    ${servicePath(c) || serviceName(c)}
                    <button class="link-button" type="button" @click=${() => this.setChosen(c, false)}>
                      ${msg('Remove')}<span class="visually-hidden"> ${serviceName(c)}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p>${msg('Choose at least one service. To end your subscription, ask the Heard team.')}</p>`
      }
      ${this.renderDependents()}
      <button
        class="button"
        type="button"
        ?disabled=${this.busy || !changed || !this.chosen.length || (this.hasDependents() && !this.confirmed)}
        @click=${this.save}
      >
        ${msg('Save coverage')}
      </button>
    </section>`
  }

  /** A tree node as a chosen service, its path made of its ancestors' names. */
  private chosenNode(node: TreeNode, path: Chosen[]): Chosen {
    return {
      id: node.id,
      name: node.name,
      nameCy: node.nameCy,
      path: [...path.map((p) => p.name), node.name].join(' › '),
      pathCy: [...path.map((p) => p.nameCy ?? p.name), node.nameCy ?? node.name].join(' › '),
    }
  }

  private hasDependents() {
    const d = this.preview?.dependents
    return Boolean(d && (d.widgets.length || d.alertRules.length))
  }

  /** The widgets and alerts that would lose services, and the admin's confirmation. */
  private renderDependents() {
    const d = this.preview?.dependents
    if (!d || !this.hasDependents()) return nothing
    const services = (s: { name: string; nameCy?: string | null }[]) =>
      s.map((x) => serviceName(x)).join(', ')
    return html`<div class="warning-callout" id="dependents">
      <h3>${msg('Widgets and alerts use services this change stops covering')}</h3>
      <ul>
        ${d.widgets.map((w) => html`<li>${msg(str`The widget ${w.name}: ${services(w.services)}`)}</li>`)}
        ${d.alertRules.map((a) => html`<li>${msg(str`${a.name}’s alerts: ${services(a.services)}`)}</li>`)}
      </ul>
      <p>
        <input
          type="checkbox"
          id="confirm-dependents"
          .checked=${this.confirmed}
          @change=${(e: Event) => (this.confirmed = (e.target as HTMLInputElement).checked)}
        />
        <label for="confirm-dependents">${msg('Remove these services from those widgets and alerts')}</label>
      </p>
    </div>`
  }

  private changedNodes() {
    const before = new Set(this.preview?.before.nodes.map((n) => n.id))
    return this.chosen.length !== before.size || this.chosen.some((c) => !before.has(c.id))
  }

  override render() {
    return html`<span class="caption">${this.subscriber?.name ?? ''}</span>
      <h1>${msg('Coverage')}</h1>
      <p class="lead">
        ${msg('The services your organisation covers: their stories reach your inbox, alerts and widgets.')}
      </p>
      ${this.failure ? html`<div class="banner error" role="alert"><p>${this.failure}</p></div>` : nothing}
      ${
        this.message
          ? html`<div class="banner success" id="saved" tabindex="-1" role="status">
              <p>${this.message}</p>
            </div>`
          : nothing
      }
      <div class="layout">
        <section aria-labelledby="choose-title">
          <h2 id="choose-title">${msg('Choose services')}</h2>
          <p>${msg('Covering a service covers every service within it.')}</p>
          <heard-service-search
            label=${msg('Search what your organisation may cover')}
            hint=${msg('A name, code or postcode')}
            action=${msg('Cover')}
            .source=${`${this.base}/entitlement/services`}
            .exclude=${this.chosen.map((c) => c.id)}
            @heard-service-chosen=${(e: CustomEvent<{ service: ServiceSummary }>) =>
              this.setChosen(chosenOf(e.detail.service), true)}
          ></heard-service-search>
          <h3>${msg('Browse what your organisation may cover')}</h3>
          ${
            this.roots.length
              ? html`<ul class="tree" aria-label=${msg('What your organisation may cover')}>
                  ${this.roots.map((r) => this.renderNode(r, [], undefined))}
                </ul>`
              : html`<p class="loading">${msg('Loading…')}</p>`
          }
        </section>
        ${this.renderSummary()}
      </div>`
  }
}

if (!customElements.get('heard-coverage-page'))
  customElements.define('heard-coverage-page', HeardCoveragePage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-coverage-page': HeardCoveragePage
  }
}
