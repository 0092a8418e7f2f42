import { afterEach, describe, expect, it } from 'vitest'
import { api, NetworkError, NotFoundError } from './api.ts'

const realFetch = globalThis.fetch
afterEach(() => {
  globalThis.fetch = realFetch
})

/** Answers every request with `response` (the test's fetch; restored after each test). */
const answer = (response: () => Response) => {
  globalThis.fetch = async () => response()
}

describe('api requests', () => {
  it('stays aborted when the request is aborted while its body is read', async () => {
    answer(
      () =>
        new Response(
          new ReadableStream({
            start: (controller) =>
              controller.error(new DOMException('The user aborted a request.', 'AbortError')),
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
    )
    await expect(api.get('/api/portal/memberships')).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('treats a successful answer it cannot read as a failed request, never as an empty one', async () => {
    answer(() => new Response('{"memberships": [', { status: 200 }))
    const failure = api.get('/api/portal/memberships')
    await expect(failure).rejects.toBeInstanceOf(NetworkError)
    await expect(failure).rejects.toMatchObject({ code: 'unreadable_response' })
  })

  it('reads 204 as an empty answer and an unreadable error as its status', async () => {
    answer(() => new Response(null, { status: 204 }))
    expect(await api.get('/api/portal/anything')).toEqual({})
    answer(() => new Response('<html>not found</html>', { status: 404 }))
    await expect(api.get('/api/portal/anything')).rejects.toBeInstanceOf(NotFoundError)
  })
})
