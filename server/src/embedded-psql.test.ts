import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConfig } from '../test/app.ts'
import { setLogLevel } from './log.ts'
import { createApp } from './app.ts'
import { openEmbedded, type Database } from './db.ts'
import { migrate } from './migrate.ts'

/** What the server must keep to, whatever psql does. */
const ANSWER_WITHIN_MS = 2000
/** A psql run that takes longer has hung on the server. */
const PSQL_DEADLINE_MS = 10_000

let dir: string
let db: Database
let app: ReturnType<typeof createApp>['app']

interface PsqlRun {
  code: number | null
  stdout: string
  stderr: string
}

function startPsql(args: string[]): ChildProcessWithoutNullStreams {
  return spawn('/usr/bin/psql', ['-X', '-h', db.socketDir!, '-U', 'postgres', ...args], {
    env: { PATH: process.env.PATH ?? '', PGCONNECT_TIMEOUT: '5', PGDATABASE: 'postgres' },
  })
}

/** Runs psql to its end (killed past the deadline), with `input` on its standard input. */
async function psql(args: string[], input = ''): Promise<PsqlRun> {
  const child = startPsql(args)
  const run: PsqlRun = { code: null, stdout: '', stderr: '' }
  child.stdout.on('data', (data: Buffer) => (run.stdout += data.toString()))
  child.stderr.on('data', (data: Buffer) => (run.stderr += data.toString()))
  child.stdin.end(input)
  const deadline = setTimeout(() => child.kill('SIGKILL'), PSQL_DEADLINE_MS)
  ;[run.code] = (await once(child, 'close')) as [number | null]
  clearTimeout(deadline)
  return run
}

/** An interactive psql; `until(text)` resolves once its output (or errors) contain `text`. */
function interactivePsql() {
  const child = startPsql(['-v', 'ON_ERROR_STOP=0'])
  let output = ''
  const waiting: { text: string; resolve: () => void }[] = []
  const read = (data: Buffer) => {
    output += data.toString()
    for (const wait of waiting.filter((w) => output.includes(w.text))) {
      waiting.splice(waiting.indexOf(wait), 1)
      wait.resolve()
    }
  }
  child.stdout.on('data', read)
  child.stderr.on('data', read)
  return {
    child,
    send: (line: string) => child.stdin.write(`${line}\n`),
    output: () => output,
    until: (text: string) =>
      new Promise<void>((resolve, reject) => {
        if (output.includes(text)) return resolve()
        const timer = setTimeout(
          () => reject(new Error(`psql never said "${text}": ${output}`)),
          PSQL_DEADLINE_MS,
        )
        waiting.push({ text, resolve: () => (clearTimeout(timer), resolve()) })
      }),
    async kill() {
      child.kill('SIGKILL')
      if (child.exitCode === null && child.signalCode === null) await once(child, 'close')
    },
  }
}

/** Rejects when `work` takes longer than ANSWER_WITHIN_MS; resolves with its result and duration. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now()
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS)
  })
  try {
    const value = await Promise.race([work(), late])
    return { value, ms: performance.now() - start }
  } finally {
    clearTimeout(timer)
  }
}

async function expectHealthy() {
  const { value: response } = await timed(async () => app.request('/api/health'))
  expect(response.status).toBe(200)
  const { value: rows } = await timed(
    () => db.sql<{ n: number }[]>`select count(*)::int as n from operator_notes`,
  )
  return rows[0]!.n
}

// With TEST_DATABASE_URL the tests use PostgreSQL, and there is no embedded socket to guard.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('psql against the embedded database', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'heard-psql-'))
    db = await openEmbedded(dir)
    await migrate(db.sql)
    await db.sql`create table operator_notes (id int primary key, note text not null)`
    await db.sql`insert into operator_notes values (1, 'kept')`
    const config = testConfig()
    setLogLevel(config.LOG_LEVEL)
    app = createApp({ sql: db.sql, config }).app
  })
  afterAll(async () => {
    await db?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('reads tables, lists them with \\dt, copies out, and commits a transaction sent in one go', async () => {
    const read = await psql(['-At', '-c', 'select note from operator_notes order by id'])
    expect(read).toMatchObject({ code: 0, stdout: 'kept\n' })
    const listed = await psql(['-c', '\\dt'])
    expect(listed.code).toBe(0)
    expect(listed.stdout).toMatch(/operator_notes/)
    expect(listed.stdout).toMatch(/stories/)
    const copied = await psql([
      '-c',
      '\\copy (select id, note from operator_notes) to stdout with (format csv)',
    ])
    expect(copied).toMatchObject({ code: 0, stdout: '1,kept\n' })
    const script = join(dir, 'notes.sql')
    await writeFile(
      script,
      "insert into operator_notes values (2, 'two');\ninsert into operator_notes values (3, 'three');\n",
    )
    expect((await psql(['-1', '-v', 'ON_ERROR_STOP=1', '-f', script])).code).toBe(0)
    expect(await expectHealthy()).toBe(3)
    await db.sql`delete from operator_notes where id > 1`
  })

  it.each([
    ['\\copy', ['-c', '\\copy operator_notes from stdin']],
    ['COPY FROM STDIN', ['-c', 'copy operator_notes from stdin']],
    [
      'COPY FROM STDIN after another statement',
      ['-c', 'select 1; copy operator_notes (id, note) from stdin'],
    ],
  ])('refuses %s with a clear error and keeps answering', async (_, args) => {
    const run = await psql(args, '7\tcopied\n\\.\n')
    expect(run.code).not.toBe(0)
    expect(run.stderr).toMatch(/COPY … FROM .* is not available on the embedded database/)
    expect(run.stderr).toMatch(/INSERT statements/)
    expect(await expectHealthy()).toBe(1)
  })

  it('refuses pg_sleep, which would stop the server while it sleeps', async () => {
    const run = await psql(['-c', 'begin', '-c', 'select pg_sleep(30)'])
    expect(run.stderr).toMatch(/pg_sleep is not available on the embedded database/)
    expect(await expectHealthy()).toBe(1)
  })

  it('rolls back a transaction a failing statement aborted when psql exits', async () => {
    const run = await psql([
      '-c',
      'begin',
      '-c',
      "insert into operator_notes values (5, 'lost')",
      '-c',
      'select 1/0',
    ])
    expect(run.stderr).toMatch(/division by zero/)
    expect(await expectHealthy()).toBe(1)
  })

  it('rolls back an aborted transaction when psql is killed', async () => {
    const session = interactivePsql()
    session.send('begin;')
    session.send("insert into operator_notes values (6, 'lost');")
    session.send('select 1/0;')
    await session.until('division by zero')
    await session.kill()
    expect(await expectHealthy()).toBe(1)
  })

  it('rolls back and keeps answering when psql is killed holding a lock mid-transaction', async () => {
    const session = interactivePsql()
    session.send('begin;')
    session.send("insert into operator_notes values (8, 'lost');")
    session.send('lock table operator_notes in access exclusive mode;')
    await session.until('LOCK TABLE')
    await session.kill()
    expect(await expectHealthy()).toBe(1)
  })

  it('ends a transaction psql leaves open, so that the server answers within 2 s', async () => {
    const session = interactivePsql()
    session.send('begin;')
    session.send("insert into operator_notes values (9, 'lost');")
    await session.until('INSERT 0 1')
    expect(await expectHealthy()).toBe(1)
    session.send('commit;')
    await session.until('must end within 1 s')
    session.child.stdin.end()
    await once(session.child, 'close')
    expect(await expectHealthy()).toBe(1)
  })

  it('keeps temporary tables and settings from one psql session out of the next and out of Heard', async () => {
    const first = await psql([
      '-At',
      '-c',
      'create temp table scratch as select 41 + 1 as n; select n from scratch',
    ])
    expect(first).toMatchObject({ code: 0, stdout: 'SELECT 1\n42\n' })
    const next = await psql(['-c', 'select n from scratch'])
    expect(next.stderr).toMatch(/relation "scratch" does not exist/)
    const set = await psql([
      '-c',
      'create role operator_probe; set role operator_probe; set search_path = nowhere',
    ])
    expect(set.code).toBe(0)
    const [who] = await db.sql<{ role: string }[]>`select current_user as role`
    expect(who!.role).toBe('postgres')
    const temp = await db.sql`select 1 from pg_class where relname = 'scratch'`
    expect(temp).toHaveLength(0)
    expect(await expectHealthy()).toBe(1)
  })
})
