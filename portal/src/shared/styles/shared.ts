import { base } from './base.ts'
import { buttons } from './buttons.ts'
import { forms } from './forms.ts'
import { ui } from './ui.ts'

/** Every page and component adopts these (Lit shares one constructable stylesheet per module). */
export const shared = [base, buttons, forms, ui]
