/** Platform admin pages: subscribers, the service directory and safeguarding moderators. One chunk of the build: the route table imports it when the area is first opened. */
import './heard-admin-directory-page.ts'
import './heard-admin-page.ts'
import './heard-admin-provider-reviews-page.ts'
import './heard-admin-staff-page.ts'
import './heard-admin-subscriber-page.ts'
import './heard-admin-subscribers-page.ts'
