import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Health, type Store } from '@vp/shared';
import { readFollowUpData } from '../app/overview/followUpData';
import { serveApi, startApiHost, type ApiHost } from '../testing/apiHost';
import { entraAccess } from '../testing/entraAccess';
import { startFakeAuthority, type FakeAuthority } from '../testing/fakeAuthority';

const version = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

let authority: FakeAuthority;
let host: ApiHost;
beforeAll(async () => {
  authority = await startFakeAuthority();
  host = await startApiHost(undefined, entraAccess(authority.settings));
});
afterAll(async () => {
  await host.stop();
  await authority.close();
});

describe('GET /api/health', () => {
  it('answers 200 with the version and the store reachable, without a sign-in even in entra mode', async () => {
    const response = await host.call('/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const health = Health.parse(await response.json());
    expect(health).toMatchObject({ status: 'ok', version, store: { reachable: true } });
    expect((await host.call('/health', { method: 'HEAD' })).status).toBe(200);
  });

  it('answers 503 with Retry-After, logged, when the store does not answer', async () => {
    const broken = new Proxy(host.store, {
      get: (target, name, receiver) => (name === 'get' ? () => Promise.reject(new Error('SQLITE_CANTOPEN')) : Reflect.get(target, name, receiver)),
    }) as Store;
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = await serveApi(broken, readFollowUpData(broken));
    try {
      const response = await api.call('/health');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(Health.parse(await response.json())).toMatchObject({ status: 'unavailable', store: { reachable: false } });
      // One JSON line, under the request id the response names.
      expect(logged).toHaveBeenCalledTimes(1);
      expect(JSON.parse(String(logged.mock.calls[0]![0]))).toMatchObject({
        level: 'error',
        requestId: response.headers.get('x-request-id'),
        function: 'getHealth',
        message: 'Hälsokontroll: lagringen svarar inte',
        error: { name: 'Error', message: 'SQLITE_CANTOPEN', stack: expect.stringContaining('SQLITE_CANTOPEN') },
      });
    } finally {
      logged.mockRestore();
      await api.close();
    }
  });
});
