import { gzipSync } from 'node:zlib'

/** The widget's budgets, gzip bytes: the entry (with lit-html) and the form chunk. */
export const BUDGETS = { entry: 8 * 1024, form: 8 * 1024 }

/** Gzip at level 9, as a CDN or a server's static compression would serve it. */
export const gzipSize = (body: string | Uint8Array) => gzipSync(body, { level: 9 }).length
