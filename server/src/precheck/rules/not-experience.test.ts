import { describe, expect, it } from 'vitest'
import { runPrechecks } from '../index.ts'
import { flagged } from '../test-utils.ts'
import { notExperience } from './not-experience.ts'
import { ENGLISH } from './not-experience-cues.ts'
import { WELSH, withBareVowels } from './not-experience-cues-cy.ts'

describe('not_experience rule', () => {
  it.each([
    'Visit our shop for 20% off all mobility scooters.',
    'The NHS is broken and the government should be ashamed.',
    'What are the visiting hours on the maternity ward?',
    'This is just a test, please ignore.',
  ])('flags advertising, a general opinion, a bare question or a test: %j', (text) => {
    expect(flagged(text, notExperience)).toEqual([text])
  })

  it('does not flag an experience of care that mentions the NHS, prices or a question', () => {
    const text =
      'I know the NHS is under pressure, but nobody told us anything. The nurses deserve a medal for how they ' +
      'looked after my mum. What the hell were they thinking sending him home?'
    expect(flagged(text, notExperience)).toEqual([])
  })

  it('shows an author telling of care only what is plainly not part of a story', () => {
    const notExp = (text: string, audience?: 'author') =>
      runPrechecks(text, 'en', audience)
        .filter((f) => f.rule === 'not_experience')
        .map((f) => text.slice(f.start, f.end))
    const asked = 'My mum was on Ward 3 for a week and the nurses were kind. Why are car parks so expensive?'
    expect(notExp(asked)).toEqual(['Why are car parks so expensive?'])
    expect(notExp(asked, 'author')).toEqual([])
    const advert = 'My dad was looked after well. Visit our shop for 20% off all mobility scooters.'
    expect(notExp(advert, 'author')).toEqual(['Visit our shop for 20% off all mobility scooters.'])
    // Nobody tells of care: the question is the whole text, and the author sees it.
    expect(notExp('Why are car parks so expensive?', 'author')).toEqual(['Why are car parks so expensive?'])
  })

  it('reads Welsh advertising and opinions in Welsh text', () => {
    expect(
      flagged("Mae'r GIG wedi torri a dylai'r llywodraeth fod â chywilydd.", notExperience, 'cy'),
    ).toHaveLength(1)
    expect(flagged('Roedd staff y GIG a ofalodd am Dad yn anhygoel.', notExperience, 'cy')).toEqual([])
  })

  it.each([
    'The NHS is the envy of the world.',
    'Politicians have no idea what it is like on the front line.',
    'The NHS is a national treasure and we must protect it.',
    'Fancy a career in care? Join our friendly team and get paid weekly.',
  ])('flags a general opinion or an advert told in words no list names: %j', (text) => {
    expect(flagged(text, notExperience)).toHaveLength(1)
  })

  it('does not flag a statement about one place, or one told by someone who was there', () => {
    const text =
      'The hospice has a lovely garden where patients can sit. The staff on that ward work so hard. ' +
      'Waiting times were long, but the care was excellent. The ward clerk gave us a discount code for parking.'
    expect(flagged(text, notExperience)).toEqual([])
    expect(flagged("Mae'r GIG yn destun eiddigedd y byd.", notExperience, 'cy')).toHaveLength(1)
    expect(flagged("Mae'r GIG yn golygu popeth i'n teulu.", notExperience, 'cy')).toEqual([])
  })

  it.each([
    'Pass this on, the surgery is closing for good next month.',
    'Domiciliary care workers wanted, mileage paid.',
    'testing testing 1 2 3 does this work',
    'sdfghj',
    'I was wondering if you do weekend appointments?',
    'Hands off our maternity unit',
    'Knock knock, who is there?',
    'Found a blue teddy in the car park, it is with the security desk now.',
    'Labour have had years to fix this and just look at it.',
    'Take part in our study about hospital food and win a voucher.',
  ])('flags a chain message, a job, a test, an enquiry, a campaign, chatter or politics: %j', (text) => {
    expect(flagged(text, notExperience)).toEqual([text])
  })

  it.each([
    'Please pass this on to the night team.',
    "I'd like to know how it was missed.",
    'The labour ward is calm and the midwives are kind.',
    'Please share this with anyone going through the same thing.',
    'We paid £4.50 an hour to park.',
    'I rang at eight and the receptionist said a GP would call me back.',
    'My blog about it is at https://myhipjourney.example.org.',
  ])('does not flag a story that uses the same words: %j', (text) => {
    expect(flagged(text, notExperience)).toEqual([])
  })

  it('leaves a question the next sentence answers with the author’s own care, and flags it alone', () => {
    const asked = 'Is it normal to wait nine weeks for a call back?'
    expect(flagged(`${asked} That is what happened to my father.`, notExperience)).toEqual([])
    expect(flagged(asked, notExperience)).toEqual([asked])
  })

  it.each([
    "Pasiwch hwn ymlaen, mae'r feddygfa'n cau.",
    'Gofalwyr cartref yn eisiau, hyfforddiant llawn.',
    'profi profi un dau tri',
    "Meddwl tybed os ydych chi'n gwneud apwyntiadau ar y penwythnos?",
    'Rhaid i ni achub ein hadran frys leol!',
    "Ar goll: pwrs du yn yr ystafell aros, rhowch e i'r dderbynfa.",
  ])('reads the same kinds in Welsh: %j', (text) => {
    expect(flagged(text, notExperience, 'cy')).toEqual([text])
  })

  it.each([
    'Talon ni £4.50 yr awr am barcio.',
    'Ffoniais i 111 dair gwaith cyn i ambiwlans ddod.',
    "Gofynnais i'r feddygfa fy ffonio'n ôl dair gwaith a wnaeth neb.",
    "Dw i wedi arwyddo'r ddeiseb i achub yr uned achos y gofal gafodd fy mab yno.",
  ])('does not flag a Welsh story that uses the same words: %j', (text) => {
    expect(flagged(text, notExperience, 'cy')).toEqual([])
  })

  it('reads Welsh typed without its accents, and leaves a question in capitals to all_caps', () => {
    expect(withBareVowels('ar ôl [a-zâ] \\bŵ')).toBe('ar [ôo]l [a-zâ] \\b[ŵw]')
    const bare = 'Siop fach, rwan yn danfon cacennau pen-blwydd.'
    expect(flagged(bare, notExperience, 'cy')).toEqual([bare])
    expect(flagged('WHY DOES NOBODY ANSWER the phone in pharmacy?', notExperience)).toEqual([])
    expect(flagged('why does nobody answer the phone in pharmacy?', notExperience)).toHaveLength(1)
  })

  it('has no cue that matches any text at all (an empty alternative in a list)', () => {
    for (const cues of [ENGLISH, WELSH])
      for (const [cue, re] of Object.entries(cues)) expect([cue, re.test('zzqx vvv')]).toEqual([cue, false])
  })
})
