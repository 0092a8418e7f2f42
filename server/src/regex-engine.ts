// How V8 runs the server's regexes; imported first by every entry point (server/src/index.ts,
// the benches that time the server's work), since V8 reads it as each regex is created.
//
// By default V8 compiles a regex to machine code at its second run, and optimises that code only
// while the process holds less than 16 MB of machine code; past that, every regex compiled is
// three to five times slower, for the life of the process. The pre-checks hold about 1,800
// regexes, most of them phrase lists tried only where their first word stands, and compiled at
// the first run they took 20 MB between them. Compiled after 100 runs, only the ones every text
// meets become machine code; the rest are read by V8's interpreter, which for a phrase tried at one
// word costs microseconds. See BENCHMARKS.md, "Seventh round".
import { setFlagsFromString } from 'node:v8'

/** Runs of a regex before V8 compiles it to machine code (V8's default is 1). */
export const REGEX_RUNS_BEFORE_COMPILING = 100

setFlagsFromString(`--regexp-tier-up-ticks=${REGEX_RUNS_BEFORE_COMPILING}`)
