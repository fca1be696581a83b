import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { Services } from '../app/services';
import { loopbackNames } from './hostHeader';
import { createLocalHost } from './server';

// DNS rebinding: a page on evil.example, its name made to resolve to 127.0.0.1, reaches the local
// host from the visitor's browser, with "Host: evil.example". Only this machine's names are answered.

let server: Server;
let port = 0;

beforeAll(async () => {
  server = createLocalHost({} as Services, { tabDir: __dirname, allowedHosts: [...loopbackNames, 'plan.example'] });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** The status line and body of a request sent byte for byte (fetch would not send HTTP/1.0 or omit Host). */
function send(head: string): Promise<{ status: number; body: string; headers: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('end', () => {
      const [headers = '', body = ''] = answer.split('\r\n\r\n');
      resolve({ status: Number(headers.split(' ')[1]), headers: headers.toLowerCase(), body });
    });
    socket.on('error', reject);
  });
}

describe('the host names the local host answers to', () => {
  it.each(['localhost', `localhost:${0}`, '127.0.0.1', '[::1]', 'LocalHost', 'plan.example:443'])('answers Host: %s', async (name) => {
    const { status } = await send(`GET /api/nothing HTTP/1.1\r\nHost: ${name.replace(':0', `:${port}`)}`);
    expect(status).toBe(404); // routed: the API's own not-found
  });

  it.each(['evil.example', 'evil.example:7071', 'localhost.evil.example', '127.0.0.1.nip.io', 'plan.example.evil'])('refuses Host: %s with 403 and a reason', async (name) => {
    const { status, body, headers } = await send(`GET /api/nothing HTTP/1.1\r\nHost: ${name}`);
    expect(status).toBe(403);
    expect(JSON.parse(body)).toEqual({ error: { code: 'HOST_NOT_ALLOWED', message: expect.stringContaining('ALLOWED_HOSTS') } });
    expect(headers).toContain('content-security-policy:');
    expect(headers).toContain('cache-control: no-store');
  });

  it('refuses the tab too, and answers HTTP/1.0 without a Host (no browser sends that)', async () => {
    expect((await send('GET / HTTP/1.1\r\nHost: evil.example')).status).toBe(403);
    expect((await send('GET /api/nothing HTTP/1.0')).status).toBe(404);
  });
});
