import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt with N = 2^15, r = 8, p = 1 (32 MiB, tens of milliseconds): OWASP's minimum for scrypt.
export const DEFAULT_COST_LOG2 = 15
let costLog2 = DEFAULT_COST_LOG2

/** New hashes use 2^log2N. Only tests lower it (to run fast); stored hashes keep their own cost. */
export function setPasswordHashCost(log2N: number): void {
  costLog2 = log2N
  dummy = undefined
}
const BLOCK_SIZE = 8
const PARALLELISM = 1
const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** log2N, r, p, maxmem: 256 * 2 ** log2N * r }
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
}

/** `scrypt$15$8$1$<salt>$<hash>`: the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, costLog2, BLOCK_SIZE, PARALLELISM)
  return [
    'scrypt',
    costLog2,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, hash] = stored.split('$')
  const params = [Number(log2N), Number(r), Number(p)] as const
  if (scheme !== 'scrypt' || !salt || !hash || params.some((n) => !Number.isInteger(n) || n < 1)) return false
  if (params[0] > 20 || params[1] > 32 || params[2] > 16) return false
  const expected = Buffer.from(hash, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), ...params)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

let dummy: Promise<string> | undefined

/**
 * Checks a password against a hash nobody has, so that an unknown email address takes as long
 * to refuse as a wrong password.
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('base64url'))
  await verifyPassword(password, await dummy)
  return false
}
