import { msg } from '@lit/localize'

/** An author's age group in words, as the workbench shows it ("aged under 16"), never the raw value. */
export const AGE_GROUP_WORDS: Record<string, string> = {
  get 'under-16'() {
    return msg('aged under 16')
  },
  get '16-24'() {
    return msg('aged 16 to 24')
  },
  get '25-34'() {
    return msg('aged 25 to 34')
  },
  get '35-44'() {
    return msg('aged 35 to 44')
  },
  get '45-54'() {
    return msg('aged 45 to 54')
  },
  get '55-64'() {
    return msg('aged 55 to 64')
  },
  get '65-74'() {
    return msg('aged 65 to 74')
  },
  get '75-84'() {
    return msg('aged 75 to 84')
  },
  get '85+'() {
    return msg('aged 85 or over')
  },
}

export const ageInWords = (group: string | null): string =>
  group ? (AGE_GROUP_WORDS[group] ?? msg('age group not known')) : ''
