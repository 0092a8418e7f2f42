import { expect } from 'vitest'

/** A Content-Security-Policy header as directive → sources. */
export function parseCsp(header: string | null): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

/** The sources a directive allows, falling back to default-src as browsers do. */
export const sourcesFor = (csp: Map<string, string[]>, directive: string) =>
  csp.get(directive) ?? csp.get('default-src') ?? []

/**
 * What every HTML page answers with: a policy that runs no inline script and cannot be framed,
 * no MIME sniffing, and a referrer policy. Returns the parsed policy for further checks.
 */
export function expectSecurePage(res: Response): Map<string, string[]> {
  const csp = parseCsp(res.headers.get('content-security-policy'))
  expect(csp.size, 'a Content-Security-Policy').toBeGreaterThan(0)
  const scripts = sourcesFor(csp, 'script-src')
  expect(scripts.length, 'script-src or default-src').toBeGreaterThan(0)
  expect(scripts).not.toContain("'unsafe-inline'")
  expect(scripts).not.toContain("'unsafe-eval'")
  expect(scripts).not.toContain('*')
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toMatch(
    /^(no-referrer|same-origin|strict-origin-when-cross-origin)$/,
  )
  expect(res.headers.get('x-frame-options')).toBe('DENY')
  return csp
}

/** `<script>` elements without a `src`: inline code that a strict policy would refuse to run. */
export const inlineScripts = (page: string) =>
  [...page.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/\ssrc\s*=/i.test(tag))

/** Inline styles: `<style>` elements and `style=` attributes. */
export const inlineStyles = (page: string) =>
  [...page.matchAll(/<style\b[^>]*>|\sstyle\s*=/gi)].map((m) => m[0])
