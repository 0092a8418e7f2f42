import { DIRECTORY_HEADER } from '../src/services/import.ts'
import { seededRandom, type Random } from './random.ts'

const TOWNS = [
  'Ashford',
  'Barrow',
  'Caldwell',
  'Dunmore',
  'Eastleigh',
  'Fairhaven',
  'Glenbrook',
  'Harwick',
  'Ingleby',
  'Kestrel Bay',
  'Langmoor',
  'Millbridge',
  'Northam',
  'Oakfield',
  'Pennington',
  'Queensford',
  'Riverside',
  'Stanmore',
  'Thornbury',
  'Upton',
  'Valewood',
  'Westcombe',
  'Yarrow',
  'Aberdyfi',
  'Brynmawr',
  'Cwmfelin',
]
const DEPARTMENTS = [
  'Emergency Department',
  'Maternity',
  'Paediatrics',
  'Cardiology',
  'Oncology',
  'Orthopaedics',
  'General Surgery',
  'Elderly Care',
  'Respiratory Medicine',
  'Stroke Unit',
  'Mental Health',
  'Radiology',
  'Outpatients',
  'Renal Unit',
  'Gastroenterology',
  'Neurology',
  'Intensive Care',
  'Day Surgery',
]
const WARDS = [
  'Rowan',
  'Willow',
  'Oak',
  'Beech',
  'Cedar',
  'Hazel',
  'Maple',
  'Birch',
  'Holly',
  'Aspen',
  'Elm',
  'Larch',
  'Juniper',
  'Sycamore',
  'Poppy',
  'Bluebell',
  'Daffodil',
  'Heather',
  'Primrose',
  'Lavender',
]
const CARE_UNITS = ['Residential Care', 'Nursing Care', 'Dementia Care', 'Respite Care']
const LETTERS = 'ABCDEFGHJKLMNPRSTUWY'

interface Row {
  code: string
  name: string
  kind: 'organisation' | 'site' | 'department' | 'ward'
  parentCode: string
  postcode: string
}

function postcode(r: Random): string {
  const l = () => r.pick(LETTERS.split(''))
  return `${l()}${l()}${r.int(1, 9)} ${r.int(1, 9)}${l()}${l()}`
}

/** One organisation and its subtree; the shape depends on what kind of provider it is. */
function organisation(r: Random, n: number): Row[] {
  const code = `B${String(n).padStart(4, '0')}`
  const town = r.pick(TOWNS)
  const type = r.next()
  const rows: Row[] = []
  const add = (row: Omit<Row, 'postcode'> & { postcode?: string }) => rows.push({ postcode: '', ...row })
  if (type < 0.7) {
    add({
      code,
      name: `${town} Hospitals NHS Trust ${n}`,
      kind: 'organisation',
      parentCode: '',
      postcode: postcode(r),
    })
    for (let s = 1, sites = r.int(2, 6); s <= sites; s++) {
      const site = `${code}-S${s}`
      add({
        code: site,
        name: `${r.pick(TOWNS)} ${s === 1 ? 'General' : 'Community'} Hospital`,
        kind: 'site',
        parentCode: code,
        postcode: postcode(r),
      })
      for (let d = 1, depts = r.int(4, 12); d <= depts; d++) {
        const dept = `${site}-D${d}`
        add({
          code: dept,
          name: DEPARTMENTS[(d * 7 + s) % DEPARTMENTS.length]!,
          kind: 'department',
          parentCode: site,
        })
        // About one department in five (clinics, imaging) has no wards and takes stories itself.
        const wards = r.next() < 0.2 ? 0 : r.int(1, 5)
        for (let w = 1; w <= wards; w++) {
          add({ code: `${dept}-W${w}`, name: `${r.pick(WARDS)} Ward`, kind: 'ward', parentCode: dept })
        }
      }
    }
  } else if (type < 0.9) {
    add({
      code,
      name: `${town} Care Homes ${n}`,
      kind: 'organisation',
      parentCode: '',
      postcode: postcode(r),
    })
    for (let s = 1, homes = r.int(3, 10); s <= homes; s++) {
      const home = `${code}-S${s}`
      add({
        code: home,
        name: `${r.pick(WARDS)} House`,
        kind: 'site',
        parentCode: code,
        postcode: postcode(r),
      })
      for (let d = 1, units = r.int(1, 3); d <= units; d++) {
        const unit = `${home}-D${d}`
        add({ code: unit, name: CARE_UNITS[d - 1]!, kind: 'department', parentCode: home })
        for (let w = 1, suites = r.int(1, 3); w <= suites; w++) {
          add({ code: `${unit}-W${w}`, name: `${r.pick(WARDS)} Suite`, kind: 'ward', parentCode: unit })
        }
      }
    }
  } else {
    add({
      code,
      name: `${town} Medical Practice ${n}`,
      kind: 'organisation',
      parentCode: '',
      postcode: postcode(r),
    })
    for (let s = 1, surgeries = r.int(1, 3); s <= surgeries; s++) {
      const surgery = `${code}-S${s}`
      add({
        code: surgery,
        name: `${r.pick(TOWNS)} Surgery`,
        kind: 'site',
        parentCode: code,
        postcode: postcode(r),
      })
      for (let d = 1, services = r.int(1, 2); d <= services; d++) {
        add({
          code: `${surgery}-D${d}`,
          name: d === 1 ? 'General Practice' : 'Nurse Clinic',
          kind: 'department',
          parentCode: surgery,
        })
      }
    }
  }
  return rows
}

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/**
 * A directory CSV of exactly `total` nodes: trusts (about 70%), care-home groups and GP practices,
 * organisation → site → department → ward. The same every run (seeded), so the big and the small
 * data sets share node codes.
 */
export function directoryCsv(total: number): string {
  const r = seededRandom(20_000)
  const rows: Row[] = []
  for (let n = 1; rows.length < total; n++) rows.push(...organisation(r, n))
  // Cutting the last organisation short only removes descendants: parents come first.
  rows.length = total
  const lines = rows.map((row) =>
    [row.code, row.name, row.kind, row.parentCode, row.postcode].map(csvField).join(','),
  )
  return [DIRECTORY_HEADER.join(','), ...lines].join('\n') + '\n'
}
