import { msg, str } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { ApiError } from '../shared/api.ts'
import { CRITICALITY_LABELS, GROUP_LABELS, polarityLabel } from '../shared/format.ts'
import { patchStory } from './moderation.ts'
import { shared } from '../shared/styles/shared.ts'
import { TAG_GROUPS, type Tag, type TagGroup } from '../shared/types.ts'
import type { WorkbenchStory } from './types.ts'
import { inlineError } from '../shared/form-fields.ts'
import { tagLabel } from '../shared/locale.ts'

type Tags = Record<TagGroup, string[]>

const POLARITY_TAGS: Record<string, string> = { positive: 'green', negative: 'red', neutral: '' }

const storyTags = (story: WorkbenchStory): Tags => ({
  good: [...story.tags.good],
  improve: [...story.tags.improve],
  feelings: [...story.tags.feelings],
})

const sameTags = (a: Tags, b: Tags) =>
  TAG_GROUPS.every((g) => [...a[g]].sort().join() === [...b[g]].sort().join())

/**
 * `<heard-story-assessment>`: criticality (0–5, the six labels) and tags in three groups, each tag
 * showing its polarity. Changes are a draft until saved — with its button, or by `save()`, which
 * the decision calls before publishing.
 *
 * Properties: `story`, `tags` (the managed list), `readonly`.
 * Events: `heard-story-changed` (`detail.story`).
 */
export class HeardStoryAssessment extends LitElement {
  static override styles = [
    ...shared,
    css`
      .criticality {
        margin-bottom: 2rem;
      }
      .tag-groups {
        display: grid;
        gap: 1.5rem;
      }
      .choices.inline {
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
      }
      .choice .tag {
        margin-left: 0.375rem;
        font-size: 0.75rem;
        vertical-align: 0.1em;
      }
      .unsaved {
        font-weight: 600;
      }
    `,
  ]
  @property({ attribute: false }) story!: WorkbenchStory
  @property({ attribute: false }) tags: Tag[] = []
  @property({ type: Boolean }) readonly = false
  /** The draft. */
  @state() criticality: number | null = null
  @state() chosen: Tags = { good: [], improve: [], feelings: [] }
  @state() error = ''
  @state() busy = false
  private savedFor?: WorkbenchStory

  override willUpdate(changed: Map<string, unknown>) {
    // A story saved elsewhere (text, services) leaves the draft alone; a new story replaces it.
    if (
      changed.has('story') &&
      this.story &&
      (!this.savedFor || this.savedFor.id !== this.story.id || !this.dirty)
    ) {
      this.criticality = this.story.criticality
      this.chosen = storyTags(this.story)
    }
    this.savedFor = this.story
  }

  get dirty() {
    const saved = this.savedFor ?? this.story
    return (
      Boolean(saved) && (this.criticality !== saved.criticality || !sameTags(this.chosen, storyTags(saved)))
    )
  }

  /** Shows `message` at the criticality question and moves focus there. */
  async requireCriticality(message: string) {
    this.error = message
    await this.updateComplete
    this.renderRoot.querySelector<HTMLInputElement>('#criticality-0')?.focus()
  }

  /** Saves the draft when it differs from the story; resolves to the saved story. */
  async save(): Promise<WorkbenchStory> {
    if (!this.dirty) return this.story
    this.busy = true
    try {
      const story = await patchStory(this.story.id, {
        ...(this.criticality !== null && { criticality: this.criticality }),
        tags: this.chosen,
      })
      this.savedFor = story
      this.dispatchEvent(
        new CustomEvent('heard-story-changed', { detail: { story }, bubbles: true, composed: true }),
      )
      return story
    } finally {
      this.busy = false
    }
  }

  private async submit(e: Event) {
    e.preventDefault()
    try {
      await this.save()
      this.error = ''
      announce(msg('Criticality and tags saved'))
    } catch (err) {
      this.error = err instanceof ApiError ? err.message : msg('Could not save. Try again.')
      announce(this.error)
    }
  }

  private toggle(group: TagGroup, slug: string, on: boolean) {
    const list = this.chosen[group].filter((s) => s !== slug)
    this.chosen = { ...this.chosen, [group]: on ? [...list, slug] : list }
  }

  private renderCriticality() {
    return html`<fieldset
      class="criticality form-group ${this.error ? 'has-error' : ''}"
      aria-describedby="criticality-hint${this.error ? ' criticality-error' : ''}"
    >
      <legend class="heading">${msg('How critical is the story?')}</legend>
      <span class="hint" id="criticality-hint"
        >${msg('Rate the single most critical statement in it. Providers’ staff see this; the public does not.')}</span
      >
      ${inlineError('criticality', this.error)}
      <div class="choices">
        ${CRITICALITY_LABELS.map(
          (label, n) =>
            html`<div class="choice">
              <input
                type="radio"
                id="criticality-${n}"
                name="criticality"
                value=${n}
                .checked=${this.criticality === n}
                ?disabled=${this.readonly}
                @change=${() => ((this.criticality = n), (this.error = ''))}
              />
              <label for="criticality-${n}">${n} ${label}</label>
            </div>`,
        )}
      </div>
    </fieldset>`
  }

  private renderGroup(group: TagGroup) {
    const chosen = this.chosen[group]
    const tags = this.tags.filter((t) => t.group === group && (!t.retired || chosen.includes(t.slug)))
    const unknown = chosen.filter((slug) => !tags.some((t) => t.slug === slug))
    return html`<fieldset>
      <legend>${GROUP_LABELS[group]}</legend>
      <div class="choices inline">
        ${tags.map(
          (t) =>
            html`<div class="choice">
              <input
                type="checkbox"
                id="tag-${t.slug}"
                .checked=${chosen.includes(t.slug)}
                ?disabled=${this.readonly}
                @change=${(e: Event) => this.toggle(group, t.slug, (e.target as HTMLInputElement).checked)}
              />
              <label for="tag-${t.slug}"
                >${t.retired ? msg(str`${tagLabel(t)} (retired)`) : tagLabel(t)}
                <span class="tag ${POLARITY_TAGS[t.polarity]}">${polarityLabel(t.polarity)}</span></label
              >
            </div>`,
        )}
        ${unknown.map((slug) => html`<p class="secondary small">${msg(str`${slug} (not in the tag list)`)}</p>`)}
      </div>
    </fieldset>`
  }

  override render() {
    if (!this.story) return nothing
    return html`<form @submit=${this.submit} novalidate>
      ${this.renderCriticality()}
      <h3>${msg('Tags')}</h3>
      <div class="tag-groups form-group">${TAG_GROUPS.map((g) => this.renderGroup(g))}</div>
      ${
        this.readonly
          ? nothing
          : html`<div class="button-group">
              <button class="button secondary" type="submit" ?disabled=${this.busy}>
                ${msg('Save criticality and tags')}
              </button>
              ${this.dirty ? html`<span class="unsaved">${msg('You have unsaved changes. Publishing saves them.')}</span>` : nothing}
            </div>`
      }
    </form>`
  }
}

if (!customElements.get('heard-story-assessment'))
  customElements.define('heard-story-assessment', HeardStoryAssessment)

declare global {
  interface HTMLElementTagNameMap {
    'heard-story-assessment': HeardStoryAssessment
  }
}
