import { readFile } from 'node:fs/promises'
import { ConfigError, loadConfig } from './config.ts'
import { openDatabase, type Database } from './db.ts'
import { seedDemo } from './demo/seed.ts'
import { migrate } from './migrate.ts'
import { importDirectory } from './services/import.ts'
import { createSubscriberCommand } from './subscribers/cli.ts'
import { CREATE_USER_USAGE, parseCreateUserArgs } from './users/cli-args.ts'
import { createUser } from './users/queries.ts'

const USAGE = `Usage: npm run heard -- <command> [options]

Commands:
  migrate                        apply pending database migrations
  seed-demo                      load the fictional demo directory and stories (only into an empty database)
  directory:import <file.csv>    import or update the service directory (code,name,kind,parent_code,postcode[,ownership][,contact_email])
  users:create --email <address> --password <password> --role <moderator|senior_moderator|platform_admin> [--name <name>]
                                 create a staff account (password: at least 10 characters)
  subscribers:create --name <name> --covers <ids or codes, comma-separated> --admin-email <address>
                     [--admin-password <password>] [--admin-name <name>]
                     [--public-interest <regulator|commissioner|healthwatch>]
                                 create a subscriber covering those services (and their subtrees) with its
                                 first admin; without a password an address with no account is invited by email
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

  async 'users:create'(db, args) {
    const parsed = parseCreateUserArgs(args)
    if (!parsed.ok) {
      console.error(
        `users:create: ${parsed.errors.join('\n  ')}\n\nUsage: npm run heard -- ${CREATE_USER_USAGE}`,
      )
      return 2
    }
    await migrate(db.sql)
    try {
      const user = await createUser(db.sql, parsed.user)
      console.log(`Created ${user.platformRole} ${user.email} (id ${user.id}). They can sign in at /portal/.`)
      return 0
    } catch (err) {
      if ((err as { code?: string }).code === '23505') {
        console.error(`users:create: there is already an account for ${parsed.user.email}.`)
        return 1
      }
      throw err
    }
  },

  async 'subscribers:create'(db, args) {
    await migrate(db.sql)
    return createSubscriberCommand(db.sql, args, loadConfig().PUBLIC_URL, console)
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
  // Each command reads its own options (users:create has --email and others).
  const [name, ...rest] = argv
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
