const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'password',
  'url',
  'tel',
  'number',
  'date',
  'datetime-local',
  'time',
  'month',
  'week',
])

/** True when the key press is meant for a text field (through shadow roots), not for a shortcut. */
export function isTyping(e: Event): boolean {
  const target = e.composedPath()[0]
  if (!(target instanceof HTMLElement)) return false
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    return true
  }
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)
}

/**
 * The letter of an Alt+Shift+letter shortcut, or undefined. Reads `code`, not `key`: on a Mac,
 * Option+Shift turns letters into other characters. Alt+Shift leaves screen readers' own keys
 * (Insert, Caps Lock, Control+Option) alone.
 */
export function shortcutLetter(e: KeyboardEvent): string | undefined {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isTyping(e)) return undefined
  const m = /^Key([A-Z])$/.exec(e.code)
  return m?.[1]
}
