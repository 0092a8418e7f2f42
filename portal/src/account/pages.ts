/** Account pages: sign-in, password reset and invitations. One chunk of the build: the route table imports it when the area is first opened. */
import './heard-accept-invitation-page.ts'
import './heard-forgotten-password-page.ts'
import './heard-reset-password-page.ts'
import './heard-sign-in-page.ts'
