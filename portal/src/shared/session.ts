import { api, setCsrfToken, UnauthenticatedError } from './api.ts'
import type { Session, User } from './types.ts'

/**
 * Who is signed in. The cookie is HttpOnly, so the portal learns the user (and the CSRF token)
 * from `GET /api/portal/session`; listeners hear every change.
 */
class SessionStore extends EventTarget {
  user: User | null = null
  /** False until the first session check has answered. */
  known = false

  private set(session: Session | null) {
    this.user = session?.user ?? null
    this.known = true
    setCsrfToken(session?.csrfToken)
    this.dispatchEvent(new Event('change'))
  }

  async load(): Promise<User | null> {
    try {
      this.set(await api.get<Session>('/api/portal/session', { allowUnauthenticated: true }))
    } catch (e) {
      if (!(e instanceof UnauthenticatedError)) throw e
      this.set(null)
    }
    return this.user
  }

  async signIn(email: string, password: string): Promise<User> {
    const session = await api.post<Session>(
      '/api/portal/session',
      { email, password },
      { allowUnauthenticated: true },
    )
    this.set(session)
    return session.user
  }

  async signOut() {
    try {
      await api.delete('/api/portal/session', { allowUnauthenticated: true })
    } finally {
      this.set(null)
    }
  }

  /** The session ended on the server (a 401 elsewhere): forget the user without a request. */
  expire() {
    if (this.user) this.set(null)
  }
}

export const session = new SessionStore()
