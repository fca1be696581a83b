import { connect } from 'node:net';

/** What came back on one raw connection: the status of the first response, or why there was none. */
export type RawOutcome = { status: number; head: string; body: string } | { status: 'closed' } | { status: 'no answer' };

export interface RawRequest {
  /** Bytes written as they are: the request line, headers and as much body as the case wants */
  bytes: string | Buffer;
  /** Close the connection right after writing (a client that gives up half way) */
  abort?: boolean;
}

/** A guard so a hung server fails the test with a count instead of hanging it; never a measure of speed. */
const answerGuardMs = 20_000;

/**
 * Sends hand-made bytes to a server over TCP, as a hostile or broken client would, and reads the
 * first response. Nothing is normalised: bad escapes, bad hosts and broken framing reach the server.
 */
export function rawExchange(port: number, request: RawRequest): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let settled = false;
    const finish = (outcome: RawOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      socket.destroy();
      resolve(outcome);
    };
    const guard = setTimeout(() => finish({ status: 'no answer' }), answerGuardMs);
    socket.on('connect', () => {
      socket.write(request.bytes);
      if (request.abort) {
        socket.destroy();
        finish({ status: 'closed' });
      }
    });
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      const response = parseResponse(Buffer.concat(received));
      if (response) finish(response);
    });
    socket.on('error', () => undefined); // a reset after the answer is normal for broken requests
    socket.on('close', () => finish(parseResponse(Buffer.concat(received), true) ?? { status: 'closed' }));
  });
}

/** The first response once its head and (declared or delimited-by-close) body are in. */
function parseResponse(bytes: Buffer, closed = false): RawOutcome | null {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const head = bytes.subarray(0, end).toString('latin1');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(head);
  if (!status) return null;
  const length = /\r\ncontent-length: *(\d+)/i.exec(head);
  const body = bytes.subarray(end + 4);
  if (length && body.byteLength < Number(length[1]) && !closed) return null;
  if (!length && /\r\ntransfer-encoding: *chunked/i.test(head) && !closed && !body.includes('0\r\n\r\n')) return null;
  return { status: Number(status[1]), head, body: body.toString('utf8') };
}

/** An HTTP/1.1 request as bytes; `Connection: close` unless the headers say otherwise. */
export function rawRequest(method: string, target: string, headers: Record<string, string | number> = {}, body = ''): string {
  const all: Record<string, string | number> = { Host: 'localhost', Connection: 'close', ...headers };
  if (body && !Object.keys(all).some((k) => /^(content-length|transfer-encoding)$/i.test(k))) all['Content-Length'] = Buffer.byteLength(body);
  const lines = Object.entries(all).map(([k, v]) => `${k}: ${v}`);
  return `${method} ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}
