import { html, nothing } from 'lit/html.js'
import FORM from 'virtual:heard-form'
import { call } from './api.ts'
import { fill, languages, plural } from './i18n.ts'
import type { FormFactory } from './kit.ts'

let loading: Promise<ReturnType<FormFactory>> | undefined

/**
 * Loads the form chunk once, and only a chunk whose bytes are the ones this build was made with.
 * The build writes the chunk's file name and SHA-384 into this module (`virtual:heard-form`), so
 * an entry pinned by Subresource Integrity pins the form too. The chunk is fetched by a
 * `<link rel="modulepreload" integrity>`: the browser checks the hash and puts the module in its
 * module map, where the `import()` that follows finds it (a chunk that fails the check is never
 * run, and the import fails rather than fetching it again). Browsers without modulepreload cannot
 * check it, so they are not given the form: the widget links to Heard's own form instead.
 */
export function loadForm(): Promise<ReturnType<FormFactory>> {
  return (loading ??= new Promise<string>((ok, fail) => {
    const url = new URL(FORM.file, import.meta.url).href
    const link = document.createElement('link')
    if (!link.relList.supports('modulepreload')) return fail()
    Object.assign(link, { rel: 'modulepreload', href: url, integrity: FORM.integrity, onerror: fail })
    link.onload = () => ok(url)
    document.head.append(link)
  })
    .then((url) => import(/* @vite-ignore */ url))
    .then((m: { default: FormFactory }) => m.default({ html, nothing, call, fill, plural, languages }))
    .catch((e) => {
      loading = undefined
      throw e
    }))
}
