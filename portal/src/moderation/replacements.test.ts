import { describe, expect, it } from 'vitest'
import { applyReplacements, REPLACEMENTS, replacementPatch } from './replacements.ts'

describe('one-click replacements', () => {
  const body = 'Nurse Jenny saw me on 3 March 2025 and JENNY WAS GREAT.'
  const name = {
    field: 'body' as const,
    start: 6,
    end: 11,
    rule: 'person_name',
    replacement: '[name removed]',
  }
  const date = { field: 'body' as const, start: 22, end: 34, rule: 'date', replacement: 'recently' }

  it('applies several replacements to one text, whatever order they were chosen in', () => {
    expect(applyReplacements(body, [date, name])).toBe(
      'Nurse [name removed] saw me on recently and JENNY WAS GREAT.',
    )
  })

  it('skips a replacement that overlaps one already applied', () => {
    const overlapping = { ...name, start: 8, end: 12, replacement: 'X' }
    expect(applyReplacements(body, [name, overlapping])).toBe(
      'Nurse JeXsaw me on 3 March 2025 and JENNY WAS GREAT.',
    )
  })

  it('builds one patch with the changed fields, the reasons and the kinds of detail removed', () => {
    const patch = replacementPatch({ title: 'Great care', body }, [name, date])
    expect(patch).toEqual({
      body: 'Nurse [name removed] saw me on recently and JENNY WAS GREAT.',
      reason: `${REPLACEMENTS.person_name!.reason}; ${REPLACEMENTS.date!.reason}`,
      removed: ['person_name', 'date'],
    })
  })

  it('offers the usual replacement first, by rule', () => {
    expect(REPLACEMENTS.person_name!.options('Jenny')[0]).toBe('[name removed]')
    expect(REPLACEMENTS.date!.options('3 March')).toEqual(['[date removed]', 'recently'])
    expect(REPLACEMENTS.all_caps!.options('JENNY WAS GREAT')).toEqual(['Jenny was great'])
    expect(REPLACEMENTS.safeguarding).toBeUndefined()
  })

  it('offers replacements in the story’s language, whatever the portal’s', () => {
    expect(REPLACEMENTS.person_name!.options('Siân', 'cy')).toEqual([
      '[enw wedi ei dynnu]',
      'aelod o staff',
      'y nyrs',
      'y meddyg',
    ])
    expect(REPLACEMENTS.date!.options('3 Mawrth', 'cy')).toEqual(['[dyddiad wedi ei dynnu]', 'yn ddiweddar'])
    expect(REPLACEMENTS.email!.options('a@b.cy', 'en')).toEqual(['[email removed]'])
  })
})
