import { css } from 'lit'

/** The portal's palette: calm NHS-like colours, each with at least 4.5:1 contrast where used for text. */
export const blue = css`#005eb8`
export const darkBlue = css`#003087`
export const text = css`#212b32`
export const secondaryText = css`#4c6272`
export const paleGrey = css`#f0f4f5`
export const border = css`#d8dde0`
export const strongBorder = css`#aeb7bd`
export const focus = css`#ffeb3b`
export const error = css`#d5281b`
export const success = css`#007f3b`
export const successDark = css`#00401e`
export const warning = css`#ffb81c`
export const flagHighlight = css`#fff4b3`
export const visited = css`#330072`
export const hover = css`#7c2855`

export const fontStack = css`system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`
