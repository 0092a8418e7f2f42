/**
 * Every string the widget shows, English first and Welsh (Cymraeg) second, side by side so that
 * neither can miss one. `#` is replaced by a number or a name. Plural forms are keyed by
 * Intl.PluralRules category and fall back to `other`; in Welsh a noun after a numeral stays singular
 * ("3 ymateb"). These are the list's strings, in the entry module (8 KB gzip with Lit: keep them
 * short); the form's are in `form/strings.ts`, loaded with the form.
 */
export const STRINGS = {
  code: ['en', 'cy'],
  /** For browsers without Welsh relative times (Chrome): unit words for 1, 2 and 3+, then "# ago". */
  units: ['', 'eiliad,munud,awr,diwrnod/ddiwrnod,wythnos,mis/fis,flwyddyn/flynedd/o flynyddoedd'],
  ago: ['', '# yn ôl'],
  stories: ['Stories', 'Straeon'],
  about: ['Stories about #', 'Straeon am #'],
  loading: ['Loading stories…', 'Wrthi’n llwytho straeon…'],
  empty: ['No stories yet.', 'Dim straeon eto.'],
  failed: ['Stories could not be loaded.', 'Nid oedd modd llwytho’r straeon.'],
  retry: ['Try again', 'Rhowch gynnig arall'],
  all: ['Read more stories', 'Darllen rhagor o straeon'],
  tell: ['Tell your story', 'Adroddwch eich stori'],
  roles: {
    patient: ['Patient', 'Claf'],
    carer: ['Carer', 'Gofalwr'],
    relative: ['Relative', 'Perthynas'],
    staff: ['Member of staff', 'Aelod o staff'],
    other: ['Other', 'Arall'],
  } as Record<string, string[]>,
  /** The summary line: "214 stories · 87% answered · 12 changes made · every story read…". */
  count: [{ one: '# story', other: '# stories' }, { other: '# stori' }] as Plural[],
  answered: ['# answered', '# wedi’u hateb'],
  made: [
    { one: '# change made', other: '# changes made' },
    { one: '# newid wedi’i wneud', other: '# newid wedi’u gwneud' },
  ] as Plural[],
  read: [
    'every story read by a person before it is published',
    'mae person yn darllen pob stori cyn ei chyhoeddi',
  ],
  /** Under each story: who answered it (job title, organisation) and the change they report. */
  by: ['Answered by', 'Ateb gan'],
  change: {
    planned: ['Change planned', 'Newid ar y gweill'],
    made: ['Change made', 'Newid wedi’i wneud'],
  } as Record<string, string[]>,
  /** The change with its month, before its summary: "Change made, March 2027: …". */
  when: {
    planned: ['Change planned for #', 'Newid ar y gweill ar gyfer #'],
    made: ['Change made, #', 'Newid wedi’i wneud, #'],
  } as Record<string, string[]>,
  /** For browsers without Welsh month names (Chrome): the months, January first. */
  months: ['', 'Ionawr,Chwefror,Mawrth,Ebrill,Mai,Mehefin,Gorffennaf,Awst,Medi,Hydref,Tachwedd,Rhagfyr'],
  unanswered: ['Not answered yet', 'Heb ei hateb eto'],
  noForm: [
    'The form could not be loaded. Tell your story on Heard instead.',
    'Nid oedd modd llwytho’r ffurflen. Adroddwch eich stori ar Heard yn lle hynny.',
  ],
}

export type Plural = Record<string, string>
type OneLanguage<T> = T extends (infer E)[] ? E : { [K in keyof T]: OneLanguage<T[K]> }
/** The strings of one language. */
export type Strings = OneLanguage<typeof STRINGS>
/** One language of any strings table written like `STRINGS`. */
export type Language<T> = OneLanguage<T>
