/**
 * The no-JavaScript story form's words: the widget's own (widget/src/locales/strings.ts, English),
 * so that both forms ask the same questions and give the same errors, plus the page's own lines.
 * One object, so that Welsh can be added beside it.
 */
export const TELL = {
  heading: 'Tell your story',
  intro: 'Tell us about your care at #. A person reads every story before it is published.',
  service: 'Which service is your story about?',
  title: 'What was your story about?',
  body: 'What happened? How did you feel?',
  bodyHint: 'Leave out names, contact details and exact dates.',
  role: 'Which best describes you?',
  roles: {
    patient: 'Patient',
    carer: 'Carer',
    relative: 'Relative',
    staff: 'Member of staff',
    other: 'Other',
  },
  age: 'Your age group (optional)',
  ages: { none: 'Prefer not to say', 'under-16': 'Under 16', '85+': '85 or over', to: 'to' },
  groups: {
    good: 'What was good?',
    improve: 'What could be improved?',
    feelings: 'How did you feel?',
  },
  optional: 'Optional. Choose any that apply.',
  nickname: 'Nickname',
  nicknameHint: 'Shown with your story. Not your real name.',
  email: 'Email address (optional)',
  emailHint: 'Only used to tell you when your story is published or answered. Never shown.',
  rulesTitle: 'Our rules',
  rules:
    'A person checks every story before it is published and removes anything that could identify you or others. Critical stories name staff by job title only. Formal complaints are not published.',
  agree: 'I agree to these rules',
  send: 'Send',
  sendAnyway: 'Send my story',
  errors: {
    serviceIds: 'Select a service',
    title: 'Enter a title of up to 120 characters',
    body: 'Enter your story, between 50 and 7,000 characters',
    authorRole: 'Select which best describes you',
    nickname: 'Enter a nickname of up to 40 characters, without an email address',
    email: 'Enter an email address like name@example.com',
    agree: 'Confirm that you agree to the rules',
    tags: 'Choose tags from the list',
    ageGroup: 'Choose an age group from the list',
  } as Record<string, string>,
  checkTitle: 'Check your story before you send it',
  checkIntro:
    'We noticed something a moderator may have to remove. You can change your story, or send it as it is.',
  expired: 'This form has expired or was not sent from Heard. Please start again.',
  startAgain: 'Start again',
  busy: 'Too many stories were sent from this connection. Please wait # minutes and try again.',
  notSent: 'Your story has not been sent',
  thanksTitle: 'Thank you. Your story has been sent',
  thanksModeration:
    'A moderator will read your story before it is published. They remove anything that could identify you or others. This usually takes a day or two.',
  thanksEmail:
    'We have sent you an email with a private link. Use it to see where your story is, read responses, reply, or withdraw your story.',
  thanksNoEmail:
    'You did not give an email address, so we cannot tell you when your story is published. Look for it on the service’s page.',
  backToService: 'Back to stories about #',
} as const

export const fill = (text: string, value: string | number) => text.replace('#', String(value))
