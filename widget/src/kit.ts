/**
 * The contract between the entry module and the form chunk, types only. The form chunk imports
 * nothing at run time: the entry hands it its own lit-html and helpers (the `Kit`), so Lit ships
 * once, and the chunk's bytes — and so its pinned hash — depend on nothing else.
 */
import type { html, nothing } from 'lit/html.js'
import type { call, Ref } from './api.ts'
import type { fill, languages, plural } from './i18n.ts'
import type { Strings } from './locales/strings.ts'

export interface Kit {
  html: typeof html
  nothing: typeof nothing
  call: typeof call
  fill: typeof fill
  plural: typeof plural
  languages: typeof languages
}

/** What the form needs of `<heard-stories>`. */
export interface FormHost extends HTMLElement {
  L: Strings
  api: string
  ids: string[]
  about?: Ref
  root: ShadowRoot
  update(): Promise<void>
  focusSoon(selector: string): Promise<void>
  fire(type: string, detail?: object): void
  /** Adds a stylesheet to the shadow root (constructable where the browser has them). */
  adopt(css: string): void
  /** The form was closed: the host shows its list again. */
  closeForm(): void
}

export interface Form {
  render(): unknown
}

/** The form chunk's default export. */
export type FormFactory = (kit: Kit) => new (host: FormHost) => Form
