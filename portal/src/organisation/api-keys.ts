import { msg, str } from '@lit/localize'
import type { FieldError } from '../shared/heard-error-summary.ts'
import { formatDate, formatDateTime } from '../shared/format.ts'
import type { ApiKey } from './types.ts'

/** As the server allows (`NewApiKey`). */
export const API_KEY_NAME_MAX = 120

/** The form's own check of a new key's name, before asking the server. */
export function checkKeyName(name: string): FieldError[] {
  const trimmed = name.trim()
  if (!trimmed)
    return [{ field: 'key-name', message: msg('Name the key, so that you know later what uses it') }]
  if (trimmed.length > API_KEY_NAME_MAX)
    return [{ field: 'key-name', message: msg(str`Name must be ${API_KEY_NAME_MAX} characters or fewer`) }]
  return []
}

/**
 * How to use a key, for the box that shows a new one. The key itself is left out: it is shown
 * once, in one place, and the example stays safe to paste into a ticket or a chat.
 */
export function apiKeyExample(origin: string) {
  return `curl -H "Authorization: Bearer <your key>" "${origin}/api/v1/services?q=hospital"`
}

export type KeyStatus = { live: boolean; label: string }

export function keyStatus(key: Pick<ApiKey, 'revokedAt'>): KeyStatus {
  return key.revokedAt
    ? { live: false, label: msg(str`Revoked ${formatDate(key.revokedAt)}`) }
    : { live: true, label: msg('Live') }
}

export const lastUsed = (key: Pick<ApiKey, 'lastUsedAt'>) =>
  key.lastUsedAt ? formatDateTime(key.lastUsedAt) : msg('Not used yet')
