// Splits draft corpus files into a tuning part and a held-out part, once, when sentences are
// written: a sentence goes to held-out when the FNV-1a hash of its text (mark-up removed) is even.
// The rules are tuned on the tuning part only; held-out is scored, never read for tuning.
// Run: npx tsx server/bench/precheck-split.ts <draft folder>   (appends to the corpus files)
import { appendFileSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fnv1a, parseLine, type Lang } from '../src/precheck/corpora/parse.ts'

const draft = process.argv[2]
if (!draft) throw new Error('usage: precheck-split.ts <draft folder>')
const target = new URL('../src/precheck/corpora/', import.meta.url).pathname

for (const file of readdirSync(draft).sort()) {
  const lang = file.slice(0, 2) as Lang
  const parts: Record<'tuning' | 'held-out', string[]> = { tuning: [], 'held-out': [] }
  for (const raw of readFileSync(join(draft, file), 'utf8').split('\n')) {
    const line = raw.trim()
    if (line === '') continue
    if (line.startsWith('#')) {
      parts.tuning.push(line)
      parts['held-out'].push(line)
      continue
    }
    const part = fnv1a(parseLine(line, lang).text) % 2 === 0 ? 'held-out' : 'tuning'
    parts[part].push(line)
  }
  for (const [part, lines] of Object.entries(parts)) {
    appendFileSync(join(target, part, `${lang}.txt`), `${lines.join('\n')}\n`)
  }
}
