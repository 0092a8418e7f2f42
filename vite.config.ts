import { defineConfig } from 'vitest/config'
import { LongestFirst } from './server/test/sequencer.ts'
import { heardForm } from './widget/build.ts'

// One config, three jobs: `vite build --mode widget`, `vite build --mode portal`, and vitest.
export default defineConfig(({ mode }) => {
  if (mode === 'widget') {
    return {
      build: {
        outDir: 'dist/widget',
        emptyOutDir: true,
        target: 'es2021',
        manifest: true,
        lib: { entry: 'widget/src/heard-stories.ts', formats: ['es'], fileName: 'heard' },
        // Library mode leaves whitespace in ES output; minify it all (budgets: 8 KB gzip per chunk).
        rollupOptions: { output: { entryFileNames: 'heard.[hash].js', minify: true } },
      },
      // Builds the form chunk, pins its hash in the entry, and fails the build over budget.
      plugins: [heardForm()],
    }
  }
  if (mode === 'portal') {
    return {
      root: 'portal',
      base: '/portal/',
      build: {
        outDir: '../dist/portal',
        emptyOutDir: true,
        target: 'es2021',
        // The manifest lists each chunk's imports: `portal/size.test.ts` sums what the sign-in page loads.
        manifest: true,
        rollupOptions: {
          output: {
            // Each area's chunk is named after its folder (`moderation-[hash].js`), not `pages`.
            chunkFileNames: (chunk: { facadeModuleId: string | null; name: string }) => {
              const area = chunk.facadeModuleId?.match(/\/portal\/src\/([a-z-]+)\/pages\.ts$/)?.[1]
              return `assets/${area ?? chunk.name}-[hash].js`
            },
          },
        },
      },
    }
  }
  return {
    test: {
      include: ['server/**/*.test.ts', 'widget/**/*.test.ts', 'portal/**/*.test.ts', 'tests/**/*.test.ts'],
      globalSetup: ['server/test/global-setup.ts'],
      // Two workers, each with a database of its own (server/test/global-setup.ts); a worker's
      // files take turns with it.
      maxWorkers: 2,
      // A worker's files share one module cache: loading the app once rather than per file saves
      // about half the run. So no module mocks: a test that needs a failure builds its app over a
      // connection that fails (server/src/inbox/export.test.ts).
      isolate: false,
      // The API fuzz and the browser tests first (server/test/sequencer.ts).
      sequence: { sequencer: LongestFirst },
      testTimeout: 20_000,
      hookTimeout: 60_000,
    },
  }
})
