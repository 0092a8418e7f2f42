/** A CSV file of rows (RFC 4180). A cell that a spreadsheet would run as a formula is quoted as text. */
export function toCsv(rows: (string | number | null)[][]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}

function cell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A file name from a caption: "Stories per month" → "stories-per-month.csv", "Straeon bob mis" too (accents dropped). */
export const csvName = (caption: string) =>
  `${
    caption
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'table'
  }.csv`
