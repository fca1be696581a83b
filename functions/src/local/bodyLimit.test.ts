import { connect, type Socket } from 'node:net';
import { maxBodyBytes } from '../http/requestParts';
import { startApiHost, type ApiHost } from '../testing/apiHost';

// A 20 MB upload must be refused with 413 once the 256 kB limit is passed, without the host
// reading (let alone buffering) the rest: counted in bytes the host's socket read, not in time.

jest.setTimeout(60_000);

const uploadBytes = 20 * 1024 * 1024;
const goals = '/api/units/hagerstensasens-forskolor/plans/2021/goals';

let api: ApiHost;
const serverSockets: Socket[] = [];
beforeAll(async () => {
  api = await startApiHost();
  api.server.on('connection', (socket: Socket) => serverSockets.push(socket));
});
afterAll(() => api.stop());

/** Streams a body of uploadBytes (declared or chunked) until the host stops taking it. */
function upload(framing: 'content-length' | 'chunked'): Promise<{ status: number | null; clientWrote: number; hostRead: number }> {
  const port = Number(new URL(api.base).port);
  const before = serverSockets.length;
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let clientWrote = 0;
    let closed = false;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!closed && clientWrote < uploadBytes) {
        const piece = framing === 'chunked' ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk;
        clientWrote += chunk.length;
        if (!socket.write(piece)) return void socket.once('drain', pump);
      }
      if (!closed && framing === 'chunked') socket.write('0\r\n\r\n');
    };
    socket.on('connect', () => {
      const length = framing === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${uploadBytes}`;
      socket.write(`POST ${goals} HTTP/1.1\r\nHost: localhost\r\nx-dev-user: dev-rektor-hag\r\nContent-Type: application/json\r\n${length}\r\n\r\n`);
      pump();
    });
    socket.on('data', (data: Buffer) => (response += data.toString('latin1')));
    socket.on('error', () => undefined); // the host resets the connection after answering
    socket.on('close', () => {
      closed = true;
      const status = /^HTTP\/1\.1 (\d{3})/.exec(response);
      const hostSocket = serverSockets[before];
      resolve({ status: status ? Number(status[1]) : null, clientWrote, hostRead: hostSocket?.bytesRead ?? -1 });
    });
  });
}

describe('request bodies over the limit', () => {
  it.each(['content-length', 'chunked'] as const)('answers 413 to a 20 MB upload (%s) and closes before reading it', async (framing) => {
    const result = await upload(framing);
    console.log(`20 MB upload (${framing}): status ${result.status}, host read ${result.hostRead} bytes, client wrote ${result.clientWrote} bytes`);
    expect(result.status).toBe(413);
    expect(result.hostRead).toBeGreaterThan(0);
    expect(result.hostRead).toBeLessThan(4 * maxBodyBytes);
    expect(result.clientWrote).toBeLessThan(uploadBytes);
  });

  it('still serves afterwards', async () => {
    expect((await api.call('/units')).status).toBe(200);
  });
});
