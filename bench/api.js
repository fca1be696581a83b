// npm run bench: the API on the local host over the SQLite file with the demo data.
// 1. The whole unit plan (GET /api/units/{unitId}/plans/{year}) against a bare node:http server that
//    answers the very same bytes and headers from memory: the two are measured interleaved in one run
//    (alternating requests, alternating which goes first), through the same client, after a warm-up,
//    and the ratio of the medians is printed. Cold = no If-None-Match (200 with the whole plan);
//    conditional = If-None-Match with the current ETag (304, no body).
// 2. Latency of a PATCH and throughput of reads and writes on the API alone.
// Prints figures; asserts nothing (machines here are shared and noisy).
//
// Compression: the requests send no Accept-Encoding, so both servers put the same identity bytes on the
// wire and the ratio measures only what the API adds (store, tree, JSON, host). Were compression
// requested, the bare server would have to compress per request too to be a fair baseline, and the
// ratio would then mostly compare two zlib runs; the compressed figures are printed separately below
// when the host compresses, with the bare server doing the same compression of the same bytes.
const { mkdtempSync, rmSync } = require('node:fs');
const { createServer, request, Agent } = require('node:http');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const zlib = require('node:zlib');
const { loadConfig } = require('../functions/dist/config');
const { openStorage } = require('../functions/dist/store/openStore');
const { seedDemoData } = require('../functions/dist/seed/seed');
const { createLocalHost } = require('../functions/dist/local/server');
const { devIdentity } = require('../functions/dist/identity/devIdentity');
const { devUsers } = require('../functions/dist/identity/devUsers');

const planPath = '/api/units/hagerstensasens-forskolor/plans/2021';
const goalPath = `${planPath}/goals/hag-em-1`;
const writeHeaders = { 'x-dev-user': 'dev-rektor-hag', 'content-type': 'application/json' };

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (x) => `${x.toFixed(2)} ms`;
const sorted = (values) => [...values].sort((a, b) => a - b);

/** One client for both servers: node:http with a keep-alive connection each, the body read to its end. */
function client(port) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return (path, { method = 'GET', headers = {}, body } = {}) =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
}

/** Headers a server sets per response or per connection; everything else is copied to the bare server. */
const perResponse = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/**
 * A bare node:http server that answers every request with a recorded response from memory: the same
 * status, headers and body bytes; a matching If-None-Match gets the 304 the API sends. With `encode`
 * it compresses the body per request, as a host that compresses on the fly does.
 */
function bareServer(recorded, encode) {
  const headers = Object.fromEntries(Object.entries(recorded.headers).filter(([name]) => !perResponse.has(name) && name !== 'content-encoding' && name !== 'vary'));
  return createServer((req, res) => {
    if (recorded.headers.etag !== undefined && req.headers['if-none-match'] === recorded.headers.etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    if (encode) {
      const body = encode.compress(recorded.identity);
      res.writeHead(200, { ...headers, 'content-encoding': encode.name, vary: recorded.headers.vary ?? 'accept-encoding' });
      return res.end(body);
    }
    res.writeHead(200, headers);
    res.end(recorded.identity);
  });
}

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
const close = (server) => new Promise((resolve) => server.close(resolve));

/**
 * Times `api` and `bare` alternately (and alternating which goes first), after a warm-up of both;
 * `beforeApi` runs untimed before each timed API request.
 */
// V8 optimises a code path only after some thousands of calls: after 100 requests both servers still ran
// half-optimised code (each about twice as slow as here), which measured the JIT rather than the API.
const warmUp = 2000;
async function compare(label, n, api, bare, beforeApi = async () => undefined) {
  for (let i = 0; i < warmUp; i++) {
    await beforeApi();
    await api();
    await bare();
  }
  const times = { api: [], bare: [] };
  const timed = async (name, once) => {
    const start = performance.now();
    await once();
    times[name].push(performance.now() - start);
  };
  for (let i = 0; i < n; i++) {
    await beforeApi();
    if (i % 2 === 0) {
      await timed('api', api);
      await timed('bare', bare);
    } else {
      await timed('bare', bare);
      await timed('api', api);
    }
  }
  const a = sorted(times.api);
  const b = sorted(times.bare);
  const ratio = quantile(a, 0.5) / quantile(b, 0.5);
  console.log(
    `${label.padEnd(40)} n=${n}  API median ${ms(quantile(a, 0.5))} (p95 ${ms(quantile(a, 0.95))})  bare median ${ms(quantile(b, 0.5))} (p95 ${ms(quantile(b, 0.95))})  ratio ${ratio.toFixed(2)}`,
  );
}

async function timeSequential(label, n, once) {
  for (let i = 0; i < 20; i++) await once(); // warm-up
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  const s = sorted(times);
  console.log(`${label.padEnd(40)} n=${n}  median ${ms(quantile(s, 0.5))}  p95 ${ms(quantile(s, 0.95))}`);
}

async function throughput(label, seconds, concurrency, once) {
  let done = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await once();
        done++;
      }
    }),
  );
  console.log(`${label.padEnd(40)} ${(done / seconds).toFixed(0)} requests/s  (${concurrency} concurrent clients, ${seconds} s)`);
}

const expect = (status, response, what) => {
  if (response.status !== status) throw new Error(`${what}: ${response.status}, expected ${status}`);
  return response;
};

// The host's settings (functions/src/local/compression.ts: @fastify/compress, synchronous per request
// for a body in memory): brotli at quality 5, gzip at zlib's defaults.
const encoders = {
  br: (body) => zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => zlib.gzipSync(body),
};

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-bench-'));
  const { store, followUp } = openStorage(loadConfig({ DATA_DIR: dataDir }, 'local'));
  await seedDemoData(store);
  const server = createLocalHost({ store, followUp, identify: devIdentity(devUsers), devUsers, anonymousReads: true });
  const api = client(await listen(server));

  // The plan as the API answers it now; the bare server replays exactly this.
  const recorded = expect(200, await api(planPath), 'read');
  recorded.identity = recorded.body;
  const bareClient = client(await listen(bareServer(recorded)));

  let goalETag = expect(200, await api(goalPath), 'goal').headers.etag;
  let counter = 0;
  const update = async () => {
    const response = expect(200, await api(goalPath, { method: 'PATCH', headers: { ...writeHeaders, 'if-match': goalETag }, body: JSON.stringify({ development: `Mätning ${counter++}` }) }), 'update');
    goalETag = response.headers.etag;
  };
  const eTag = recorded.headers.etag;
  console.log(`Local host, SQLite file, demo data (whole plan: ${(recorded.body.byteLength / 1024).toFixed(1)} kB JSON; no Accept-Encoding sent, so no compression on either side)`);
  // The API keeps the JSON of a plan per version (SQLite): a plan unchanged since it was last read is
  // answered from it; after a change the plan is read from the file and serialised again.
  const cold = [async () => expect(200, await api(planPath), 'api'), async () => expect(200, await bareClient(planPath), 'bare')];
  await compare('GET whole unit plan, cold (200)', 1000, ...cold);
  if (eTag === undefined) console.log('GET whole unit plan, conditional (304)   – the API sends no ETag');
  else {
    const conditional = { headers: { 'if-none-match': eTag } };
    await compare('GET whole unit plan, conditional (304)', 1000, async () => expect(304, await api(planPath, conditional), 'api'), async () => expect(304, await bareClient(planPath, conditional), 'bare'));
  }
  // (the bare server keeps answering the plan as first recorded: the edits change one short text)
  await compare('GET whole unit plan, cold, after a change', 300, ...cold, update);

  // With compression requested, only if the host compresses: the bare server compresses the same bytes per request.
  const compressed = await api(planPath, { headers: { 'accept-encoding': 'br, gzip' } });
  const encoding = compressed.headers['content-encoding'];
  if (encoding === undefined || !(encoding in encoders)) console.log('(the host answers Accept-Encoding: br, gzip without compressing; no compressed comparison)');
  else {
    const compressing = bareServer(recorded, { name: encoding, compress: encoders[encoding] });
    const compressingClient = client(await listen(compressing));
    const accept = { headers: { 'accept-encoding': 'br, gzip' } };
    console.log(`With Accept-Encoding: br, gzip the host answers ${encoding} (${(compressed.body.byteLength / 1024).toFixed(1)} kB); the bare server compresses the same JSON per request with the host's settings`);
    await compare(`GET whole unit plan, cold, ${encoding}`, 500, async () => expect(200, await api(planPath, accept), 'api'), async () => expect(200, await compressingClient(planPath, accept), 'bare'));
    await close(compressing);
  }

  await timeSequential('PATCH enhetsmål (If-Match)', 300, update);
  const concurrentClient = (() => {
    const port = server.address().port;
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    return () =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: planPath, agent }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
        req.end();
      });
  })();
  await throughput('GET whole unit plan', 3, 8, concurrentClient);
  await throughput('PATCH enhetsmål (one client)', 3, 1, update);

  await close(server);
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0); // keep-alive sockets of the bare servers
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
