import { routes } from '../http/routes';
import { startHostProcess, type HostProcess } from '../testing/hostProcess';
import { rawExchange, rawRequest, type RawOutcome, type RawRequest } from '../testing/rawHttp';

// A few hundred malformed and hostile requests over raw TCP to the host `npm start` runs, as a
// child process: a crash is that process ending while it serves them.

jest.setTimeout(240_000);

let host: HostProcess;
let port: number;

beforeAll(async () => {
  host = await startHostProcess();
  port = host.port;
});

afterAll(async () => {
  await host?.stop();
});

const avdelningschef = 'dev-avdelningschef';
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND'];
const oddParams = ['x', '%E0', '%00', '..', '%2F..%2F', `${'a'.repeat(3000)}`, '-1', '99999999999999999999', "'%20OR%201=1", '%F0%9F%92%A9'];
const oddBodies = ['{', 'null', '[]', '"text"', '{"__proto__":{"polluted":true}}', '{"title":1e999}', '['.repeat(10_000), '\u0000'];

/**
 * Every method on every route template, twice: with odd values in all its parameters (each value in
 * turn), and with the demo plan's real ids and odd query values.
 */
function oddRequests(): { method: string; path: string }[] {
  const templates = [...new Set(routes.map((r) => r.route))];
  const real: Record<string, string> = { unitId: 'hagerstensasens-forskolor', forvaltningId: 'hagersten-alvsjo', year: '2021', collection: 'goals', itemId: 'hag-em-1', period: 'T1' };
  return templates.flatMap((template, t) =>
    methods.flatMap((method, m) => {
      const odd = oddParams[(t * methods.length + m) % oddParams.length]!;
      return [
        { method, path: `/api/${template.replace(/\{\w+\}/g, odd)}` },
        { method, path: `/api/${template.replace(/\{(\w+)\}/g, (_, name: string) => real[name] ?? 'x')}?year=%&period=%zz&limit=-1&unitId=%E0` },
      ];
    }),
  );
}

function cases(): RawRequest[] {
  const list: RawRequest[] = [];
  const add = (method: string, target: string, headers: Record<string, string | number> = {}, body = '') =>
    list.push({ bytes: rawRequest(method, target, headers, body) });

  // the five requests that ended npm start
  add('GET', '/%E0');
  add('GET', '/api/units/%');
  add('GET', '/api/units', { Host: '[' });
  add('GET', '/api/units', { Host: 'a@b' });
  list.push({ bytes: rawRequest('POST', '/api/units/hagerstensasens-forskolor/plans/2021/goals', { 'Content-Length': 10, 'x-dev-user': avdelningschef }, '{'), abort: true });

  // bad escapes and paths outside the tab
  for (const target of ['/%', '/%zz', '/assets/%E0%A4%A', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json', '/../../package.json', '//evil.example/x', '/api/%00', '/api/audit?limit=%', '/?%zz=%E0', `/${'x'.repeat(8000)}`, 'http://evil.example/api/units', '*']) {
    add('GET', target);
  }
  add('OPTIONS', '*');

  // bad hosts
  for (const host of ['[', ']', '[::1', 'a@b', 'user:pw@localhost', ':', 'localhost:99999', 'localhost:abc', '%', 'a/b', 'a?b', 'a#b', '\\', 'h'.repeat(300), '']) {
    add('GET', '/api/me', { Host: host });
    add('GET', '/', { Host: host });
  }
  list.push({ bytes: 'GET /api/units HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n' });
  list.push({ bytes: 'GET /api/units HTTP/1.1\r\nConnection: close\r\n\r\n' }); // no Host at all

  // aborted and broken bodies
  for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
    const target = method === 'PUT' ? '/api/units/hagerstensasens-forskolor/plans/2021/reports/T1' : method === 'POST' ? '/api/units/hagerstensasens-forskolor/plans/2021/goals' : '/api/units/hagerstensasens-forskolor/plans/2021/goals/hag-em-1';
    list.push({ bytes: rawRequest(method, target, { 'Content-Length': 10, 'x-dev-user': avdelningschef }, '{'), abort: true });
    list.push({ bytes: rawRequest(method, target, { 'Transfer-Encoding': 'chunked', 'x-dev-user': avdelningschef }, '5\r\n{"a":'), abort: true });
    add(method, target, { 'Transfer-Encoding': 'chunked', 'x-dev-user': avdelningschef }, 'zz\r\n{}\r\n0\r\n\r\n');
    add(method, target, { 'Content-Length': 'ten', 'x-dev-user': avdelningschef }, '{}');
    add(method, target, { 'Content-Length': 2, 'Transfer-Encoding': 'chunked', 'x-dev-user': avdelningschef }, '2\r\n{}\r\n0\r\n\r\n');
    add(method, target, { 'Content-Type': ';;;', 'x-dev-user': avdelningschef, 'if-match': '"x"' }, '{}');
    // bodies over the limit, declared and streamed
    add(method, target, { 'Content-Length': 300_000, 'x-dev-user': avdelningschef, 'content-type': 'application/json' }, '{');
    add(method, target, { 'Content-Type': 'application/json', 'x-dev-user': avdelningschef }, `{"title":"${'å'.repeat(200_000)}"}`);
    add(method, target, { 'Transfer-Encoding': 'chunked', 'x-dev-user': avdelningschef }, `${(300_000).toString(16)}\r\n${'x'.repeat(300_000)}\r\n0\r\n\r\n`);
  }
  add('GET', '/api/units', { 'Content-Length': 300_000 }, 'x'.repeat(300_000)); // bodies on GET are ignored (see below)

  // oversized and odd headers
  add('GET', '/api/units', { 'X-Big': 'x'.repeat(20_000) });
  add('GET', '/', Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`x-h${i}`, 'v'.repeat(60)])));
  add('GET', '/api/me', { 'x-dev-user': 'ÅÄÖ\u00ff' });
  add('GET', '/api/units', { 'If-None-Match': '%E0', 'Accept-Encoding': 'gzip;q=x, br;q=-1, *' });
  list.push({ bytes: 'GET /api/units HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n' });
  list.push({ bytes: 'NOT-A-METHOD / HTTP/1.1\r\nHost: localhost\r\n\r\n' });
  list.push({ bytes: 'GET / HTTP/9.9\r\nHost: localhost\r\n\r\n' });
  list.push({ bytes: '\u0000\u0001\u0002garbage\r\n\r\n' });

  // every method on every route with odd parameters and bodies
  oddRequests().forEach(({ method, path }, i) => {
    const body = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) ? oddBodies[i % oddBodies.length]! : '';
    const headers: Record<string, string> = { 'x-dev-user': avdelningschef, 'if-match': '"stale"' };
    if (body) headers['content-type'] = 'application/json';
    add(method, path, headers, body);
  });
  return list;
}

async function runAll(list: RawRequest[], concurrency: number): Promise<RawOutcome[]> {
  const outcomes: RawOutcome[] = new Array(list.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < list.length) {
        const i = next++;
        outcomes[i] = await rawExchange(port, list[i]!);
      }
    }),
  );
  return outcomes;
}

describe('the local host under malformed and hostile requests', () => {
  it('answers every one without a crash or a 500, and still serves afterwards', async () => {
    const list = cases();
    const outcomes = await runAll(list, 6);
    const count = (test: (o: RawOutcome, i: number) => boolean) => outcomes.filter(test).length;
    const figures = {
      requests: list.length,
      '2xx/3xx': count((o) => typeof o.status === 'number' && o.status < 400),
      '4xx': count((o) => typeof o.status === 'number' && o.status >= 400 && o.status < 500),
      '500s': count((o) => typeof o.status === 'number' && o.status >= 500),
      'aborted by the client': count((_, i) => list[i]!.abort === true),
      'no answer': count((o, i) => !list[i]!.abort && typeof o.status !== 'number'),
      crashes: host.alive() ? 0 : 1,
    };
    console.log(`Fuzz of the local host: ${JSON.stringify(figures)}`);
    const serverErrors = outcomes.flatMap((o, i) => (typeof o.status === 'number' && o.status >= 500 ? [`${o.status} for ${String(list[i]!.bytes).slice(0, 120)}`] : []));
    expect(serverErrors).toEqual([]);
    expect({ crashes: figures.crashes, output: figures.crashes ? host.output() : '' }).toEqual({ crashes: 0, output: '' });
    expect(figures['no answer']).toBe(0);
    expect(list.length).toBeGreaterThanOrEqual(300);
    const getWithBody = list.findIndex((c) => String(c.bytes).startsWith('GET /api/units HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 300000'));
    expect(outcomes[getWithBody]!.status).toBe(200);

    const after = await fetch(`${host.origin}/api/units`);
    expect(after.status).toBe(200);
  });
});
