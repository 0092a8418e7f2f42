import { msg } from '@lit/localize'
import { css, html, LitElement, type PropertyValues } from 'lit'
import { property, state } from 'lit/decorators.js'
import { api } from '../shared/api.ts'
import { shared } from '../shared/styles/shared.ts'

const TEXT = {
  get title() {
    return msg('Before you send')
  },
  get intro() {
    return msg('Suggestions only: you can send your response as it is.')
  },
  get allGood() {
    return msg('Your response thanks the author, says who you are and offers a way to keep talking.')
  },
}

/** Each hint's words in the portal's language, by its code (the server's message is English). */
const HINTS: Record<string, () => string> = {
  thanks: () => msg('Thank the author for taking the time to tell their story.'),
  apology: () => msg('This story is critical of the care: say sorry for what went wrong.'),
  role: () => msg('Say who is answering: your role, for example "I am the ward manager on Ward 7".'),
  continue: () =>
    msg(
      'Offer a way to continue the conversation: a phone number or email for the team, or the Patient Advice and Liaison Service (PALS).',
    ),
  copy: () =>
    msg(
      'This is almost the same as a response your organisation has already sent. Authors notice a standard reply: answer what this story says.',
    ),
}

/** How long typing must pause before the draft is looked at again. */
const PAUSE_MS = 600

interface Hint {
  code: string
  message: string
}

/**
 * `<heard-response-coach>`: hints on a draft response (`body`, `responderTitle`), fetched from
 * `action` (`…/stories/:id/response-coach`) when typing pauses. Never blocks sending; says
 * nothing until there is a draft, and nothing when the coach cannot be reached.
 */
export class HeardResponseCoach extends LitElement {
  static override styles = [
    ...shared,
    css`
      .coach {
        border-left: 4px solid #005eb8;
        background: #eef7ff;
        padding: 0.5rem 1rem;
        margin-bottom: 1rem;
      }
      .coach ul {
        margin: 0.25rem 0 0;
      }
    `,
  ]
  @property() action = ''
  @property() body = ''
  @property() responderTitle = ''
  @property() responseId = ''
  @state() hints?: Hint[]
  private timer?: ReturnType<typeof setTimeout>
  private asked = 0

  protected override updated(changed: PropertyValues<this>) {
    if (!changed.has('body') && !changed.has('responderTitle')) return
    clearTimeout(this.timer)
    if (this.body.trim().length < 20) {
      this.hints = undefined
      return
    }
    this.timer = setTimeout(() => void this.ask(), PAUSE_MS)
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    clearTimeout(this.timer)
  }

  private async ask() {
    const ask = ++this.asked
    try {
      const { hints } = await api.post<{ hints: Hint[] }>(this.action, {
        body: this.body,
        ...(this.responderTitle ? { responderTitle: this.responderTitle } : {}),
        ...(this.responseId ? { responseId: this.responseId } : {}),
      })
      if (ask === this.asked) this.hints = hints
    } catch {
      // The coach is a nicety: a failure leaves the form as it was.
    }
  }

  override render() {
    if (!this.hints) return html`<div aria-live="polite"></div>`
    return html`<div class="coach" aria-live="polite" data-testid="coach">
      <h3>${TEXT.title}</h3>
      ${
        this.hints.length
          ? html`<p class="secondary small">${TEXT.intro}</p>
              <ul>
                ${this.hints.map((h) => html`<li data-hint=${h.code}>${HINTS[h.code]?.() ?? h.message}</li>`)}
              </ul>`
          : html`<p>${TEXT.allGood}</p>`
      }
    </div>`
  }
}

if (!customElements.get('heard-response-coach'))
  customElements.define('heard-response-coach', HeardResponseCoach)

declare global {
  interface HTMLElementTagNameMap {
    'heard-response-coach': HeardResponseCoach
  }
}
