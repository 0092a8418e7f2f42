let region: HTMLElement | undefined

/**
 * Says `message` to screen-reader users through one polite live region in the document (outside
 * every shadow root, so it is announced wherever focus is). Repeating a message announces it again.
 */
export function announce(message: string) {
  if (!region) {
    region = document.createElement('div')
    region.setAttribute('role', 'status')
    region.className = 'heard-announcer'
    document.body.append(region)
  }
  const target = region
  target.textContent = ''
  // A separate task, so that assistive technology sees a change even for the same words.
  setTimeout(() => (target.textContent = message), 50)
}
