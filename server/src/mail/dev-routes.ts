import { Hono } from 'hono'
import { html } from 'hono/html'
import { layout, type Html } from '../html/layout.ts'
import type { AppEnv, Deps } from '../http.ts'
import { getMail, listRecentMail } from './queries.ts'
import { devMailEnabled } from './transport.ts'

/** The development mail pages share the site layout; a mail's links are secret, so never indexed. */
const page = (title: string, body: Html) => layout({ title: `${title} | Heard`, private: true }, body)

/** The text with each web address made a link; everything else escaped. */
function linkify(text: string): Html[] {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/)
    .map((part, i) => (i % 2 ? html`<a href="${part}">${part}</a>` : html`${part}`))
}

/**
 * Outside production without SMTP_URL, mail stays in the outbox and is shown here, so that a
 * newcomer can follow password-reset and follow links. Absent otherwise.
 */
export function devMailRoutes({ sql, config }: Deps) {
  const app = new Hono<AppEnv>()
  if (!devMailEnabled(config)) return app
  app.use('/dev/mail', async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })
  return app
    .get('/dev/mail', async (c) => {
      const rows = await listRecentMail(sql)
      return c.html(
        page(
          'Mail (development)',
          html`<h1>Mail sent by this server</h1>
            <p>Without <code>SMTP_URL</code> mail is kept here instead of being sent. Newest first.</p>
            ${
              rows.length
                ? html`<table class="mail-list">
                    <thead>
                      <tr>
                        <th>When</th>
                        <th>To</th>
                        <th>Subject</th>
                        <th>Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${rows.map(
                        (r) =>
                          html`<tr>
                            <td>${r.createdAt.toISOString().replace('T', ' ').slice(0, 19)}</td>
                            <td>${r.toAddress ?? '(erased)'}</td>
                            <td><a href="/dev/mail/${r.id}">${r.subject}</a></td>
                            <td>${r.status}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>`
                : html`<p>No mail yet.</p>`
            }`,
        ),
      )
    })
    .get('/dev/mail/:id{[0-9]+}', async (c) => {
      const mail = await getMail(sql, c.req.param('id'))
      if (!mail)
        return c.html(
          page(
            'Not found',
            html`<h1>No such mail</h1>
              <p><a href="/dev/mail">All mail</a></p>`,
          ),
          404,
        )
      return c.html(
        page(
          mail.subject,
          html`<p><a href="/dev/mail">All mail</a></p>
            <h1>${mail.subject}</h1>
            <p>To: ${mail.toAddress ?? '(erased)'}<br />Status: ${mail.status}</p>
            <pre class="mail-text">${linkify(mail.textBody ?? '(erased)')}</pre>`,
        ),
      )
    })
}
