import type { Sql } from '../db.ts'
import type { Member } from '../tenancy/membership.ts'
import { getMemberStoryRow, listMemberStoryResponses } from './queries.ts'
import type { MemberStory } from './schemas.ts'

export { EDIT_MINUTES } from './queries.ts'

/**
 * A published story within the member's coverage, as provider staff see it: the published text
 * (never the original), criticality and tags (never the email); their organisation's responses in
 * every state, other organisations' published ones, and the author's published replies.
 * Undefined when the story is not published or not within coverage — the same answer either way.
 */
export async function getMemberStory(
  sql: Sql,
  member: Member,
  storyId: string,
): Promise<(Omit<MemberStory, 'url'> & { publishedAt: string }) | undefined> {
  const story = await getMemberStoryRow(sql, member.subscriberId, storyId)
  if (!story) return undefined
  const responses = await listMemberStoryResponses(sql, member, storyId)
  return {
    ...story,
    publishedAt: story.publishedAt.toISOString(),
    responses: responses.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      publishedAt: r.publishedAt?.toISOString() ?? null,
      editableUntil: r.editableUntil?.toISOString() ?? null,
    })),
  }
}
