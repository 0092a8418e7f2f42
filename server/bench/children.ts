import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { ChildMessage, ParentMessage } from './child-protocol.ts'
import { prioritise } from './priority.ts'

export interface Child {
  process: ChildProcess
  port: number
  /** Sends `message` and resolves with the child's next message of type `answer`. */
  ask<T extends ChildMessage['type']>(
    message: ParentMessage,
    answer: T,
  ): Promise<Extract<ChildMessage, { type: T }>>
  /** CPU time (user + system) the child has used so far, in ms. */
  cpuMs(): Promise<number>
  stop(): Promise<void>
}

function nextMessage<T extends ChildMessage['type']>(proc: ChildProcess, type: T) {
  return new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
    const onMessage = (message: ChildMessage) => {
      if (message.type === 'failed') finish(() => reject(new Error(message.message)))
      else if (message.type === type) finish(() => resolve(message as Extract<ChildMessage, { type: T }>))
    }
    const onExit = (code: number | null) =>
      finish(() => reject(new Error(`child process exited (${code}) before answering ${type}`)))
    const finish = (then: () => void) => {
      proc.off('message', onMessage)
      proc.off('exit', onExit)
      then()
    }
    proc.on('message', onMessage)
    proc.on('exit', onExit)
  })
}

/**
 * Starts `file` (a .ts module beside this one) in its own Node.js process with tsx, so the load
 * generator and each server have their own event loop. `start` is sent before waiting for `ready`.
 */
export async function startChild(
  file: string,
  env: Record<string, string> = {},
  options: { start?: unknown; nodeArgs?: string[] } = {},
): Promise<Child> {
  const path = fileURLToPath(new URL(file, import.meta.url))
  const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', path], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // A session of its own, so that its scheduling priority can be raised (see priority.ts).
    detached: true,
  })
  prioritise(proc.pid, true)
  const ready = nextMessage(proc, 'ready')
  if (options.start !== undefined)
    proc.send({ type: 'start', payload: options.start } satisfies ParentMessage)
  const { port } = await ready
  const ask: Child['ask'] = (message, answer) => {
    const reply = nextMessage(proc, answer)
    proc.send(message)
    return reply
  }
  return {
    process: proc,
    port,
    ask,
    cpuMs: async () => {
      const { userMs, systemMs } = await ask({ type: 'cpu' }, 'cpu')
      return userMs + systemMs
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve()
        const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000)
        proc.once('exit', () => {
          clearTimeout(timer)
          resolve()
        })
        proc.disconnect()
      }),
  }
}
