import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { personName } from './person-name.ts'

describe('person_name rule', () => {
  it.each([
    ['Dr Okafor explained everything.', 'Dr Okafor'],
    ['Dr. Sarah Jones listened to me.', 'Dr. Sarah Jones'],
    ['Nurse Jenny held my hand.', 'Nurse Jenny'],
    ['Sister Mary ran the ward.', 'Sister Mary'],
    ['Mr Khan, the surgeon, came to see me.', 'Mr Khan'],
    ["Mrs O'Neill on reception found a wheelchair.", "Mrs O'Neill"],
    ['Professor Lee told us kindly.', 'Professor Lee'],
    ['Our GP, Dr McAllister, has known us for years.', 'Dr McAllister'],
    ['Staff Nurse Adebayo stayed late.', 'Staff Nurse Adebayo'],
    ['Professor Sir Ian Smith operated.', 'Professor Sir Ian Smith'],
  ])('flags a title with a name, title included, in %j', (text, name) => {
    expect(flagged(text, personName)).toEqual([name])
  })

  it.each([
    ['My husband John was treated in the stroke unit.', 'John'],
    ['My daughter Aisha was frightened by the noise.', 'Aisha'],
    ['Our son, Tom, was born at 32 weeks.', 'Tom'],
    ['Paul, my partner, had to carry me.', 'Paul'],
    ["I'm writing for my dad, Frank Walsh, who is 90.", 'Frank Walsh'],
  ])('flags the name after or before a relationship in %j', (text, name) => {
    expect(flagged(text, personName)).toEqual([name])
  })

  it.each([
    ['Thanks to Siobhan and Kwame on the night shift.', ['Siobhan', 'Kwame']],
    ['I was seen by Priya, who was kind.', ['Priya']],
    ['A lovely nurse called Precious looked after me.', ['Precious']],
    ['The porter, Dariusz, chatted to me.', ['Dariusz']],
    ['Steve the paramedic kept me calm.', ['Steve']],
    ['Olu, one of the nurses, noticed my oxygen was low.', ['Olu']],
    ["Everyone at St Mary's was great, especially Lewis.", ['Lewis']],
    ['Harvey was only three when he was diagnosed.', ['Harvey']],
    ['My name is David Thompson and I was on Ward 4.', ['David Thompson']],
    ["I'm Karen and I care for my mum.", ['Karen']],
  ])('flags other names found from context or compromise in %j', (text, names) => {
    expect(flagged(text, personName)).toEqual(names)
  })

  it('flags a first name written without a capital after a relationship, but not an ordinary word', () => {
    expect(flagged('My husband john was rude, my son will come, and my mum may visit.', personName)).toEqual([
      'john',
    ])
  })

  it('does not flag an office or a place that starts with "The"', () => {
    expect(flagged('The Ombudsman agreed. The Royal Free were great.', personName)).toEqual([])
  })

  it('does not flag job titles without a name', () => {
    const text =
      'The nurse, the consultant and the ward sister were kind. Matron came round. The Ward Manager apologised.'
    expect(flagged(text, personName)).toEqual([])
  })

  it('does not flag wards, places, services, months, days or other capitalised words', () => {
    const text =
      'We were on Ward 7B at Riverside, then Oakwood Surgery, the Royal Victoria Infirmary and St Mary’s. ' +
      'In March, on Monday, thank God for the NHS and A&E. Covid was hard. My mum has Parkinson’s. ' +
      'A Marie Curie nurse and the Macmillan team helped. The Christian chaplain prayed with us. ' +
      'We drove up from Stockport. I was prescribed Sertraline.'
    expect(flagged(text, personName)).toEqual([])
  })

  it('does not read a capital at the start of a sentence as a name', () => {
    expect(flagged('Frankly it was awful. Mark my words. Then the doctor came.', personName)).toEqual([])
  })

  it('does not flag the name part of an email address', () => {
    expect(flagged('Email Tom.Baker@example.co.uk please.', personName)).toEqual([])
  })

  it.each([
    ['A lovely HCA called priya sat with me.', ['priya']],
    ['A carer named blessing sang to her.', ['blessing']],
    ['Hope on reception smiled at us.', ['Hope']],
    ['Nurse Joy stayed with my dad.', ['Nurse Joy']],
    ['My daughter Grace was terrified.', ['Grace']],
    ['Oluwaseun explained the results.', ['Oluwaseun']],
    ['Mrs Fernández-Ruiz in the pharmacy sorted it.', ['Mrs Fernández-Ruiz']],
  ])('flags names in lower case, word-names in a name context and non-Anglo names in %j', (text, names) => {
    expect(flagged(text, personName)).toEqual(names)
  })

  it('does not flag word-names used as words, wards, websites or Welsh words in English text', () => {
    const text =
      'There is a grace period. Will they call us back? Mum was on Rose ward. I read it on Mumsnet. ' +
      "We went to Ysbyty Gwynedd. Mae hi'n braf, said the sign. The nurse called the doctor. A lady called out."
    expect(flagged(text, personName)).toEqual([])
  })

  it('finds Welsh names from context and a list of given names, without flagging capitalised Welsh words', () => {
    const text =
      "Roedd nyrs o'r enw gethin yn garedig. Diolch i Siân a Bethan. Mae fy merch Grace yn well. " +
      'Mae Ysbyty Gwynedd yn brysur ar Ddydd Llun ym mis Mai. Roedd Ward Rhiannon yn lân.'
    expect(flagged(text, personName, 'cy')).toEqual(['gethin', 'Siân', 'Bethan', 'Grace'])
  })
})
