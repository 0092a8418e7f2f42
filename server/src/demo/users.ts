import type { Sql } from '../db.ts'
import { createUser } from '../users/queries.ts'
import type { PlatformRole } from '../users/schemas.ts'

/** The demo's staff sign-ins. Printed at start on the embedded demo database; never in production data. */
export const DEMO_SIGN_INS: { email: string; password: string; name: string; role: PlatformRole }[] = [
  {
    email: 'moderator@heard.example',
    password: 'demo-moderator-2026',
    name: 'Sam (demo moderator)',
    role: 'moderator',
  },
  {
    email: 'admin@heard.example',
    password: 'demo-admin-2026',
    name: 'Alex (demo platform admin)',
    role: 'platform_admin',
  },
]

/** Creates the demo staff accounts when there are no users yet (the seeder calls it on an empty database). */
export async function seedDemoUsers(sql: Sql): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from users`
  if (row!.count > 0) return 0
  for (const user of DEMO_SIGN_INS) {
    await createUser(sql, {
      email: user.email,
      password: user.password,
      name: user.name,
      platformRole: user.role,
    })
  }
  return DEMO_SIGN_INS.length
}

/** The demo sign-ins that exist in this database, to print at start. */
export async function demoSignInsPresent(sql: Sql) {
  const rows = await sql<{ email: string }[]>`
    select email from users where email = any(${DEMO_SIGN_INS.map((u) => u.email)}::text[])`
  const present = new Set(rows.map((r) => r.email))
  return DEMO_SIGN_INS.filter((u) => present.has(u.email))
}
