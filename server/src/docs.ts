import { readFileSync } from 'node:fs'
import type { Context } from 'hono'
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

interface Operation {
  summary?: string
  description?: string
  tags?: string[]
  parameters?: { name: string; in: string; required?: boolean; description?: string }[]
  requestBody?: unknown
  responses?: Record<string, { description?: string }>
}

interface OpenApiDocument {
  info: { title: string; description?: string }
  paths?: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, unknown> }
}

const DOCS_CSS = readFileSync(new URL('./docs.css', import.meta.url), 'utf8')

/** The docs page's styles: a file of their own, as the page's policy allows no inline style. */
export const docsStylesheet = (c: Context) =>
  c.body(DOCS_CSS, 200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': 'public, max-age=3600',
  })

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

function parameterTable(parameters: NonNullable<Operation['parameters']>): Html {
  return html`<table>
    <caption>
      Parameters
    </caption>
    <tr>
      <th scope="col">Name</th>
      <th scope="col">In</th>
      <th scope="col">Required</th>
    </tr>
    ${parameters.map(
      (p) =>
        html`<tr>
          <td><code>${p.name}</code></td>
          <td>${p.in}</td>
          <td>${p.required ? 'yes' : 'no'}</td>
        </tr>`,
    )}
  </table>`
}

/** One endpoint: its summary, parameters, request body and responses. */
function operationSection(path: string, method: string, op: Operation, i: number): Html {
  return html`<section id="op-${i}">
    <h2><span class="method">${method}</span> <code>${path}</code></h2>
    <p>${op.summary ?? ''}</p>
    ${op.description ? html`<p>${op.description}</p>` : ''}
    ${op.parameters?.length ? parameterTable(op.parameters) : ''}
    ${
      op.requestBody
        ? html`<details>
            <summary>Request body</summary>
            <pre>${JSON.stringify(op.requestBody, null, 2)}</pre>
          </details>`
        : ''
    }
    <p>
      Responses:
      ${Object.entries(op.responses ?? {}).map(
        ([status, r]) => html`<code>${status}</code> ${r.description ?? ''}; `,
      )}
    </p>
  </section>`
}

/** A readable, dependency-free page for /api/docs, built from the OpenAPI document. */
export function docsPage(doc: OpenApiDocument): Html {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  )
  const schemas = Object.entries(doc.components?.schemas ?? {})
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${doc.info.title}</title>
        <link rel="stylesheet" href="/api/docs.css" />
      </head>
      <body>
        <h1>${doc.info.title}</h1>
        <p>${doc.info.description ?? ''}</p>
        <p>Machine-readable description: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
        <nav aria-label="Endpoints">
          <ul>
            ${operations.map(
              (o, i) =>
                html`<li>
                  <a href="#op-${i}"><span class="method">${o.method}</span> ${o.path}</a>
                </li>`,
            )}
          </ul>
        </nav>
        <main>
          ${operations.map(({ path, method, op }, i) => operationSection(path, method, op, i))}
          <h2>Schemas</h2>
          ${schemas.map(
            ([name, schema]) =>
              html`<details>
                <summary>${name}</summary>
                <pre>${JSON.stringify(schema, null, 2)}</pre>
              </details>`,
          )}
        </main>
      </body>
    </html>`
}
