/**
 * What the platform admin pages decide without the server: checking their forms before sending,
 * reading the server's answers about directory files, and whether a manual subscription still runs.
 */
import { msg, str } from '@lit/localize'
import type { Issue } from '../shared/api.ts'
import { plural } from '../shared/format.ts'
import type { ImportPlan, ManualSubscription, RowError } from './types.ts'
import { formatDateIn } from '../shared/locale.ts'

export type FieldProblem = { field: string; message: string }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const NOTE_MAX = 500

/** The columns of a directory file, in order, as the server's import and `directory:import` read them. */
export const DIRECTORY_COLUMNS = [
  {
    name: 'code',
    get what() {
      return msg(
        'The service’s own code (ODS-style): 1–40 letters, digits or hyphens, unique in the file. Rows match existing services by code.',
      )
    },
  },
  {
    name: 'name',
    get what() {
      return msg('The service’s name, up to 200 characters.')
    },
  },
  {
    name: 'kind',
    get what() {
      return msg('One of organisation, site, department, ward.')
    },
  },
  {
    name: 'parent_code',
    get what() {
      return msg(
        'The code of the service it belongs to, in the file or already in the directory. Empty for an organisation; required for every other kind.',
      )
    },
  },
  {
    name: 'postcode',
    get what() {
      return msg('Optional: a UK postcode.')
    },
  },
  {
    name: 'name_cy',
    get what() {
      return msg(
        'Optional column: the service’s Welsh name, up to 200 characters, shown to people reading in Welsh. Leave a cell empty where there is none; a file without the column keeps the Welsh names already stored.',
      )
    },
  },
  {
    name: 'ownership',
    get what() {
      return msg(
        'Optional column: public (NHS, local authority) or private (independent care home, GP practice, home care, charity). Empty inherits from the service it belongs to; a tree with none set is public. Stories about a private provider wait up to 72 hours for it before they are published.',
      )
    },
  },
  {
    name: 'contact_email',
    get what() {
      return msg(
        'Optional column: where a private provider that does not subscribe is sent its stories before publication.',
      )
    },
  },
] as const

/** Today in UTC as `YYYY-MM-DD`: the earliest last day a manual subscription may have. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10)

export function checkNewSubscriber(input: { name: string; adminEmail: string }): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!input.name.trim())
    problems.push({ field: 'subscriber-name', message: msg('Enter the organisation’s name') })
  else if (input.name.trim().length > 200)
    problems.push({ field: 'subscriber-name', message: msg('Name must be 200 characters or fewer') })
  if (!EMAIL.test(input.adminEmail.trim()))
    problems.push({
      field: 'admin-email',
      message: msg('Enter the admin’s email address in the correct format, like name@example.org'),
    })
  return problems
}

export function checkManualSubscription(
  input: { periodEnd: string; note: string },
  today = todayUtc(),
): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.periodEnd))
    problems.push({ field: 'period-end', message: msg('Enter the last day of the subscription') })
  else if (input.periodEnd < today)
    problems.push({ field: 'period-end', message: msg('The last day must be today or later') })
  const note = input.note.trim()
  if (!note)
    problems.push({ field: 'note', message: msg('Add a note, e.g. the invoice or purchase order number') })
  else if (note.length > NOTE_MAX)
    problems.push({ field: 'note', message: msg(str`The note must be ${NOTE_MAX} characters or fewer`) })
  return problems
}

/**
 * The server's issues for a form, each given to one of the form's fields: `fields` maps the first
 * part of an issue's path (`coverage.0` → `coverage`) to a field id; the rest go to `fallback`.
 */
export function issuesToFields(
  issues: Issue[],
  fields: Record<string, string>,
  fallback: string,
): FieldProblem[] {
  return issues.map((issue) => {
    const key = issue.path.split('.')[0] ?? ''
    return {
      field: fields[key] ?? fallback,
      message: fields[key] ? issue.message : `${issue.path} ${issue.message}`.trim(),
    }
  })
}

/** The row errors of a refused import: its issues have paths `line.<n>`. */
export function rowErrorsFromIssues(issues: Issue[]): RowError[] {
  return issues.map((issue) => {
    const line = /^line\.(\d+)$/.exec(issue.path)?.[1]
    return { line: line ? Number(line) : 0, message: issue.message }
  })
}

/** "12 services will be added and 3 changed", or for a finished import "12 services added and 3 changed". */
export function describeImport(plan: Extract<ImportPlan, { ok: true }>, done = false) {
  if (plan.total === 0)
    return done
      ? msg('The file had no services: nothing changed.')
      : msg('The file has no services to import.')
  const services = plural(plan.created, msg('service'), msg('services'))
  const rows = plural(plan.total, msg('row'), msg('rows'))
  return done
    ? msg(str`${services} added and ${plan.updated} changed (${rows} in the file).`)
    : msg(str`${services} will be added and ${plan.updated} will be changed (${rows} in the file).`)
}

/** "3 rows to fix". */
export const rowsToFix = (n: number) => msg(str`${plural(n, msg('row'), msg('rows'))} to fix`)

/** How many row errors the server found but did not list. */
export const unlisted = (shown: number, count: number) => Math.max(0, count - shown)

/** A manual subscription that still gives full use: not ended, and its last day not yet over. */
export function isRunning(m: ManualSubscription, now = new Date()) {
  return m.endedAt === null && new Date(m.periodEnd) > now
}

/** A manual subscription's `periodEnd` is the moment full use ends; people think of its last day. */
export const lastDay = (periodEnd: string) =>
  formatDateIn(new Date(Date.parse(periodEnd) - 1), { day: true, month: 'long', utc: true })
