/** Cells that a spreadsheet would run as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A
 * cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a
 * leading apostrophe, so that opening the export never runs anything a story's author wrote.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || text !== String(value) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (cells: (string | number | boolean | null | undefined)[]) =>
  cells.map(csvCell).join(',') + '\r\n'
