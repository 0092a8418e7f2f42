import { z } from 'zod'

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional()

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  SESSION_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: z.string().trim().default('Heard <no-reply@heard.localhost>'),
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_PRICE_ID: optionalString,
  /** Another address for the Stripe API (a local mock in tests); unset: Stripe itself. */
  STRIPE_API_BASE: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Accepted story submissions per client address per hour. */
  SUBMISSION_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  /** Seconds a public feed response may be served from the in-process cache. */
  FEED_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  /** Seconds the dashboards keep the median of all subscribers for a period (0: work it out every time). */
  DASHBOARD_BENCHMARK_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** How long a stopping server waits for requests in flight and the mail in hand before it exits anyway. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  /** Trust X-Forwarded-For from a load balancer in front of the server. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
})

export type Config = z.infer<typeof ConfigSchema> & { PUBLIC_URL: string; SESSION_SECRET: string }

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parses the environment once. Throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`)
  }
  const config = parsed.data
  if (config.NODE_ENV === 'production' && !config.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required in production')
  }
  if (config.NODE_ENV === 'production' && !config.PUBLIC_URL) {
    throw new ConfigError('Invalid configuration:\n  PUBLIC_URL: required in production')
  }
  if (config.NODE_ENV === 'production' && !config.SMTP_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  SMTP_URL: required in production, because Heard emails password resets ' +
        'and tells authors about their stories (e.g. smtp://user:password@mail.example:587). ' +
        'Outside production, mail is kept in the outbox and shown at /dev/mail instead.',
    )
  }
  const stripeVars = [config.STRIPE_SECRET_KEY, config.STRIPE_WEBHOOK_SECRET, config.STRIPE_PRICE_ID]
  if (stripeVars.some(Boolean) && !stripeVars.every(Boolean)) {
    throw new ConfigError(
      'Invalid configuration:\n  STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_PRICE_ID: set all three to bill ' +
        'through Stripe, or none (subscriptions are then recorded by a platform admin).',
    )
  }
  return {
    ...config,
    PUBLIC_URL: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
    // Outside production a fixed secret keeps demo sessions valid across restarts.
    SESSION_SECRET: config.SESSION_SECRET ?? 'heard-development-secret-not-for-production-use',
  }
}
