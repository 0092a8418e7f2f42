import { startChild, type Child } from './children.ts'

/** Fixed, so every server (cached or not, big or small data set) writes the same story URLs. */
export const PUBLIC_URL = 'https://heard.example.org'

export interface AppSettings {
  databaseUrl: string
  feedCacheSeconds: number
  submissionRateLimit?: number
  nodeArgs?: string[]
}

/** The real app in its own process, configured as in production apart from the given settings. */
export function startApp(settings: AppSettings): Promise<Child> {
  return startChild(
    './app-server.ts',
    {
      NODE_ENV: 'production',
      DATABASE_URL: settings.databaseUrl,
      PUBLIC_URL,
      SESSION_SECRET: 'bench-session-secret-0123456789abcdef-0123456789',
      // Required in production; nothing is sent: the app sends no mail itself during the bench.
      SMTP_URL: 'smtp://127.0.0.1:2525',
      LOG_LEVEL: 'warn',
      FEED_CACHE_SECONDS: String(settings.feedCacheSeconds),
      SUBMISSION_RATE_LIMIT: String(settings.submissionRateLimit ?? 20),
    },
    { nodeArgs: settings.nodeArgs },
  )
}

/** The baseline: a bare node:http server answering each path with the given body. */
export function startBare(bodies: Record<string, string>): Promise<Child> {
  return startChild('./bare-server.ts', {}, { start: bodies })
}

/** GETs each path once from `server` and returns the bodies; every answer must be 200. */
export async function fetchBodies(server: Child, paths: string[]): Promise<Record<string, string>> {
  const bodies: Record<string, string> = {}
  for (const path of paths) {
    const res = await fetch(`http://127.0.0.1:${server.port}${path}`)
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`)
    bodies[path] = await res.text()
  }
  return bodies
}
