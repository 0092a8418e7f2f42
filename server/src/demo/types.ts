export type DemoStatus = 'pending' | 'in_review' | 'published' | 'held' | 'rejected' | 'withdrawn' | 'hidden'

export interface DemoResponse {
  responder: string // job title and team, e.g. 'Ward Manager, Ward 7' — a first name at most, never a full name
  body: string // plain text, paragraphs separated by a blank line
  changeMarker?: 'planned' | 'made'
  daysAfter: number // days after the story was published
}

export interface DemoStory {
  codes: string[] // one or more directory codes the story is about (usually one ward/department)
  title: string // ≤ 120 characters, like "Kind nurses on the children's ward"
  body: string // 50 – 7,000 characters; paragraphs separated by a blank line
  authorRole: 'patient' | 'carer' | 'relative' | 'staff' | 'other'
  ageGroup?: 'under-16' | '16-24' | '25-34' | '35-44' | '45-54' | '55-64' | '65-74' | '75-84' | '85+'
  nickname: string // like "Mum of two", "Grateful daughter", "Anxious patient" — never a real-looking full name, never an email
  tags: { good: string[]; improve: string[]; feelings: string[] } // slugs from the agreed tag list only
  status: DemoStatus
  criticality: 0 | 1 | 2 | 3 | 4 | 5 | null // null only for pending/in_review; 0 = not critical (positive) … 5 = severely critical
  daysAgo: number // when submitted, 1 – 700 days ago; pending ones are recent (0-10)
  hasEmail?: boolean // author left an email (the seeder invents an address)
  rejectionReason?: string // for status 'rejected'
  hiddenReason?: string // for status 'hidden'
  responses?: DemoResponse[] // only on published stories
}
