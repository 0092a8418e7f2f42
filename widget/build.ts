/**
 * The widget's build step for its second chunk (used by `vite.config.ts`, mode `widget`):
 *
 * - builds `src/form/story-form.ts` on its own into one ES module that imports nothing (the entry
 *   hands it lit-html at run time), so its bytes depend on the form's sources alone;
 * - emits it as `heard-form.<hash>.js` next to the entry, and gives the entry its file name and
 *   SHA-384 through the module `virtual:heard-form` (see `src/load-form.ts`): the entry's own
 *   hash, and so any Subresource Integrity pin on it, covers the form;
 * - fails the build when either chunk is over its budget (8 KB gzip, `BUDGETS` in `size.ts`).
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { build, type Plugin, type Rollup } from 'vite'
import { BUDGETS, gzipSize } from './size.ts'

const FORM_ENTRY = join(import.meta.dirname, 'src/form/story-form.ts')
const VIRTUAL = 'virtual:heard-form'

async function buildForm(): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2021',
      lib: { entry: FORM_ENTRY, formats: ['es'], fileName: 'heard-form' },
      rollupOptions: { output: { minify: true } },
    },
  })) as Rollup.RollupOutput[]
  const chunks = result[0]!.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk')
  if (chunks.length !== 1 || chunks[0]!.imports.length || chunks[0]!.dynamicImports.length)
    throw new Error(`the form chunk must build to one chunk that imports nothing`)
  return chunks[0]!.code
}

export function heardForm(): Plugin {
  return {
    name: 'heard-form',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    async load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined
      const code = await buildForm()
      const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`
      const file = `heard-form.${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`
      this.emitFile({ type: 'asset', fileName: file, source: code })
      return `export default ${JSON.stringify({ file, integrity })}`
    },
    generateBundle(_, bundle) {
      for (const out of Object.values(bundle)) {
        const kind = /^heard-form\./.test(out.fileName)
          ? 'form'
          : /^heard\./.test(out.fileName)
            ? 'entry'
            : null
        if (!kind) continue
        const size = gzipSize(out.type === 'chunk' ? out.code : out.source)
        const line = `${out.fileName}: ${size} B gzip (${kind} budget ${BUDGETS[kind]} B)`
        if (size > BUDGETS[kind]) this.error(`over budget: ${line}`)
        this.info(line)
      }
    },
  }
}
