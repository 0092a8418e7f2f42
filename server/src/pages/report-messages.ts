import type { ReportReason } from '../reports/schemas.ts'

/** The report form's and the hidden story's words, together so that Welsh can be added beside them. */
export const REPORT = {
  summary: 'Report this story',
  intro:
    'Tell the moderators if this story breaks our rules. A moderator reads every report and may hide the story.',
  reason: 'Why are you reporting this story?',
  reasons: {
    identifies_someone: 'It identifies someone',
    offensive: 'It is offensive',
    not_real: 'It is not a real experience of care',
    defamatory: 'It is defamatory',
    other: 'Something else',
  } satisfies Record<ReportReason, string>,
  details: 'More details (optional)',
  detailsHint: 'Say what is wrong without repeating anything that identifies someone.',
  email: 'Email address (optional)',
  emailHint: 'Only the moderators see it, and only use it if they need to ask you about your report.',
  send: 'Send report',
  errors: {
    reason: 'Select why you are reporting this story',
    details: 'Details must be 2,000 characters or fewer',
    email: 'Enter an email address like name@example.com',
  } as Record<string, string>,
  expired: 'This form was not sent from Heard. Please go back to the story and try again.',
  busy: 'Too many reports were sent from this connection. Please try again later.',
  notSent: 'Your report has not been sent',
  thanksTitle: 'Thank you for your report',
  thanksBody:
    'A moderator will read it. If the story breaks our rules they will hide it, and its page will say why.',
  backToStory: 'Back to the story',
  hiddenTitle: 'This story has been hidden',
  hiddenBody: 'The moderators hid this story after it was published.',
  hiddenWhy: 'Their reason:',
  withdrawnTitle: 'This story has been withdrawn',
  withdrawnBody: 'Its author withdrew it. It is no longer shown on Heard.',
} as const
