/** The public API types the widget reads, and the one fetch helper it uses. */
export type Ref = { id: string; name: string }
export type Story = {
  id: string
  title: string
  excerpt: string
  publishedAt: string
  authorRole: string
  nickname: string
  services: Ref[]
  responseCount: number
  url: string
}
export type Feed = { service?: Ref; stories: Story[]; nextCursor: string | null }
export type Tag = { slug: string; group: string; label: string; labelCy: string }
export type Flag = { rule: string; start: number; end: number; message: string }
export type Issue = { path: string; message: string }
/** A failed request: `status` is 0 when the network failed (offline). */
export type Failure = { status: number; issues?: Issue[]; retryAfter?: number }

/** GET (or POST when `body` is given) `{api}/api/v1/{path}`; never sends cookies; rejects with a Failure. */
export const call = async <T>(api: string, path: string, body?: object, key?: string): Promise<T> => {
  let r: Response
  try {
    r = await fetch(`${api}/api/v1/${path}`, {
      credentials: 'omit',
      ...(body && {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key && { 'idempotency-key': key }) },
        body: JSON.stringify(body),
      }),
    })
  } catch {
    throw { status: 0 } satisfies Failure
  }
  const j = await r.json().catch(() => ({}))
  if (r.ok) return j
  throw {
    status: r.status,
    issues: j.error?.issues,
    retryAfter: +r.headers.get('retry-after')! || 60,
  } satisfies Failure
}
