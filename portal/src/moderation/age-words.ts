/** An author's age group in words, as the workbench shows it ("aged under 16"), never the raw value. */
export const AGE_GROUP_WORDS: Record<string, string> = {
  'under-16': 'aged under 16',
  '16-24': 'aged 16 to 24',
  '25-34': 'aged 25 to 34',
  '35-44': 'aged 35 to 44',
  '45-54': 'aged 45 to 54',
  '55-64': 'aged 55 to 64',
  '65-74': 'aged 65 to 74',
  '75-84': 'aged 75 to 84',
  '85+': 'aged 85 or over',
}

export const ageInWords = (group: string | null): string =>
  group ? (AGE_GROUP_WORDS[group] ?? 'age group not known') : ''
