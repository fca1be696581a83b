import { GraphError } from '@microsoft/microsoft-graph-client';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createGraphClient, parseGraphBaseUrl } from './graphClient';
import { retryDelayMs, retryPolicy } from './retryPolicy';

const calls: { url: string; auth: string | null }[] = [];
let script: Response[] = [];
const answer = ({ request }: { request: Request }) => {
  calls.push({ url: request.url, auth: request.headers.get('Authorization') });
  return script.shift() ?? HttpResponse.json({ value: [] });
};
const server = setupServer(
  http.get('https://graph.microsoft.com/v1.0/*', answer),
  http.get('https://graph.microsoft.us/v1.0/*', answer),
  http.get('https://graph-proxy.example.se/beta/*', answer),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  calls.length = 0;
  script = [];
});

const throttled = (status: number, retryAfter?: string) =>
  HttpResponse.json({ error: { code: 'TooManyRequests', message: 'slow down' } }, { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });

function client(baseUrl = 'https://graph.microsoft.com/v1.0', maxRetries = 3) {
  const waits: number[] = [];
  let tokens = 0;
  const c = createGraphClient({
    baseUrl,
    credential: { getToken: async () => ({ token: `token-${++tokens}`, expiresOnTimestamp: Date.now() + 3_600_000 }) },
    retry: { maxRetries, sleep: async (ms) => void waits.push(ms) },
  });
  return { c, waits };
}

describe('createGraphClient', () => {
  it('sends requests to the configured national cloud with the bearer token', async () => {
    const { c } = client('https://graph.microsoft.us/v1.0');
    await c.api('/sites/s1/lists').get();
    expect(calls).toEqual([{ url: 'https://graph.microsoft.us/v1.0/sites/s1/lists', auth: 'Bearer token-1' }]);
  });

  it('authenticates requests to a configured host the SDK does not know', async () => {
    const { c } = client('https://graph-proxy.example.se/beta');
    await c.api('/sites/s1').get();
    expect(calls).toEqual([{ url: 'https://graph-proxy.example.se/beta/sites/s1', auth: 'Bearer token-1' }]);
  });

  it.each([429, 503, 504])('retries %i honouring Retry-After in seconds', async (status) => {
    const { c, waits } = client();
    script = [throttled(status, '2'), throttled(status, '5')];
    expect(await c.api('/sites/s1/lists').get()).toEqual({ value: [] });
    expect(waits).toEqual([2000, 5000]);
    expect(calls).toHaveLength(3);
  });

  it('honours a Retry-After date and backs off exponentially without one', async () => {
    const { c, waits } = client();
    script = [throttled(429, new Date(Date.now() + 30_000).toUTCString()), throttled(503), throttled(503)];
    await c.api('/x').get();
    expect(waits[0]).toBeGreaterThan(28_000);
    expect(waits[0]).toBeLessThanOrEqual(30_000);
    expect(waits.slice(1)).toEqual([2000, 4000]);
  });

  it('gives up after maxRetries with the throttling error', async () => {
    const { c, waits } = client('https://graph.microsoft.com/v1.0', 2);
    script = [throttled(429, '1'), throttled(429, '1'), throttled(429, '1')];
    const error = await c.api('/x').get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).statusCode).toBe(429);
    expect(waits).toHaveLength(2);
  });

  it('does not retry other errors', async () => {
    const { c } = client();
    script = [HttpResponse.json({ error: { code: 'accessDenied', message: 'no' } }, { status: 403 })];
    await expect(c.api('/x').get()).rejects.toMatchObject({ statusCode: 403, code: 'accessDenied' });
    expect(calls).toHaveLength(1);
  });

  it('requires a base URL with a version segment', () => {
    expect(parseGraphBaseUrl('https://graph.microsoft.us/v1.0/')).toEqual({ host: 'https://graph.microsoft.us/', hostname: 'graph.microsoft.us', version: 'v1.0' });
    expect(() => parseGraphBaseUrl('https://graph.microsoft.com')).toThrow(/<origin>\/<version>/);
  });
});

describe('retryDelayMs', () => {
  const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 10_000 });
  it('caps every wait at maxDelayMs', () => {
    expect(retryDelayMs('3600', 0, policy)).toBe(10_000);
    expect(retryDelayMs(null, 10, policy)).toBe(10_000);
  });
  it('never waits a negative time for a past date', () => {
    expect(retryDelayMs(new Date(0).toUTCString(), 0, policy)).toBe(0);
  });
});
