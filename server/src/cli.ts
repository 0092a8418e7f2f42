import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from './config.ts'
import { openDatabase, type Database } from './db.ts'
import { seedDemo } from './demo/seed.ts'
import { migrate } from './migrate.ts'
import { importDirectory } from './services/import.ts'

const USAGE = `Usage: npm run heard -- <command> [options]

Commands:
  migrate                        apply pending database migrations
  seed-demo                      load the fictional demo directory and stories (only into an empty database)
  directory:import <file.csv>    import or update the service directory (code,name,kind,parent_code,postcode)
`

type Command = (db: Database, args: string[]) => Promise<number>

const commands: Record<string, Command> = {
  async migrate(db) {
    const { applied } = await migrate(db.sql)
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.')
    return 0
  },

  async 'seed-demo'(db) {
    await migrate(db.sql)
    const result = await seedDemo(db.sql, (message) => console.log(`  ${message}`))
    console.log(
      result.seeded
        ? `Seeded ${result.services} services and ${result.stories} stories.`
        : `The database already has ${result.stories} stories; nothing seeded.`,
    )
    return 0
  },

  async 'directory:import'(db, args) {
    const file = args[0]
    if (!file) {
      console.error('directory:import needs a CSV file: npm run heard -- directory:import directory.csv')
      return 2
    }
    await migrate(db.sql)
    const result = await importDirectory(db.sql, await readFile(file, 'utf8'), (done, total) =>
      process.stdout.write(`\r  imported ${done} of ${total} rows`),
    )
    if (!result.ok) {
      console.error(`${file}: nothing was imported; fix these rows and try again:`)
      for (const e of result.errors.slice(0, 50)) console.error(`  line ${e.line}: ${e.message}`)
      if (result.errors.length > 50) console.error(`  … and ${result.errors.length - 50} more`)
      return 1
    }
    console.log(`\n${file}: ${result.created} services created, ${result.updated} updated.`)
    return 0
  },
}

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false })
  const [name, ...rest] = positionals
  const command = name ? commands[name] : undefined
  if (!command) {
    console.error(name ? `Unknown command: ${name}\n\n${USAGE}` : USAGE)
    return 2
  }
  const db = await openDatabase(loadConfig())
  try {
    return await command(db, rest)
  } finally {
    await db.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(
      err instanceof ConfigError ? err.message : `Failed: ${err instanceof Error ? err.message : err}`,
    )
    process.exit(1)
  },
)
