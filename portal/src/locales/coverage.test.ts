import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
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
      return source === target && !/^(API|Heard)$/.test(source!)
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
