import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A secret for a cookie or a link: 32 random bytes, URL-safe. */
export const randomToken = (): string => randomBytes(32).toString('base64url')

/** What the database keeps instead of a token: a copy of the database opens nothing. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url')

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Tokens this server hands out look like this; anything else is not worth a database lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/
