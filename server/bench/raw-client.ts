import { connect, type Socket } from 'node:net'

const HEADER_END = Buffer.from('\r\n\r\n')

/**
 * One keep-alive HTTP/1.1 connection that sends prepared request bytes and parses just enough
 * of each response (status, Content-Length or chunked framing) to know when it has ended. Far
 * cheaper per request than node:http's client, so the generator is not what limits the rate.
 */
export class RawConnection {
  private socket: Socket | undefined
  private buffer: Buffer = Buffer.alloc(0)
  private pending: { resolve: (status: number) => void; reject: (err: Error) => void } | undefined

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  private open(): Socket {
    const socket = connect({ host: this.host, port: this.port, noDelay: true })
    socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk
      this.tryComplete()
    })
    const fail = (err: Error) => {
      this.socket = undefined
      this.buffer = Buffer.alloc(0)
      const pending = this.pending
      this.pending = undefined
      pending?.reject(err)
    }
    socket.on('error', fail)
    socket.on('close', () => fail(new Error('connection closed')))
    return socket
  }

  request(bytes: Buffer): Promise<number> {
    this.socket ??= this.open()
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject }
      this.socket!.write(bytes)
    })
  }

  close(): void {
    this.socket?.destroy()
  }

  private tryComplete(): void {
    const headerEnd = this.buffer.indexOf(HEADER_END)
    if (headerEnd < 0 || !this.pending) return
    const head = this.buffer.toString('latin1', 0, headerEnd)
    const status = Number(head.slice(9, 12))
    const bodyStart = headerEnd + 4
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)
    let end: number
    if (length) {
      end = bodyStart + Number(length[1])
      if (this.buffer.length < end) return
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const last = this.buffer.indexOf('\r\n0\r\n\r\n', bodyStart - 2)
      if (last < 0) return
      end = last + 7
    } else {
      end = bodyStart // 204/304 and the like
    }
    this.buffer = this.buffer.subarray(end)
    const { resolve } = this.pending
    this.pending = undefined
    resolve(status)
  }
}

export function getRequest(host: string, path: string): Buffer {
  return Buffer.from(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n\r\n`)
}

export function postRequest(
  host: string,
  path: string,
  body: string,
  headers: Record<string, string>,
): Buffer {
  const payload = Buffer.from(body)
  const extra = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')
  return Buffer.concat([
    Buffer.from(
      `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${payload.length}\r\n${extra}\r\n`,
    ),
    payload,
  ])
}
