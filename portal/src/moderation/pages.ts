/** Moderation pages: the queue, the story and text workbenches, tags. One chunk of the build: the route table imports it when the area is first opened. */
import './heard-queue-page.ts'
import './heard-reports-page.ts'
import './heard-story-page.ts'
import './heard-tags-page.ts'
import './heard-text-moderation-page.ts'
