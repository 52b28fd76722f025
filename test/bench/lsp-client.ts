import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Handler = (params: any) => void;

/** The V8 flags the extension starts the server with (client/src/language-client.ts SERVER_EXEC_ARGV): keep equal. */
export const SERVER_EXEC_ARGV = (process.env.BENCH_EXEC_ARGV ?? '--max-semi-space-size=2').split(' ').filter(Boolean);

/** A minimal LSP client over stdio (Content-Length framing), enough to time requests and diagnostics. */
export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, (result: unknown) => void>();
  private readonly listeners = new Map<string, Handler[]>();
  stderr = '';

  constructor(serverPath: string) {
    this.proc = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverPath, '--stdio'], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  on(method: string, handler: Handler): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), handler]);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve) => this.waiting.set(id, resolve as (r: unknown) => void));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  async shutdown(): Promise<void> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.proc.kill();
        resolve();
      }, 2000);
      this.proc.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1] ?? 0);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method === undefined) {
        this.waiting.get(message.id)?.(message.result);
        this.waiting.delete(message.id);
      } else if (message.id !== undefined) {
        // Server-to-client requests (configuration, registration): answer with nothing.
        this.send({ jsonrpc: '2.0', id: message.id, result: null });
      } else {
        for (const handler of this.listeners.get(message.method) ?? []) handler(message.params);
      }
    }
  }
}

/** Line/character of `offset` in `text` (UTF-16, as LSP counts by default). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
