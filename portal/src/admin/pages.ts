/** Platform admin pages: subscribers and the service directory. One chunk of the build: the route table imports it when the area is first opened. */
import './heard-admin-directory-page.ts'
import './heard-admin-page.ts'
import './heard-admin-provider-reviews-page.ts'
import './heard-admin-subscriber-page.ts'
import './heard-admin-subscribers-page.ts'
