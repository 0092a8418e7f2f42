import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Longest files first, so that the two workers finish together: on a clean clone vitest has no
 * timings and would start with the largest files, leaving the API fuzz (a small file that runs for
 * a minute or more) to the end of one worker while the other sits idle. Within each group, the
 * usual order (last run's timings, else size).
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const weight = (file: TestSpecification) =>
      file.moduleId.includes('/server/test/fuzz/') ? 2 : file.moduleId.includes('/tests/e2e/') ? 1 : 0
    // Array.prototype.sort is stable: ties keep the order the base sequencer chose.
    return sorted.sort((a, b) => weight(b) - weight(a))
  }
}
