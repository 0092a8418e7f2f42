import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { bareStrings, findBareStrings } from '../../bare-strings.ts'
import { NAV_ITEMS } from '../shell/nav.ts'
import { NOT_FOUND, ROUTES } from '../shell/routes.ts'
import { untranslatedLabels, untranslatedTitles } from '../shell/titles.ts'

const xliff = readFileSync(new URL('../../xliff/cy.xlf', import.meta.url), 'utf8')
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)]
const generated = readFileSync(new URL('./cy.ts', import.meta.url), 'utf8')

/**
 * "No string left behind" for the portal: every msg() that `lit-localize extract` finds has a
 * Welsh target, and the built catalogue holds every one of them. (Run `npx lit-localize extract`
 * after adding strings: a new msg() then shows here without a target.)
 */
describe('the Welsh portal catalogue', () => {
  it('has a Welsh target for every message, none empty or left in English', () => {
    expect(units.length).toBeGreaterThan(100)
    const missing = units.filter(([, , body]) => !/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body!))
    expect(missing.map(([, id]) => id)).toEqual([])
    const copied = units.filter(([, , body]) => {
      const [, source] = body!.match(/<source>([\s\S]*?)<\/source>/)!
      const [, target] = body!.match(/<target>([\s\S]*?)<\/target>/) ?? []
      // Names, and words Welsh spells the same way (tag, ward, problem).
      return source === target && !/^(API|Heard|Stripe|Tag|ward|Problem)$/.test(source!)
    })
    expect(copied.map(([, id]) => id)).toEqual([])
    console.info(`portal strings: en ${units.length}, cy ${units.length - missing.length}`)
  })

  it('is built: the generated cy.ts has every message of the XLIFF', () => {
    for (const [, id] of units) expect(generated, id).toContain(`'${id}'`)
  })

  it('translates every route title and navigation label', () => {
    expect(untranslatedTitles([...ROUTES, NOT_FOUND].map((r) => r.title))).toEqual([])
    expect(untranslatedLabels(NAV_ITEMS.map((i) => i.label))).toEqual([])
  })
})

/**
 * …and no English that skips msg(): `portal/bare-strings.ts` reads every portal source with
 * TypeScript's parser and lists text in html`` templates, read attributes and English string
 * literals that do not go through msg() (so have no Welsh).
 */
describe('the portal’s code', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url))

  it('has no user-facing English outside msg()', () => {
    const bare = findBareStrings(root).map((b) => `${b.file}:${b.line} ${b.text}`)
    expect(bare).toEqual([])
  })

  it('would notice English left in a template, an attribute or a string', () => {
    const source = [
      "import { html } from 'lit'",
      "import { msg } from '@lit/localize'",
      "const label = 'Save your changes'",
      'export const a = (n: number) => html`<p>Saved</p><button aria-label="Close">×</button>`',
      'export const b = (n: number) => `${n} stories`',
      "export const c = () => html`<h1>${msg('Inbox')}</h1><p>${msg(html`Read <a href='/'>more</a>`)}</p>`",
      'export const d = () => html`<code>npm run heard</code> → ${label}`',
      "export const e = { label: 'Running', cy: 'Yn rhedeg', en: 'Running' }",
    ].join('\n')
    expect(bareStrings('example.ts', source).map((b) => b.text)).toEqual([
      'Save your changes',
      'Close',
      'Saved',
      '… stories',
      'Running',
    ])
  })
})
