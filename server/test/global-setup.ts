import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import type { TestProject } from 'vitest/node'
import { connectPostgres, openEmbedded, type Database } from '../src/db.ts'
import { migrate } from '../src/migrate.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A postgres URL, or the Unix socket path of the embedded test database. */
    database: { url: string } | { socketPath: string }
  }
}

/**
 * One database for the whole run: a fresh PostgreSQL database when TEST_DATABASE_URL is set,
 * otherwise an in-memory PGlite served on a Unix socket. Test files take turns and reset it.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL
  let db: Database
  let cleanup: () => Promise<void>
  if (serverUrl) {
    const name = `heard_test_${process.pid}`
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
    await admin.unsafe(`drop database if exists ${name} with (force)`)
    await admin.unsafe(`create database ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    db = connectPostgres(url.toString(), { max: 2 })
    project.provide('database', { url: url.toString() })
    cleanup = async () => {
      await db.close()
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'heard-test-'))
    db = await openEmbedded('memory://', dir)
    project.provide('database', { socketPath: db.ownSocketPath! })
    cleanup = async () => {
      await db.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
  await migrate(db.sql)
  return cleanup
}
