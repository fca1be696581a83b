import type { AddressInfo } from 'node:net';
import type { Store } from '@vp/shared';
import type { ReadFollowUpData } from '../app/overview/followUpData';
import type { Services } from '../app/services';
import { routes } from '../http/routes';
import { serveApi } from '../testing/apiHost';
import { buildLocalApp } from './server';

// Whatever fails unexpectedly, in a handler or around it, is one 500 JSON error naming the request
// id, and one log line under that id.

describe('unexpected errors on the local host', () => {
  let logged: unknown[][] = [];
  const errorLog = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  beforeEach(() => (logged = []));
  afterAll(() => errorLog.mockRestore());

  const loggedUnder = (requestId: string) => logged.filter((args) => args.some((a) => typeof a === 'string' && a.includes(requestId)));

  it('inside a handler: 500 with the request id, logged once', async () => {
    const failing = new Proxy({}, { get: () => () => Promise.reject(new Error('disken brann')) });
    const api = await serveApi(failing as Store, failing as ReadFollowUpData);
    try {
      const response = await api.call('/units');
      const requestId = response.headers.get('x-request-id')!;
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: { code: 'INTERNAL', message: expect.stringMatching(/oväntat fel/), requestId } });
      expect(loggedUnder(requestId)).toHaveLength(1);
      expect(logged).toHaveLength(1);
    } finally {
      await api.close();
    }
  });

  it('around a handler (a handler that throws instead of answering): the same', async () => {
    const throwing = routes.map((def) => ({ ...def, handler: () => () => Promise.reject(new TypeError('oops')) }));
    const app = buildLocalApp({} as Services, { routeTable: throwing, tabDir: __dirname });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/units`);
      const requestId = response.headers.get('x-request-id')!;
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: { code: 'INTERNAL', message: expect.stringMatching(/oväntat fel/), requestId } });
      expect(loggedUnder(requestId)).toHaveLength(1);
      expect(logged).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
