import { api } from '../shared/api.ts'
import type { RejectReason } from './types.ts'
import type { Tag } from '../shared/types.ts'

let tags: Promise<Tag[]> | undefined
let reasons: Promise<RejectReason[]> | undefined

/** The managed tag list, read once per visit (the tags page calls `forgetTags` after a change). */
export function loadTags(): Promise<Tag[]> {
  tags ??= api.get<{ tags: Tag[] }>('/api/portal/moderation/tags').then(
    (r) => r.tags,
    (e) => {
      tags = undefined
      throw e
    },
  )
  return tags
}

export function forgetTags() {
  tags = undefined
}

export function loadRejectReasons(): Promise<RejectReason[]> {
  reasons ??= api.get<{ reasons: RejectReason[] }>('/api/portal/moderation/reject-reasons').then(
    (r) => r.reasons,
    (e) => {
      reasons = undefined
      throw e
    },
  )
  return reasons
}
