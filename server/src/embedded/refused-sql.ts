import {
  errorResponse,
  readyForQuery,
  statementText,
  type ErrorFields,
  type TransactionStatus,
} from './wire.ts'

/** What SQL may not do on the embedded database. */
export type Refusal = 'copy-from' | 'sleep'

const REFUSED: Record<Refusal, ErrorFields> = {
  'copy-from': {
    severity: 'ERROR',
    code: '0A000',
    message: "COPY … FROM (and psql's \\copy … from) is not available on the embedded database",
    hint:
      'PGlite cannot take COPY data through its socket. Load rows with INSERT statements ' +
      '(psql -f file.sql), or the directory with npm run heard -- directory:import. COPY … TO works.',
  },
  sleep: {
    severity: 'ERROR',
    code: '0A000',
    message: 'pg_sleep is not available on the embedded database',
    hint: 'PGlite cannot interrupt a running statement: the Heard server would stop answering while it sleeps.',
  },
}

/**
 * The answer to a Query or Parse message whose SQL must not reach PGlite, if it must not: an
 * ErrorResponse, followed for a Query by ReadyForQuery with the session's `status`. COPY … FROM
 * is refused to every client; pg_sleep only to operators (psql), since Heard never sends it.
 */
export function answerRefused(
  type: string,
  bytes: Buffer,
  client: { operator: boolean; status: TransactionStatus },
): Buffer | undefined {
  const text = statementText(type, bytes)
  const refused = text === undefined ? undefined : refusal(text)
  if (!refused || (refused === 'sleep' && !client.operator)) return undefined
  const error = errorResponse(REFUSED[refused])
  return type === 'Q' ? Buffer.concat([error, readyForQuery(client.status)]) : error
}

/** Anywhere, even in a function body or a string: refusing too much beats stopping the server. */
const SLEEP = /\bpg_sleep(_for|_until)?\b/i

/**
 * Why SQL text must not reach PGlite, if it must not. PGlite cannot take COPY data through its
 * socket (`COPY … FROM STDIN` stops the database outright), and it cannot interrupt a running
 * statement, so a `pg_sleep` would stop the Heard server for as long as it sleeps.
 *
 * For COPY, a small lexer: it skips comments, string literals (standard, escape and dollar-quoted)
 * and quoted identifiers, splits statements on `;`, and looks at the words at parenthesis depth 0
 * of each statement that begins with COPY: the first FROM or TO decides.
 */
export function refusal(sql: string): Refusal | undefined {
  if (SLEEP.test(sql)) return 'sleep'
  let words: string[] = []
  let depth = 0
  for (const token of tokens(sql)) {
    if (token === ';') {
      if (copiesFrom(words)) return 'copy-from'
      words = []
      depth = 0
    } else if (token === '(') depth++
    else if (token === ')') depth--
    else if (depth === 0 || words.length === 0) words.push(token)
  }
  return copiesFrom(words) ? 'copy-from' : undefined
}

function copiesFrom(words: string[]): boolean {
  if (words[0] !== 'copy') return false
  const direction = words.find((word) => word === 'from' || word === 'to')
  // A COPY the lexer cannot read is refused rather than risked.
  return direction !== 'to'
}

/** Lower-cased bare words, `(`, `)` and `;`; everything quoted or commented is left out. */
function* tokens(sql: string): Generator<string> {
  const word = /[a-z_][a-z0-9_$]*/iy
  let i = 0
  while (i < sql.length) {
    const skip = skipLength(sql, i)
    if (skip > 0) {
      i += skip
      continue
    }
    word.lastIndex = i
    const found = word.exec(sql)
    if (found) {
      yield found[0].toLowerCase()
      i += found[0].length
      continue
    }
    const c = sql[i]!
    if (c === '(' || c === ')' || c === ';') yield c
    i++
  }
}

const dollarTag = /\$([a-z_][a-z0-9_]*)?\$/iy

/** How many characters of comment, literal or quoted identifier start at `i` (0 if none). */
function skipLength(sql: string, i: number): number {
  const c = sql[i]
  const next = sql[i + 1]
  if (c === '-' && next === '-') return endOf(sql, i, '\n', 2)
  if (c === '/' && next === '*') return blockCommentLength(sql, i)
  if ((c === 'e' || c === 'E') && next === "'") return 1 + quotedLength(sql, i + 1, true)
  if (c === "'" || c === '"') return quotedLength(sql, i, false)
  if (c !== '$') return 0
  dollarTag.lastIndex = i
  const tag = dollarTag.exec(sql)
  return tag ? endOf(sql, i, tag[0], tag[0].length) : 0
}

/** The length from `i` to the end of the first `terminator` found `from` characters on. */
function endOf(sql: string, i: number, terminator: string, from: number): number {
  const at = sql.indexOf(terminator, i + from)
  return (at < 0 ? sql.length : at + terminator.length) - i
}

function blockCommentLength(sql: string, i: number): number {
  let depth = 0
  for (let j = i; j < sql.length - 1; j++) {
    const pair = sql.slice(j, j + 2)
    if (pair === '/*') depth++
    else if (pair === '*/') depth--
    else continue
    j++
    if (depth === 0) return j + 1 - i
  }
  return sql.length - i
}

/** A literal or identifier quoted at `i`, where a doubled quote (or, in E'', a backslash) escapes. */
function quotedLength(sql: string, i: number, backslashes: boolean): number {
  const quote = sql[i]
  for (let j = i + 1; j < sql.length; j++) {
    if (backslashes && sql[j] === '\\') j++
    else if (sql[j] === quote) {
      if (sql[j + 1] !== quote) return j + 1 - i
      j++
    }
  }
  return sql.length - i
}
