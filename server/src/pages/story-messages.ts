import { defineMessages } from '../i18n/index.ts'

/** The story page's words (the report form, the change notes and the frame have their own). */
export const storyMessages = defineMessages(
  {
    about: 'About',
    /** Nickname, the author's role, the date. */
    postedBy: 'Posted by # (#) on #',
    'role.patient': 'a patient',
    'role.carer': 'a carer',
    'role.relative': 'a relative',
    'role.staff': 'a member of staff',
    'role.other': 'someone else',
    'group.good': 'What was good',
    'group.improve': 'What could be improved',
    'group.feelings': 'How they felt',
    responses: 'Responses',
    noResponses: 'No one has responded to this story yet.',
    /** The label of a response, by its author's job title. */
    responseFrom: 'Response from #',
  },
  {
    about: 'Ynghylch',
    // "Gan" would soften the nickname ("gan Ferch …"): a label keeps it as its author wrote it.
    postedBy: 'Awdur: # (#) · postiwyd ar #',
    'role.patient': 'claf',
    'role.carer': 'gofalwr',
    'role.relative': 'perthynas',
    'role.staff': 'aelod o staff',
    'role.other': 'rhywun arall',
    'group.good': 'Beth oedd yn dda',
    'group.improve': 'Beth allai fod yn well',
    'group.feelings': "Sut roedden nhw'n teimlo",
    responses: 'Ymatebion',
    noResponses: "Does neb wedi ymateb i'r stori hon eto.",
    responseFrom: 'Ymateb: #',
  },
)
