import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import postgres from 'postgres'
import type { TestProject } from 'vitest/node'
import { connectPostgres } from '../src/db.ts'
import { migrate } from '../src/migrate.ts'

/** A postgres URL, or the Unix socket path of an embedded test database. */
export type TestDatabase = { url: string } | { socketPath: string }

declare module 'vitest' {
  export interface ProvidedContext {
    /** One database per test worker: worker n (VITEST_POOL_ID) uses the n-th. */
    databases: TestDatabase[]
  }
}

/**
 * One database per test worker, so that two files can run at once (2 cores: about half the time):
 * fresh PostgreSQL databases when TEST_DATABASE_URL is set, otherwise in-memory PGlites served on
 * Unix sockets, each in a process of its own. A worker's files take turns with its database and reset it.
 */
export default async function setup(project: TestProject) {
  const workers = Math.max(1, project.config.maxWorkers ?? 1)
  const serverUrl = process.env.TEST_DATABASE_URL
  const opened = serverUrl ? await postgresDatabases(serverUrl, workers) : await embeddedDatabases(workers)
  project.provide(
    'databases',
    opened.map((d) => d.provided),
  )
  return async () => {
    for (const d of opened) await d.cleanup()
  }
}

interface Opened {
  provided: TestDatabase
  cleanup(): Promise<void>
}

async function postgresDatabases(serverUrl: string, count: number): Promise<Opened[]> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  const opened: Opened[] = []
  for (let n = 1; n <= count; n++) {
    const name = `heard_test_${process.pid}_${n}`
    await admin.unsafe(`drop database if exists ${name} with (force)`)
    await admin.unsafe(`create database ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const db = connectPostgres(url.toString(), { max: 2 })
    await migrate(db.sql)
    opened.push({
      provided: { url: url.toString() },
      async cleanup() {
        await db.close()
        await admin.unsafe(`drop database if exists ${name} with (force)`)
        if (n === count) await admin.end()
      },
    })
  }
  return opened
}

async function embeddedDatabases(count: number): Promise<Opened[]> {
  return Promise.all(Array.from({ length: count }, () => embeddedDatabase()))
}

/** An in-memory PGlite in a process of its own (embedded-database.ts), migrated. */
async function embeddedDatabase(): Promise<Opened> {
  const dir = await mkdtemp(join(tmpdir(), 'heard-test-'))
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/test/embedded-database.ts', dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = once(child, 'exit')
  let socketPath: string | undefined
  for await (const line of createInterface({ input: child.stdout })) {
    socketPath = /^ready (.+)$/.exec(line)?.[1]
    if (socketPath) break
  }
  if (!socketPath) throw new Error(`the test database process ended: ${JSON.stringify(await exited)}`)
  return {
    provided: { socketPath },
    async cleanup() {
      child.stdin.end()
      await exited
      await rm(dir, { recursive: true, force: true })
    },
  }
}
