/** Organisation pages: members, coverage, widgets and API keys. One chunk of the build: the route table imports it when the area is first opened. */
import './heard-api-keys-page.ts'
import './heard-coverage-page.ts'
import './heard-members-page.ts'
import './heard-widgets-page.ts'
import './heard-safeguarding-contact.ts'
import './heard-inbox-settings-page.ts'
