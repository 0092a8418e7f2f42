import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { phone } from './phone.ts'

describe('phone rule', () => {
  it.each([
    ['Call me on 07700 900123 any time.', '07700 900123'],
    ['You can reach me on +44 7700 900456 in the evening.', '+44 7700 900456'],
    ['My number is +44 (0)7700 900222.', '+44 (0)7700 900222'],
    ['The ward is on (01632) 960001 but nobody answers.', '(01632) 960001'],
    ['I rang 0161 496 0000 fifteen times.', '0161 496 0000'],
    ['My landline is 020 7946 0000.', '020 7946 0000'],
    ['Text 07700900789 please.', '07700900789'],
    ['My son is on 07700-900-321.', '07700-900-321'],
  ])('flags the UK number in %j', (text, number) => {
    expect(flagged(text, phone)).toEqual([number])
  })

  it('reports the exact offsets of the number', () => {
    const text = 'Ring 0113 496 0123 and ask for the discharge team.'
    expect(phone.find(text, 'en')).toEqual([{ start: 5, end: 18 }])
  })

  it('does not flag emergency and helpline numbers, times, wards, years or short numbers', () => {
    const text =
      'I called 999, then NHS 111, then 111 again at 10:30 and 17:00. Samaritans are on 116 123. ' +
      'Ward 12, bed 4, extension 4432, room 0113, in 2023 and 2024, 160/95, 8/10, 24/7, £1,250.'
    expect(flagged(text, phone)).toEqual([])
  })

  it('leaves a valid NHS number to its own rule but flags the same shape when the check digit fails', () => {
    expect(flagged('My number is 016 149 6008.', phone)).toEqual([])
    expect(flagged('My number is 016 149 6007.', phone)).toEqual(['016 149 6007'])
  })

  it('stops at the end of the number when more digits follow', () => {
    expect(flagged('Call 07700 900123 2 or 3 times.', phone)).toEqual(['07700 900123'])
  })
})
