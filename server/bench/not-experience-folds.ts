// How much the learned not_experience model adds for writers the rules have never seen, measured
// on tuning text only. Each fold is a checkout of the rules and tuning corpus as they were before
// some writers' batches were tuned on; those batches (in today's tuning corpus) are the fresh text.
//   git worktree add /tmp/foldA 65cc2cb && git worktree add /tmp/foldB a086426
//   npx tsx server/bench/not-experience-folds.ts /tmp/foldA:W11,W12 /tmp/foldB:W13,W14
import { readFileSync } from 'node:fs'
import { parseCorpus, parseLine } from '../src/precheck/corpora/parse.ts'
import { mentionsCare, scorer } from '../src/precheck/rules/not-experience-model.ts'
import { mayAskModel } from '../src/precheck/rules/not-experience.ts'
import {
  reviewHalf,
  sentencesOf,
  storyHalf,
  THRESHOLD,
  train,
  trainingSamples,
} from './not-experience-training.ts'
import type { Lang, Span } from '../src/precheck/types.ts'

/** Today's tuning lines of the given writers' batches (headed "# Writer Wn"). */
function freshTexts(lang: Lang, writers: string[]) {
  const url = new URL(`../src/precheck/corpora/tuning/${lang}.txt`, import.meta.url)
  let writer = ''
  const lines: string[] = []
  for (const raw of readFileSync(url, 'utf8').split('\n')) {
    const line = raw.trim()
    if (line.startsWith('#'))
      writer = line.match(/^# Writer (W\d+)/)?.[1] ?? (line.startsWith('# Writer') ? writer : '')
    else if (line && writers.includes(writer)) lines.push(line)
  }
  return lines.map((line) => parseLine(line, lang))
}

const pct = (n: number, d: number) => `${n}/${d} (${((n / d) * 100).toFixed(1)}%)`

for (const arg of process.argv.slice(2)) {
  const [root, list] = arg.split(':') as [string, string]
  const writers = list.split(',')
  const rules = await import(`${root}/server/src/precheck/rules/not-experience.ts`)
  for (const lang of ['en', 'cy'] as Lang[]) {
    const cueFile = lang === 'cy' ? 'not-experience-cues-cy.ts' : 'not-experience-cues.ts'
    const cueModule = await import(`${root}/server/src/precheck/rules/${cueFile}`)
    const cues = lang === 'cy' ? cueModule.WELSH : cueModule.ENGLISH
    const told = (s: string) => {
      cues.notTeller.lastIndex = 0
      return cues.teller.test(cues.notTeller.test(s) ? s.replace(cues.notTeller, ' ') : s) as boolean
    }
    const then = parseCorpus(
      readFileSync(`${root}/server/src/precheck/corpora/tuning/${lang}.txt`, 'utf8'),
      lang,
    )
    const score = scorer(train(trainingSamples(lang, then)))
    const byRules = (text: string): Span[] => rules.notExperience.find(text, lang)
    const byModel = (text: string): Span[] => {
      // As the rule asks it: only where nobody tells of their own care and names it.
      const sentences = sentencesOf(text)
      if (sentences.some(told) && sentences.some(mentionsCare)) return []
      return sentences
        .filter((s) => mayAskModel(s, lang) && score(s) > THRESHOLD)
        .map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }))
    }
    let labels = 0
    let rulesFound = 0
    let bothFound = 0
    let rulesFalse = 0
    let bothFalse = 0
    for (const text of freshTexts(lang, writers)) {
      const spans = text.labels.filter((l) => l.rule === 'not_experience')
      const r = byRules(text.text)
      const m = byModel(text.text)
      const hits = (flags: Span[], l: Span) => flags.some((f) => f.start < l.end && f.end > l.start)
      labels += spans.length
      rulesFound += spans.filter((l) => hits(r, l)).length
      bothFound += spans.filter((l) => hits(r, l) || hits(m, l)).length
      const wrong = (flags: Span[]) => flags.filter((f) => !spans.some((l) => hits([f], l))).length
      rulesFalse += wrong(r)
      bothFalse += wrong([...r, ...m.filter((f) => !hits(r, f))])
    }
    const reviews = reviewHalf(lang, 'measure')
    const reviewsFlagged = reviews.filter((r) => byModel(r).length > 0).length
    const stories = storyHalf(lang, 'measure')
    const flagged = stories.filter((s) => byModel(s).length > 0).length
    const openings = stories.filter((s) => byModel(sentencesOf(s)[0] ?? '').length > 0).length
    console.log(`${lang}, ${writers.join('+')} (fresh to the rules of ${root}):`)
    console.log(`  recall, rules alone:    ${pct(rulesFound, labels)}, ${rulesFalse} false alarms`)
    console.log(`  recall, rules + model:  ${pct(bothFound, labels)}, ${bothFalse} false alarms`)
    console.log(
      `  stories the model flags: ${flagged}/${stories.length}; first sentences alone: ${openings}/${stories.length}`,
    )
    console.log(`  short reviews told without "I" the model flags: ${reviewsFlagged}/${reviews.length}`)
  }
}
