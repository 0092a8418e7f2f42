import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/**
 * "No string left behind" for the portal's code: finds user-facing English that does not go through
 * msg() (so has no Welsh). It reads each source with TypeScript's parser and reports
 * - text and read attributes (aria-label, title, placeholder, alt, label…) of html`` templates that
 *   are not msg()'s argument; text inside <code>, <pre>, <kbd>, <samp> and <style> is not language;
 * - string literals that read as English (a capitalised word, or words with spaces) outside msg(),
 *   and those given as a property people read (`label: 'Running'`), wherever they are not code:
 *   imports, types, object keys, comparisons, `case` labels, element access;
 * - `…${x}…` template strings that read as words ("3 stories", "Criticality 2").
 * Text in both languages side by side (`{ en: […], cy: […] }`, for text in the story's language)
 * counts as translated. Nothing is allowed by a list except the language switch's two names.
 */

/** A piece of user-facing English in the portal's code that does not go through msg(). */
export type BareString = { file: string; line: number; text: string }

/** Attributes whose values people read or hear (the others are ids, classes, addresses). */
const READ_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'action',
  'caption',
  'valueLabel',
  'labelHeading',
]
const ATTRIBUTE = new RegExp(
  `\\s(${READ_ATTRIBUTES.join('|')})\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>"']+))`,
  'g',
)
const HOLE = '\u2063' // an invisible separator: stands for each ${…} while the text is read
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/&[a-z0-9#]+;/gi, '').replaceAll(HOLE, ''))

/** Languages named in themselves (the language switch): the same words whatever the portal's language. */
const ENDONYMS = new Set(['English', 'Cymraeg'])

/** The text and read attributes of one html`` template's literal parts (`${…}` as holes). */
export function readableParts(markup: string): string[] {
  const parts: string[] = []
  const text = markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(style|code|kbd|pre|samp)\b[^>]*>)[\s\S]*?<\/\2>/g, '$1')
  for (const tag of text.match(/<[^>]*>/g) ?? []) {
    for (const m of tag.matchAll(ATTRIBUTE)) parts.push(m[3] ?? m[4] ?? m[5] ?? '')
  }
  parts.push(...text.replace(/<[^>]*>/g, '\n').split(/\n/))
  return parts.map((p) => p.replaceAll(HOLE, '…').replace(/\s+/g, ' ').trim()).filter(hasWords)
}

/**
 * A string literal that reads as English: a capital letter, then at least two words and lower-case
 * letters, or one capitalised word ("Password", "Saved."), or lower-case words with spaces ("the
 * author"); so not an id, a path, a CSS value, an
 * event or element name, a key name compared against, or a CamelCase class name.
 */
export const looksLikeProse = (s: string) =>
  ((/^[A-Z“‘(][\p{L}’'“”,.:;!?)-]*[\s\u00a0]+[\p{L}(“‘\d]/u.test(s) &&
    /\p{Ll}/u.test(s) &&
    !/^[A-Z]+ \//.test(s)) ||
    /^[A-Z][a-z’']+[.:?!…]?$/.test(s) ||
    /^[a-z][a-z’']*( [a-z’',.:;()-]+)+$/.test(s)) &&
  !ENDONYMS.has(s)

/**
 * A `…${x}…` string that reads as words: a capitalised word, or a word after a space ("3 stories");
 * not an address, a query, a selector or a CSS value (those hold / ? = # braces, or : ; without a space).
 */
const templateReads = (text: string) =>
  !/[/?=#{}]|[:;](?!\s)/.test(text) &&
  (/(^|[\s\u2063(“])[A-Z][a-z’']+\b/u.test(text) || /[\s\u00a0]\p{Ll}{2,}/u.test(text))

/** Properties whose values people read: `{ label: 'Running' }`. */
const SHOWN_PROPERTY =
  /^(label|text|title|hint|heading|message|caption|legend|summary|description|error|lead|help|one|many|empty|action|button|confirm|question|explanation|what|why)$/i

/** Whether `node` is msg()'s first argument (the text a translator sees). */
export const isMsgArgument = (node: ts.Node) =>
  ts.isCallExpression(node.parent) &&
  ts.isIdentifier(node.parent.expression) &&
  node.parent.expression.text === 'msg' &&
  node.parent.arguments[0] === node

/**
 * Text given in both languages side by side, `{ en: …, cy: … }` (text that follows the story's
 * language, not the portal's): its English has its Welsh beside it.
 */
function isBilingual(node: ts.Node): boolean {
  let at: ts.Node = node
  while (ts.isArrayLiteralExpression(at.parent)) at = at.parent
  const property = at.parent
  if (!ts.isPropertyAssignment(property) || property.initializer !== at) return false
  const lang = property.name.getText()
  if ((lang !== 'en' && lang !== 'cy') || !ts.isObjectLiteralExpression(property.parent)) return false
  const other = lang === 'en' ? 'cy' : 'en'
  return property.parent.properties.some((p) => p.name?.getText() === other)
}

/** Places where a string is code, never shown: imports, types, keys, comparisons, element access. */
function isCodeString(node: ts.Node): boolean {
  if (isBilingual(node)) return true
  const parent = node.parent
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent))
    return true
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node)
    return true
  if (ts.isElementAccessExpression(parent) || ts.isCaseClause(parent)) return true
  const op = ts.isBinaryExpression(parent) ? parent.operatorToken.kind : undefined
  return (
    op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    op === ts.SyntaxKind.EqualsEqualsToken ||
    op === ts.SyntaxKind.ExclamationEqualsToken
  )
}

const shownProperty = (node: ts.Node) =>
  ts.isPropertyAssignment(node.parent) &&
  node.parent.initializer === node &&
  SHOWN_PROPERTY.test(node.parent.name.getText())

/** The English of a string literal or `…${x}…` string that people read, or undefined. */
export function bareText(node: ts.Node): string | undefined {
  const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
  if (!literal && !ts.isTemplateExpression(node)) return undefined
  if (isMsgArgument(node) || ts.isTaggedTemplateExpression(node.parent) || isCodeString(node))
    return undefined
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    const shown = looksLikeProse(node.text) || (shownProperty(node) && /\p{L}/u.test(node.text))
    return shown && !ENDONYMS.has(node.text) ? node.text : undefined
  }
  if (ts.isTemplateExpression(node)) {
    const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(HOLE)
    return templateReads(text) ? text.replaceAll(HOLE, '…').trim() : undefined
  }
  return undefined
}

/** Every bare piece of English in one TypeScript source. */
export function bareStrings(file: string, source: string): BareString[] {
  const found: BareString[] = []
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const at = (node: ts.Node, text: string) =>
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text })
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = node.tag.getText(sf)
      if (tag === 'css') return
      if ((tag === 'html' || tag === 'svg') && !isMsgArgument(node)) {
        const t = node.template
        const markup = ts.isNoSubstitutionTemplateLiteral(t)
          ? t.text
          : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)].join(HOLE)
        for (const text of readableParts(markup)) at(node, text)
      }
    } else {
      const text = bareText(node)
      if (text !== undefined) at(node, text)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

/**
 * The portal's sources: tests, the generated catalogue, and the route and navigation lists aside
 * (their titles and labels are keys that `shell/titles.ts` translates, checked by the coverage test).
 */
export function portalSources(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(relative(root, full))
    }
  }
  walk(join(root, 'portal/src'))
  return out.filter((f) => !/locales\/(cy|locale-codes)\.ts$|shell\/(routes|nav)\.ts$/.test(f)).sort()
}

export const findBareStrings = (root: string) =>
  portalSources(root).flatMap((file) => bareStrings(file, readFileSync(join(root, file), 'utf8')))
