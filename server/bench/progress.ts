const started = performance.now()

const clock = () => {
  const s = Math.round((performance.now() - started) / 1000)
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

/** One line of progress on stdout, with the time since the run started. */
export function step(message: string): void {
  console.log(`[bench ${clock()}] ${message}`)
}

export const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
