import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { date } from './date.ts'

describe('date rule', () => {
  it.each([
    ['My operation was on 12th March 2024 and I was home by teatime.', '12th March 2024'],
    ['I was admitted on 12/03/2024 with sepsis.', '12/03/2024'],
    ['We arrived on 3 March and stayed a fortnight.', '3 March'],
    ['On March 12th my dad fell on the ward.', 'March 12th'],
    ['Mum was discharged on the 5th of June without a care package.', '5th of June'],
    ['On Monday 4 March I waited eight hours.', 'Monday 4 March'],
    ['The letter dated 14.02.2024 cancelled it.', '14.02.2024'],
    ['My scan was booked for 2024-04-18.', '2024-04-18'],
    ['He died on 30/11/23, three days later.', '30/11/23'],
    ['The surgery was booked for March 3rd, 2024 but moved.', 'March 3rd, 2024'],
    ['I was due to be induced on Friday 13th.', 'Friday 13th'],
    ['We were told to come back on the 21st.', '21st'],
  ])('flags the exact date in %j', (text, expected) => {
    expect(flagged(text, date)).toEqual([expected])
  })

  it('flags two dates in one sentence separately', () => {
    expect(flagged('My first chemo was on Feb 7th and my last on Aug 14th.', date)).toEqual([
      'Feb 7th',
      'Aug 14th',
    ])
  })

  it('does not flag vague times, weekdays, months, years or clock times', () => {
    const text =
      'Last March, in 2023, two weeks ago, at 10:30, on Monday, this morning, in May 2022, ' +
      'by Christmas, the 3rd time, the 5th floor, 8/10 pain, 160/95, 24/7, at 6.30, 12.4 mmol.'
    expect(flagged(text, date)).toEqual([])
  })

  it('does not read "may" or "march" as months without a capital', () => {
    expect(flagged('Those 3 may be wrong, and we had to march 2 miles.', date)).toEqual([])
  })

  it('does not read a count after a month as a day', () => {
    expect(flagged('In May 12 patients waited more than a day.', date)).toEqual([])
  })

  it('flags a holiday with a year or after "on", not a season', () => {
    const text = 'We came on Christmas Eve 2024 and again on Boxing Day. Christmas on the ward was lovely.'
    expect(flagged(text, date)).toEqual(['Christmas Eve 2024', 'Boxing Day'])
  })

  it('reads Welsh month names, their mutated forms and Welsh ordinals in Welsh text', () => {
    const text =
      'Roedd y llawdriniaeth ar y 5ed o Fedi, a ganwyd hi ar 3 Mawrth 2025. Ffoniais ar Noswyl Nadolig 2024.'
    expect(flagged(text, date, 'cy')).toEqual(['5ed o Fedi', '3 Mawrth 2025', 'Noswyl Nadolig 2024'])
  })

  it('does not take a Welsh weekday, a floor or a month alone for a date', () => {
    expect(
      flagged('Dydd Mawrth yw diwrnod y clinig. Roedd y ward ar y 3ydd llawr ym mis Mai.', date, 'cy'),
    ).toEqual([])
  })
})
