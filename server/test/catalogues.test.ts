import { describe, expect, it } from 'vitest'
import { alertMessages } from '../src/alerts/messages.ts'
import { authMailMessages } from '../src/auth/emails.ts'
import { billingStatusMessages } from '../src/billing/status-messages.ts'
import { followMessages } from '../src/follow/messages.ts'
import { layoutMessages } from '../src/html/layout.ts'
import type { Catalogue, Message } from '../src/i18n/index.ts'
import { memberMailMessages } from '../src/members/emails.ts'
import { authorMailMessages } from '../src/stories/emails.ts'

/**
 * Every server-rendered page's and email's words, by surface. A surface added later joins this
 * list; a string in one language only fails here (and does not compile).
 */
export const CATALOGUES: Record<string, Catalogue<Record<string, Message>>> = {
  'page frame': layoutMessages,
  'follow page': followMessages,
  'author emails': authorMailMessages,
  'alert emails and unsubscribe page': alertMessages,
  'member emails': memberMailMessages,
  'account emails': authMailMessages,
  'billing status (portal)': billingStatusMessages,
}

const sample = (m: Message) => (typeof m === 'string' ? m : m('X', 'Y', 'Z', 'W'))

describe('server message catalogues', () => {
  for (const [surface, catalogue] of Object.entries(CATALOGUES)) {
    it(`${surface}: has the same strings in English and Welsh, none empty`, () => {
      const en = Object.keys(catalogue.en).sort()
      const cy = Object.keys(catalogue.cy).sort()
      expect(cy).toEqual(en)
      for (const key of en) {
        expect(typeof catalogue.cy[key], key).toBe(typeof catalogue.en[key])
        expect(sample(catalogue.en[key]!).trim(), key).not.toBe('')
        expect(sample(catalogue.cy[key]!).trim(), key).not.toBe('')
      }
    })

    it(`${surface}: is translated, not copied (brand and link-only strings aside)`, () => {
      const copied = Object.keys(catalogue.en).filter(
        (key) =>
          sample(catalogue.en[key]!) === sample(catalogue.cy[key]!) &&
          !/^[\s\W]*Heard[\s\W]*$/.test(sample(catalogue.en[key]!)),
      )
      expect(copied).toEqual([])
    })
  }

  it('counts the strings of each surface in each language (they are equal)', () => {
    const counts = Object.fromEntries(
      Object.entries(CATALOGUES).map(([s, c]) => [
        s,
        { en: Object.keys(c.en).length, cy: Object.keys(c.cy).length },
      ]),
    )
    for (const { en, cy } of Object.values(counts)) expect(cy).toBe(en)
    console.info('server strings per surface', JSON.stringify(counts))
  })
})
