import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import postgres from 'postgres'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { serveEmbedded, type EmbeddedServer } from './server.ts'

let dir: string
let pglite: PGlite
let server: EmbeddedServer
let paths: { ownPath: string; operatorPath: string }
let heard: postgres.Sql

function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(5)
  head.write(type, 0, 'latin1')
  head.writeInt32BE(body.length + 4, 1)
  return Buffer.concat([head, body])
}
const cstring = (text: string) => Buffer.from(`${text}\0`)
const int16 = (n: number) => Buffer.from([n >> 8, n & 0xff])

function startup(): Buffer {
  const body = Buffer.concat([
    cstring('user'),
    cstring('postgres'),
    cstring('database'),
    cstring('postgres'),
    cstring(''),
  ])
  const head = Buffer.alloc(8)
  head.writeInt32BE(body.length + 8, 0)
  head.writeInt32BE(196608, 4)
  return Buffer.concat([head, body])
}
const parse = (sql: string) => message('P', cstring(''), cstring(sql), int16(0))
const bind = () => message('B', cstring(''), cstring(''), int16(0), int16(0), int16(0))
const execute = () => message('E', cstring(''), Buffer.alloc(4))
const sync = () => message('S')

/** A raw protocol client: `until(text)` resolves once the replies so far contain `text`. */
async function rawClient(path: string) {
  const socket: Socket = connect(path)
  await once(socket, 'connect')
  let replies = Buffer.alloc(0)
  const waiting: (() => void)[] = []
  socket.on('data', (data: Buffer) => {
    replies = Buffer.concat([replies, data])
    for (const wake of waiting.splice(0)) wake()
  })
  const until = async (text: string) => {
    while (!replies.includes(text)) await new Promise<void>((wake) => waiting.push(wake))
    return replies.toString()
  }
  socket.write(startup())
  await until('Z\0\0\0\x05I')
  replies = Buffer.alloc(0)
  return { socket, until, replies: () => replies.toString() }
}

const count = async () => (await heard<{ n: number }[]>`select count(*)::int as n from notes`)[0]!.n

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'heard-embedded-'))
  pglite = await PGlite.create()
  paths = { ownPath: join(dir, '.heard.sock'), operatorPath: join(dir, '.s.PGSQL.5432') }
  server = await serveEmbedded(pglite, paths)
  heard = postgres({
    path: paths.ownPath,
    max: 1,
    username: 'postgres',
    database: 'postgres',
    onnotice: () => {},
  })
  await heard`create table notes (id int primary key)`
})
afterAll(async () => {
  await heard?.end()
  await server?.stop()
  await pglite?.close()
  await rm(dir, { recursive: true, force: true })
})
beforeEach(async () => {
  await heard`delete from notes`
})

describe('the embedded socket server', () => {
  it('rolls back a batch a client sent without its Sync before dying', async () => {
    const client = await rawClient(paths.ownPath)
    client.socket.write(Buffer.concat([parse('insert into notes values (1)'), bind(), execute()]))
    await client.until('INSERT 0 1')
    client.socket.destroy()
    expect(await count()).toBe(0)
  })

  it('keeps a transaction together: another client waits for its end and sees its rows', async () => {
    const other = postgres({ path: paths.ownPath, max: 1, username: 'postgres', database: 'postgres' })
    let reading: Promise<number> | undefined
    await heard.begin(async (tx) => {
      await tx`insert into notes values (2)`
      reading = other<{ n: number }[]>`select count(*)::int as n from notes`.then((rows) => rows[0]!.n)
      // The other client's query is queued behind this transaction, and this one goes on.
      await tx`insert into notes values (3)`
    })
    expect(await reading).toBe(2)
    await other.end()
  })

  it("keeps a batch whole: a failed batch does not swallow another client's query before its Sync", async () => {
    const batch = await rawClient(paths.ownPath)
    const other = await rawClient(paths.ownPath)
    batch.socket.write(Buffer.concat([parse('select 1/0'), bind(), execute()]))
    await batch.until('division by zero')
    // PostgreSQL discards whatever follows a failed message until the Sync: run in between, this
    // query would get no answer.
    other.socket.write(message('Q', cstring('select 40 + 2 as answer')))
    batch.socket.write(sync())
    await batch.until('Z\0\0\0\x05I')
    expect(await other.until('Z\0\0\0\x05I')).toMatch(/42/)
    batch.socket.destroy()
    other.socket.destroy()
  })

  it("refuses an operator's COPY … FROM in the extended protocol and skips the batch to its Sync", async () => {
    const client = await rawClient(paths.operatorPath)
    client.socket.write(Buffer.concat([parse('copy notes from stdin'), bind(), execute(), sync()]))
    const replies = await client.until('Z\0\0\0\x05I')
    expect(replies).toMatch(/COPY … FROM .* is not available on the embedded database/)
    client.socket.write(Buffer.concat([parse('insert into notes values (4)'), bind(), execute(), sync()]))
    await client.until('INSERT 0 1')
    client.socket.destroy()
    expect(await count()).toBe(1)
  })

  it("refuses COPY … FROM on Heard's own socket too, since it would stop the database", async () => {
    await expect(heard.unsafe('copy notes from stdin')).rejects.toThrow(
      /not available on the embedded database/,
    )
    await heard`insert into notes values (5)`
    expect(await count()).toBe(1)
  })

  it('ends an operator batch left without its Sync after 1 s: rolled back, the connection closed', async () => {
    const client = await rawClient(paths.operatorPath)
    client.socket.write(Buffer.concat([parse('insert into notes values (6)'), bind(), execute()]))
    await client.until('INSERT 0 1')
    const start = performance.now()
    expect(await count()).toBe(0)
    expect(performance.now() - start).toBeLessThan(2000)
    const replies = await client.until('must end within 1 s')
    expect(replies).toMatch(/FATAL/)
    if (!client.socket.closed) await once(client.socket, 'close')
  })
})
