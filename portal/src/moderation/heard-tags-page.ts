import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { Task, TaskStatus } from '@lit/task'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ConflictError, ValidationError } from '../shared/api.ts'
import '../shared/heard-error-summary.ts'
import type { FieldError, HeardErrorSummary } from '../shared/heard-error-summary.ts'
import { GROUP_LABELS, polarityLabel } from '../shared/format.ts'
import { forgetTags } from './moderation-lists.ts'
import { formGroup, radioGroup } from './form-group.ts'
import { POLARITIES, TAG_GROUPS, type Polarity, type Tag, type TagGroup } from '../shared/types.ts'
import { PageElement } from '../shared/page.ts'

const SLUG = /^[a-z0-9-]{2,40}$/
const POLARITY_COLOURS: Record<Polarity, string> = { positive: 'green', negative: 'red', neutral: '' }

export const slugify = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)

/**
 * `<heard-tags-page>`: the managed tag list for moderators — list by group, add, rename (English
 * and Welsh labels, polarity), retire and bring back. Slugs never change once made.
 */
export class HeardTagsPage extends PageElement {
  static override styles = [
    ...PageElement.styles,
    css`
      .lead {
        max-width: 48rem;
      }
      .group {
        margin-bottom: 2.5rem;
      }
      .tags {
        margin: 0;
        padding: 0;
        list-style: none;
        background: #fff;
        border: 1px solid #d8dde0;
      }
      .tags > li {
        padding: 0.75rem 1rem;
        border-bottom: 1px solid #d8dde0;
      }
      .tags > li:last-child {
        border-bottom: 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.5rem 1.5rem;
      }
      .names {
        flex: 1 1 16rem;
      }
      .names .cy {
        display: block;
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      code {
        font-size: 0.875rem;
        color: #4c6272;
      }
      .actions {
        display: flex;
        gap: 1.25rem;
      }
      .retired .names strong {
        color: #4c6272;
      }
      .edit {
        margin-top: 0.75rem;
        padding-top: 0.75rem;
        border-top: 1px dashed #aeb7bd;
      }
      .add {
        max-width: 40rem;
      }
    `,
  ]
  /** The tags, read on opening and again after each change. */
  private readonly tags = new Task(this, {
    task: async (_args, { signal }) =>
      (await api.get<{ tags: Tag[] }>('/api/portal/moderation/tags', { signal })).tags,
    args: () => [],
  })
  @state() editing?: string
  @state() rowErrors: FieldError[] = []
  @state() addErrors: FieldError[] = []
  @state() busy = false
  private slugTouched = false

  private el<T extends HTMLElement>(id: string) {
    return this.renderRoot.querySelector<T>(`#${id}`)
  }

  private value(id: string) {
    return (this.el<HTMLInputElement>(id)?.value ?? '').trim()
  }

  private checked(name: string) {
    return this.renderRoot.querySelector<HTMLInputElement>(`input[name='${name}']:checked`)?.value
  }

  private async startEdit(slug: string) {
    this.editing = slug
    this.rowErrors = []
    await this.updateComplete
    this.el('edit-label')?.focus()
  }

  private async stopEdit(slug: string) {
    this.editing = undefined
    this.rowErrors = []
    await this.updateComplete
    this.el(`change-${slug}`)?.focus()
  }

  private async saveEdit(e: Event, tag: Tag) {
    e.preventDefault()
    const label = this.value('edit-label')
    const labelCy = this.value('edit-label-cy')
    const polarity = this.checked('edit-polarity') as Polarity
    const errors: FieldError[] = []
    if (!label) errors.push({ field: 'edit-label', message: msg('Enter the English label') })
    if (!labelCy) errors.push({ field: 'edit-label-cy', message: msg('Enter the Welsh label') })
    this.rowErrors = errors
    if (errors.length) {
      await this.updateComplete
      return this.el(errors[0].field)?.focus()
    }
    await this.change(tag, { label, labelCy, polarity }, msg(str`Saved “${label}”`))
  }

  private async change(tag: Tag, patch: Partial<Tag>, message: string) {
    this.busy = true
    try {
      await api.patch(`/api/portal/moderation/tags/${encodeURIComponent(tag.slug)}`, patch)
      forgetTags()
      await this.tags.run()
      announce(message)
      await this.stopEdit(tag.slug)
    } catch (e) {
      const text = (e as Error).message
      if (this.editing === tag.slug) this.rowErrors = [{ field: 'edit-label', message: text }]
      else announce(text)
    } finally {
      this.busy = false
    }
  }

  private suggestSlug() {
    if (this.slugTouched) return
    const slug = this.el<HTMLInputElement>('add-slug')
    if (slug) slug.value = slugify(this.value('add-label'))
  }

  private async add(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const group = this.checked('add-group') as TagGroup | undefined
    const polarity = this.checked('add-polarity') as Polarity | undefined
    const label = this.value('add-label')
    const labelCy = this.value('add-label-cy')
    const slug = this.value('add-slug')
    const errors: FieldError[] = []
    if (!group) errors.push({ field: 'add-group-good', message: msg('Choose the group the tag belongs to') })
    if (!label) errors.push({ field: 'add-label', message: msg('Enter the English label') })
    if (!labelCy) errors.push({ field: 'add-label-cy', message: msg('Enter the Welsh label') })
    if (!polarity) errors.push({ field: 'add-polarity-positive', message: msg('Choose the polarity') })
    if (!slug) errors.push({ field: 'add-slug', message: msg('Enter a short name') })
    else if (!SLUG.test(slug)) {
      errors.push({
        field: 'add-slug',
        message: msg('The short name must be 2 to 40 lower-case letters, numbers or hyphens'),
      })
    } else if (this.tags.value?.some((t) => t.slug === slug)) {
      errors.push({ field: 'add-slug', message: msg('There is already a tag with this short name') })
    }
    if (!errors.length) {
      this.busy = true
      try {
        await api.post('/api/portal/moderation/tags', { slug, group, label, labelCy, polarity })
        forgetTags()
        await this.tags.run()
        form.reset()
        this.slugTouched = false
        this.addErrors = []
        announce(msg(str`Added “${label}” to ${GROUP_LABELS[group!]}`))
        this.el('add-label')?.focus()
        return
      } catch (err) {
        if (err instanceof ConflictError)
          errors.push({ field: 'add-slug', message: msg('There is already a tag with this short name') })
        else if (err instanceof ValidationError && err.issues.length) {
          for (const i of err.issues)
            errors.push({
              field: `add-${i.path === 'labelCy' ? 'label-cy' : i.path}`,
              message: `${i.path}: ${i.message}`,
            })
        } else errors.push({ field: 'add-label', message: (err as Error).message })
      } finally {
        this.busy = false
      }
    }
    this.addErrors = errors
    this.setErrorTitle(errors.length > 0)
    await this.renderRoot.querySelector<HeardErrorSummary>('#add-errors')?.focus()
  }

  private textField(
    errors: FieldError[],
    id: string,
    label: string,
    value = '',
    hint?: string,
    onInput?: () => void,
  ) {
    return formGroup(
      errors,
      id,
      label,
      hint,
      (d) =>
        html`<input
          class="input-width-20"
          id=${id}
          type="text"
          .value=${value}
          aria-describedby=${d}
          @input=${onInput ?? nothing}
        />`,
    )
  }

  private polarityOptions(): [string, string][] {
    return POLARITIES.map((p) => [p, p[0].toUpperCase() + p.slice(1)])
  }

  private renderTag(tag: Tag) {
    const editing = this.editing === tag.slug
    return html`<li class=${tag.retired ? 'retired' : ''}>
      <div class="row">
        <span class="names">
          <strong>${tag.label}</strong>
          <span class="cy secondary" lang="cy">${tag.labelCy}</span>
        </span>
        <span class="facts">
          <span class="tag ${POLARITY_COLOURS[tag.polarity]}">${polarityLabel(tag.polarity)}</span>
          ${tag.retired ? html`<span class="tag">${msg('Retired')}</span>` : nothing}
          <code>${tag.slug}</code>
        </span>
        ${
          editing
            ? nothing
            : html`<span class="actions">
                <button
                  class="link-button"
                  id="change-${tag.slug}"
                  type="button"
                  @click=${() => this.startEdit(tag.slug)}
                >
                  ${msg('Change')}<span class="visually-hidden"> ${tag.label}</span>
                </button>
                <button
                  class="link-button"
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() =>
                    this.change(
                      tag,
                      { retired: !tag.retired },
                      tag.retired
                        ? msg(str`“${tag.label}” can be chosen again`)
                        : msg(str`Retired “${tag.label}”`),
                    )}
                >
                  ${tag.retired ? msg('Bring back') : msg('Retire')}<span class="visually-hidden">
                    ${tag.label}</span
                  >
                </button>
              </span>`
        }
      </div>
      ${
        editing
          ? html`<form
              class="edit"
              novalidate
              @submit=${(e: Event) => this.saveEdit(e, tag)}
              aria-label=${msg(str`Change ${tag.label}`)}
            >
              ${this.textField(this.rowErrors, 'edit-label', msg('English label'), tag.label)}
              ${this.textField(this.rowErrors, 'edit-label-cy', msg('Welsh label'), tag.labelCy)}
              ${radioGroup(this.rowErrors, 'edit-polarity', msg('Polarity'), this.polarityOptions(), tag.polarity)}
              <div class="button-group">
                <button class="button small" type="submit" ?disabled=${this.busy}>${msg('Save')}</button>
                <button class="link-button" type="button" @click=${() => this.stopEdit(tag.slug)}>
                  ${msg('Cancel')}
                </button>
              </div>
            </form>`
          : nothing
      }
    </li>`
  }

  private renderAdd() {
    const e = this.addErrors
    return html`<section class="add" aria-labelledby="add-title">
      <h2 id="add-title">${msg('Add a tag')}</h2>
      <heard-error-summary id="add-errors" .errors=${e}></heard-error-summary>
      <form novalidate @submit=${this.add}>
        ${radioGroup(
          e,
          'add-group',
          msg('Group'),
          TAG_GROUPS.map((g): [string, string] => [g, GROUP_LABELS[g]]),
        )}
        ${this.textField(e, 'add-label', msg('English label'), '', undefined, () => this.suggestSlug())}
        ${this.textField(e, 'add-label-cy', msg('Welsh label'))}
        ${radioGroup(e, 'add-polarity', msg('Polarity'), this.polarityOptions())}
        <div @input=${() => (this.slugTouched = true)}>
          ${this.textField(
            e,
            'add-slug',
            msg('Short name'),
            '',
            msg(
              'Lower-case letters, numbers and hyphens. It identifies the tag in the API and cannot be changed later.',
            ),
          )}
        </div>
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Add the tag')}</button>
      </form>
    </section>`
  }

  override render() {
    const heading = html`<span class="caption">${msg('Moderation')}</span>
      <h1>${msg('Tags')}</h1>
      <p class="lead">
        ${msg('The tags authors and moderators choose from, in three groups. A retired tag stays on the stories that have it, but nobody can choose it again.')}
      </p>`
    if (this.tags.status === TaskStatus.ERROR) {
      const e = this.tags.error
      return html`${heading}
        <div class="banner error" role="alert">
          <p>${e instanceof ApiError ? e.message : msg('The tags could not be loaded.')}</p>
          <button class="button secondary" type="button" @click=${() => this.tags.run()}>
            ${msg('Try again')}
          </button>
        </div>`
    }
    const tags = this.tags.value
    if (!tags)
      return html`${heading}
        <p class="loading" role="status">${msg('Loading the tags…')}</p>`
    return html`${heading}
    ${TAG_GROUPS.map(
      (g) =>
        html`<section class="group" aria-labelledby="group-${g}">
          <h2 id="group-${g}">${GROUP_LABELS[g]}</h2>
          <ul class="tags">
            ${tags.filter((t) => t.group === g).map((t) => this.renderTag(t))}
          </ul>
        </section>`,
    )}
    ${this.renderAdd()}`
  }
}

if (!customElements.get('heard-tags-page')) customElements.define('heard-tags-page', HeardTagsPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-tags-page': HeardTagsPage
  }
}
