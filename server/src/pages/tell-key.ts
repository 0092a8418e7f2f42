import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'

/**
 * The idempotency key a tell form carries in a hidden field: `site-<uuid>.<mac>`. Only keys this
 * server issued are accepted, so a page elsewhere cannot post a prepared form with a key of its
 * choosing; the same key sent twice (a double click, Back and send again) finds the first story.
 */
const mac = (id: string, secret: string) =>
  createHmac('sha256', secret).update(`tell-form:${id}`).digest('base64url').slice(0, 22)

export const issueFormKey = (secret: string) => {
  const id = `site-${randomUUID()}`
  return `${id}.${mac(id, secret)}`
}

export function validFormKey(key: string, secret: string): boolean {
  const [id, given] = key.split('.')
  if (!id || !given || !/^site-[0-9a-f-]{36}$/.test(id)) return false
  const expected = Buffer.from(mac(id, secret))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
