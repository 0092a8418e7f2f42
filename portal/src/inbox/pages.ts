/** Inbox pages: the organisation's stories and its responses. One chunk of the build: the route table imports it when the area is first opened. */
import './heard-inbox-page.ts'
import './heard-member-story-page.ts'
import './heard-restricted-page.ts'
