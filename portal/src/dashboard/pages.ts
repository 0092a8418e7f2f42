/** The dashboard page. One chunk of the build: the route table imports it when the area is first opened. */
import './heard-dashboard-page.ts'
