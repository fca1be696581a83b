import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { devIdentity } from '../identity/devIdentity';
import { devUsers } from '../identity/devUsers';
import { seedDemoData } from '../seed/seed';
import { openStorage } from '../store/openStore';
import { teamsFrameAncestors } from './securityHeaders';
import { createLocalHost } from './server';

// The tab and the API carry the security headers, and go out compressed when the client accepts it.

const dataDir = mkdtempSync(join(tmpdir(), 'vp-headers-'));
const tabDir = join(dataDir, 'tab');
const script = `export const filler = ${JSON.stringify('Verksamhetsplan '.repeat(400))};\n`;
const { store, followUp } = openStorage(loadConfig({ DATA_DIR: dataDir }, 'local'));
let server: Server;
let origin = '';

beforeAll(async () => {
  mkdirSync(join(tabDir, 'assets'), { recursive: true });
  writeFileSync(join(tabDir, 'index.html'), '<!doctype html><title>Verksamhetsplan</title><script type="module" src="./assets/app-1234.js"></script>');
  writeFileSync(join(tabDir, 'assets', 'app-1234.js'), script);
  await seedDemoData(store);
  server = createLocalHost({ store, followUp, identify: devIdentity(devUsers), devUsers, anonymousReads: true, signIn: { mode: 'local' } }, { tabDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers });

/** Sends bytes as they are and reads the answer until the server closes the connection. */
function rawRequest(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

function expectSecurityHeaders(headers: Headers) {
  const csp = headers.get('content-security-policy') ?? '';
  const directive = (name: string) => csp.split(';').find((d) => d.trim().startsWith(`${name} `))?.trim().split(/\s+/).slice(1);
  expect(directive('frame-ancestors')).toEqual(["'self'", ...teamsFrameAncestors]);
  expect(directive('frame-ancestors')).toEqual(expect.arrayContaining(['https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft']));
  expect(directive('script-src')).toEqual(["'self'"]);
  expect(directive('object-src')).toEqual(["'none'"]);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(headers.get('x-frame-options')).toBeNull(); // it cannot name Teams
}

describe('security headers and compression on the local host', () => {
  it.each(['/', '/api/units', '/api/nothing', '/assets/app-1234.js', '/api/units/%', '/%E0'])('%s: a CSP that lets Teams and Microsoft 365 frame the tab, nosniff, a referrer policy', async (path) => {
    expectSecurityHeaders((await get(path)).headers);
  });

  it('lets the browser sign-in reach the Entra authority in entra mode only (metadata, token endpoint, silent renewal frame)', async () => {
    const csp = (headers: Headers) => (name: string) => (headers.get('content-security-policy') ?? '').split(';').find((d) => d.trim().startsWith(`${name} `))?.trim().split(/\s+/).slice(1);
    const local = csp((await get('/')).headers);
    expect(local('frame-src')).toEqual(["'self'"]);
    expect(local('connect-src')).not.toContain('https://login.microsoftonline.com');
    const entra = createLocalHost(
      {
        store,
        followUp,
        identify: devIdentity([]),
        devUsers: [],
        anonymousReads: false,
        signIn: { mode: 'entra', tenantId: '6f3c1a52-2d6e-4a0b-9a57-0c1f2e3d4b5a', clientId: 'c1', authority: 'https://login.microsoftonline.com/6f3c1a52-2d6e-4a0b-9a57-0c1f2e3d4b5a', scope: 'api://c1/access_as_user' },
      },
      { tabDir },
    );
    await new Promise<void>((resolve) => entra.listen(0, '127.0.0.1', resolve));
    try {
      const directive = csp((await fetch(`http://127.0.0.1:${(entra.address() as AddressInfo).port}/`)).headers);
      expect(directive('connect-src')).toEqual(["'self'", 'https://res.cdn.office.net/teams-js/', 'https://login.microsoftonline.com']);
      expect(directive('frame-src')).toEqual(["'self'", 'https://login.microsoftonline.com']);
      expect(directive('script-src')).toEqual(["'self'"]);
    } finally {
      await new Promise((resolve) => entra.close(resolve));
    }
  });

  it('sends the same headers on a request the HTTP parser refuses before routing', async () => {
    const answer = await rawRequest('GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n');
    const [head = ''] = answer.split('\r\n\r\n');
    const [statusLine, ...lines] = head.split('\r\n');
    expect(statusLine).toMatch(/^HTTP\/1\.1 400 /);
    expectSecurityHeaders(new Headers(lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as [string, string])));
  });

  it('sends the tab and the JSON compressed as the client accepts, and whole otherwise', async () => {
    for (const encoding of ['br', 'gzip']) {
      const asset = await get('/assets/app-1234.js', { 'accept-encoding': encoding });
      expect([asset.headers.get('content-encoding'), await asset.text()]).toEqual([encoding, script]);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const plan = await get('/api/units/hagerstensasens-forskolor/plans/2021', { 'accept-encoding': encoding });
      expect(plan.headers.get('content-encoding')).toBe(encoding);
      expect(((await plan.json()) as { unit: unknown }).unit).toMatchObject({ id: 'hagerstensasens-forskolor' });
    }
    const plain = await get('/assets/app-1234.js', { 'accept-encoding': 'identity' });
    expect([plain.headers.get('content-encoding'), await plain.text()]).toEqual([null, script]);
  });

  it('answers HEAD on the tab with its ETag', async () => {
    const response = await fetch(`${origin}/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeTruthy();
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
});
