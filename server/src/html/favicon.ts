import { Hono } from 'hono'

/** Heard's mark: a speech bubble in the header's blue. One SVG, also answered at /favicon.ico. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#005eb8"/><path d="M7 9.5A2.5 2.5 0 0 1 9.5 7h13A2.5 2.5 0 0 1 25 9.5v9a2.5 2.5 0 0 1-2.5 2.5H14l-5 4v-4h0.5A2.5 2.5 0 0 1 7 18.5z" fill="#fff"/></svg>`

export const FAVICON_URL = '/favicon.svg'

export function faviconRoutes() {
  const answer = () =>
    new Response(FAVICON_SVG, {
      headers: {
        'Content-Type': 'image/svg+xml',
        'Cache-Control': 'public, max-age=86400',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  return new Hono().get('/favicon.svg', answer).get('/favicon.ico', answer)
}
