/**
 * Measures the shape of the source tree: file lengths, function lengths and
 * which folders under server/src import each other. The shape test holds the
 * limits; `npm run shape` prints the figures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

export const ROOT = resolve(import.meta.dirname, '../..')
export const SOURCE_DIRS = ['server/src', 'portal/src', 'widget/src']

/**
 * Demo data is long by nature and is not code anyone reads to change behaviour; nor is the Welsh
 * catalogue that `lit-localize build` writes from the XLIFF.
 */
const EXEMPT = [/^server\/src\/demo\//, /^portal\/src\/locales\/cy\.ts$/]

export function sourceFiles(dir = SOURCE_DIRS): string[] {
  const out: string[] = []
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name))
        out.push(relative(ROOT, full).split(sep).join('/'))
    }
  }
  for (const d of dir) walk(join(ROOT, d))
  return out.sort()
}

const isTest = (file: string): boolean => /\.test\.ts$/.test(file)
const exempt = (file: string): boolean => EXEMPT.some((re) => re.test(file))

export interface LongFile {
  file: string
  lines: number
}
export interface LongFunction {
  file: string
  line: number
  name: string
  lines: number
}

export function longFiles(limit: number): LongFile[] {
  return sourceFiles()
    .filter((f) => !exempt(f))
    .map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1 }))
    .filter((f) => f.lines > limit)
    .sort((a, b) => b.lines - a.lines)
}

function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = node as { name?: ts.Node }
  if (named.name) return named.name.getText(source)
  const parent = node.parent
  if (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent)
  ) {
    return parent.name.getText(source)
  }
  if (ts.isCallExpression(parent)) return `callback of ${parent.expression.getText(source).slice(0, 40)}`
  return '(anonymous)'
}

/** Functions, methods and arrow functions longer than `limit` lines, tests included. */
export function longFunctions(limit: number): LongFunction[] {
  const found: LongFunction[] = []
  for (const file of sourceFiles()) {
    if (exempt(file)) continue
    const text = readFileSync(join(ROOT, file), 'utf8')
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
        const lines = end - start + 1
        // A test file's describe/it callbacks are lists of cases, not functions to split.
        const isTestBlock =
          isTest(file) &&
          ts.isCallExpression(node.parent) &&
          /^(describe|it|test)\b/.test(node.parent.expression.getText(source))
        if (lines > limit && !isTestBlock)
          found.push({ file, line: start + 1, name: functionName(node, source), lines })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found.sort((a, b) => b.lines - a.lines)
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g

/** The folder (first path segment under server/src) a file belongs to, or null for top-level files. */
function serverFolder(file: string): string | null {
  const rest = file.replace(/^server\/src\//, '')
  return rest.includes('/') ? rest.split('/')[0]! : null
}

/** Pairs of folders under server/src that import each other (tests left out). */
export function folderCycles(): { pair: [string, string]; examples: string[] }[] {
  const edges = new Map<string, Set<string>>()
  const example = new Map<string, string>()
  for (const file of sourceFiles(['server/src'])) {
    if (isTest(file)) continue
    const from = serverFolder(file)
    if (!from) continue
    const text = readFileSync(join(ROOT, file), 'utf8')
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!
      const target = relative(ROOT, resolve(ROOT, dirname(file), spec))
        .split(sep)
        .join('/')
      const to = serverFolder(target)
      if (!to || to === from) continue
      if (!edges.has(from)) edges.set(from, new Set())
      edges.get(from)!.add(to)
      if (!example.has(`${from}>${to}`)) example.set(`${from}>${to}`, `${file} → ${spec}`)
    }
  }
  const pairs: { pair: [string, string]; examples: string[] }[] = []
  for (const [a, targets] of edges) {
    for (const b of targets) {
      if (a < b && edges.get(b)?.has(a))
        pairs.push({ pair: [a, b], examples: [example.get(`${a}>${b}`)!, example.get(`${b}>${a}`)!] })
    }
  }
  return pairs.sort((x, y) => x.pair.join().localeCompare(y.pair.join()))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = sourceFiles().filter((f) => !exempt(f))
  const lengths = files.map((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1)
  console.log(
    `source files: ${files.length}, lines: ${lengths.reduce((a, b) => a + b, 0)}, longest: ${Math.max(...lengths)}`,
  )
  console.log('\nfiles over 400 lines:')
  for (const f of longFiles(400)) console.log(`  ${f.lines}  ${f.file}`)
  console.log('\nfunctions over 80 lines:')
  for (const f of longFunctions(80)) console.log(`  ${f.lines}  ${f.file}:${f.line} ${f.name}`)
  console.log('\nserver folders importing each other:')
  for (const c of folderCycles()) console.log(`  ${c.pair.join(' ↔ ')}  (${c.examples.join('; ')})`)
}
