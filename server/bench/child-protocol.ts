/** Messages between the bench runner and its child processes (over the IPC channel). */
export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'cpu'; userMs: number; systemMs: number }
  | { type: 'result'; result: unknown }
  | { type: 'failed'; message: string }
  | { type: 'profiling' }
  | { type: 'profiled'; file: string }

export type ParentMessage =
  | { type: 'cpu' }
  | { type: 'run'; spec: unknown }
  | { type: 'start'; payload: unknown }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }

export function answerParent(message: ChildMessage): void {
  process.send!(message)
}

/** Every child answers `cpu` with its own CPU time so far. */
process.on('message', (message: ParentMessage) => {
  if (message.type !== 'cpu') return
  const { user, system } = process.cpuUsage()
  answerParent({ type: 'cpu', userMs: user / 1000, systemMs: system / 1000 })
})
