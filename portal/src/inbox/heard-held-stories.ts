import { msg, str } from '@lit/localize'
import type { z } from '@hono/zod-openapi'
import { initialState, Task, TaskStatus } from '@lit/task'
import { css, html, LitElement, nothing } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { property } from 'lit/decorators.js'
import { api } from '../shared/api.ts'
import { AUTHOR_ROLE_LABELS, CRITICALITY_LABELS, formatDate, GROUP_LABELS } from '../shared/format.ts'
import { servicePath, tagLabel } from '../shared/locale.ts'
import { shared } from '../shared/styles/shared.ts'
import { TAG_GROUPS } from '../shared/types.ts'
import type { HeldStories, HeldStory } from '../../../server/src/inbox/held.ts'

/**
 * `<heard-held-stories>`: serious stories a moderator is holding back before publication, so the
 * provider has time to look into them. Shows nothing when there are none (or they cannot be
 * loaded: the inbox below still works).
 */
export class HeardHeldStories extends LitElement {
  static override styles = [
    ...shared,
    css`
      :host {
        display: block;
      }
      section {
        border-left: 6px solid #ffb81c;
        background: #fff8e6;
        padding: 1rem 1.25rem;
        margin: 0 0 1.5rem;
      }
      h2 {
        margin-top: 0;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li + li {
        margin-top: 0.75rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      /* One line of text: not the shared .meta list's flex gaps. */
      .meta {
        display: block;
        font-weight: 400;
        color: #4c6272;
        margin: 0.25rem 0 0.5rem;
      }
      .story-body {
        white-space: pre-line;
      }
    `,
  ]
  @property({ attribute: false }) subscriberId?: string
  /** The held stories; left out rather than blocking the inbox when they cannot be loaded. */
  private held = new Task(this, {
    task: ([subscriberId], { signal }) =>
      subscriberId
        ? api.get<z.infer<typeof HeldStories>>(
            `/api/portal/subscribers/${encodeURIComponent(subscriberId)}/inbox/held`,
            { signal },
          )
        : initialState,
    args: () => [this.subscriberId] as const,
  })

  override disconnectedCallback() {
    super.disconnectedCallback()
    this.held.abort()
  }

  private renderStory(story: HeldStory) {
    const tags = TAG_GROUPS.filter((g) => story.tags[g].length)
    return html`<li>
      <details>
        <summary>
          <span lang=${story.lang}>${story.title}</span>
          <span class="meta"
            >${msg('Publishes on')} <time datetime=${story.heldUntil}>${formatDate(story.heldUntil)}</time> ·
            ${CRITICALITY_LABELS[story.criticality]}</span
          >
        </summary>
        <p class="meta">
          ${story.services.map((s) => servicePath(s)).join('; ')} · ${story.nickname},
          ${AUTHOR_ROLE_LABELS[story.authorRole] ?? story.authorRole}
        </p>
        <p class="story-body" lang=${story.lang}>${story.body}</p>
        ${tags.map(
          (g) =>
            html`<p>
              <strong>${GROUP_LABELS[g]}:</strong> ${story.tags[g].map((t) => tagLabel(t)).join(', ')}
            </p>`,
        )}
      </details>
    </li>`
  }

  override render() {
    if (this.held.status !== TaskStatus.COMPLETE || !this.held.value?.stories.length) return nothing
    const { stories, more } = this.held.value
    return html`<section aria-labelledby="held-title">
      <h2 id="held-title">${msg(str`Held before publication (${stories.length}${more ? '+' : ''})`)}</h2>
      <p>
        ${
          stories.length === 1
            ? msg(
                'A moderator is holding a serious story back so that you have time to look into it. It is published on its date, and you can respond then.',
              )
            : msg(
                str`A moderator is holding ${stories.length} serious stories back so that you have time to look into them. Each is published on its date, and you can respond then.`,
              )
        }
      </p>
      <ul>
        ${repeat(
          stories,
          (s) => s.id,
          (s) => this.renderStory(s),
        )}
      </ul>
    </section>`
  }
}

if (!customElements.get('heard-held-stories')) customElements.define('heard-held-stories', HeardHeldStories)

declare global {
  interface HTMLElementTagNameMap {
    'heard-held-stories': HeardHeldStories
  }
}
