import { msg, str } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { ApiError } from '../shared/api.ts'
import { patchStory } from './moderation.ts'
import { shared } from '../shared/styles/shared.ts'
import type { ServiceSummary } from '../shared/types.ts'
import type { WorkbenchStory } from './types.ts'
import '../shared/heard-service-search.ts'
import { serviceName, servicePath } from '../shared/locale.ts'

/**
 * `<heard-story-services>`: the services a story is about; add (by search) and remove, saved at once.
 *
 * Properties: `story`, `readonly`.
 * Events: `heard-story-changed` (`detail.story`, the story as saved).
 */
export class HeardStoryServices extends LitElement {
  static override styles = [
    ...shared,
    css`
      .services li {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0.25rem 1rem;
        padding: 0.625rem 0;
        border-bottom: 1px solid #d8dde0;
      }
      .services {
        margin-bottom: 1.5rem;
      }
      .error-message {
        margin-top: 0.5rem;
      }
    `,
  ]
  @property({ attribute: false }) story!: WorkbenchStory
  @property({ type: Boolean }) readonly = false
  @state() busy = false
  @state() failure = ''

  private async save(serviceIds: string[], message: string) {
    this.busy = true
    this.failure = ''
    try {
      const story = await patchStory(this.story.id, { serviceIds })
      this.dispatchEvent(
        new CustomEvent('heard-story-changed', { detail: { story }, bubbles: true, composed: true }),
      )
      announce(message)
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('The services could not be saved. Try again.')
      announce(this.failure)
    } finally {
      this.busy = false
    }
  }

  private add(e: CustomEvent<{ service: ServiceSummary }>) {
    const { service } = e.detail
    void this.save(
      [...this.story.services.map((s) => s.id), service.id],
      msg(str`Added ${serviceName(service)}`),
    )
  }

  private removeService(id: string, name: string) {
    void this.save(
      this.story.services.map((s) => s.id).filter((s) => s !== id),
      msg(str`Removed ${name}`),
    )
    this.renderRoot.querySelector<HTMLElement>('heard-service-search')?.focus()
  }

  override render() {
    const services = this.story.services
    return html`<ul class="services plain-list">
        ${services.map(
          (s) =>
            html`<li>
              <span
                ><strong>${serviceName(s)}</strong
                >${s.path ? html`<br /><span class="secondary small">${servicePath(s)}</span>` : nothing}</span
              >
              ${
                !this.readonly && services.length > 1
                  ? html`<button
                      class="link-button"
                      type="button"
                      ?disabled=${this.busy}
                      @click=${() => this.removeService(s.id, serviceName(s))}
                    >
                      ${msg('Remove')}<span class="visually-hidden"> ${serviceName(s)}</span>
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      ${
        this.failure
          ? html`<p class="error-message" role="alert">
              <span class="visually-hidden">${msg('Error:')}</span> ${this.failure}
            </p>`
          : nothing
      }
      ${
        this.readonly
          ? nothing
          : html`${services.length === 1 ? html`<p class="hint small">${msg('A story needs at least one service, so the last one cannot be removed.')}</p>` : nothing}
              <heard-service-search
                label=${msg('Add a service')}
                action=${msg('Add')}
                .exclude=${services.map((s) => s.id)}
                @heard-service-chosen=${this.add}
              ></heard-service-search>`
      }`
  }
}

if (!customElements.get('heard-story-services'))
  customElements.define('heard-story-services', HeardStoryServices)

declare global {
  interface HTMLElementTagNameMap {
    'heard-story-services': HeardStoryServices
  }
}
