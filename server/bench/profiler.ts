import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Session } from 'node:inspector/promises'
import { answerParent, type ParentMessage } from './child-protocol.ts'

/**
 * Lets the parent CPU-profile this process over exactly the measured window (unlike
 * `node --cpu-prof`, whose profile is dominated by start-up): `profile-start`, then
 * `profile-stop` writes a .cpuprofile that Chrome DevTools opens.
 */
export function acceptProfiling(): void {
  const session = new Session()
  session.connect()
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'profile-start') {
      void (async () => {
        await session.post('Profiler.enable')
        await session.post('Profiler.setSamplingInterval', { interval: 200 })
        await session.post('Profiler.start')
        answerParent({ type: 'profiling' })
      })()
    } else if (message.type === 'profile-stop') {
      void (async () => {
        const { profile } = await session.post('Profiler.stop')
        await mkdir(dirname(message.file), { recursive: true })
        await writeFile(message.file, JSON.stringify(profile))
        answerParent({ type: 'profiled', file: message.file })
      })()
    }
  })
}
