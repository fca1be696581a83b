// npm run bench: latency and throughput of the API on the local host over the SQLite file with the
// demo data. Prints figures; asserts nothing (machines here are shared and noisy).
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { loadConfig } = require('../functions/dist/config');
const { openStorage } = require('../functions/dist/store/openStore');
const { seedDemoData } = require('../functions/dist/seed/seed');
const { createLocalHost } = require('../functions/dist/local/server');
const { devIdentity } = require('../functions/dist/identity/devIdentity');
const { devUsers } = require('../functions/dist/identity/devUsers');

const planPath = '/api/units/hagerstensasens-forskolor/plans/2021';
const goalPath = `${planPath}/goals/hag-em-1`;
const headers = { 'x-dev-user': 'dev-rektor-hag', 'content-type': 'application/json' };

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (x) => `${x.toFixed(2)} ms`;

async function timeSequential(label, n, once) {
  for (let i = 0; i < 20; i++) await once(); // warm-up
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} n=${n}  median ${ms(quantile(times, 0.5))}  p95 ${ms(quantile(times, 0.95))}`);
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
  console.log(`${label.padEnd(34)} ${(done / seconds).toFixed(0)} requests/s  (${concurrency} concurrent clients, ${seconds} s)`);
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-bench-'));
  const { store, followUp } = openStorage(loadConfig({ DATA_DIR: dataDir }, 'local'));
  await seedDemoData(store);
  const server = createLocalHost({ store, followUp, identify: devIdentity(devUsers), devUsers, anonymousReads: true });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  const readPlan = async () => {
    const response = await fetch(base + planPath);
    if (response.status !== 200) throw new Error(`read ${response.status}`);
    return response.arrayBuffer();
  };
  let eTag = (await fetch(base + goalPath)).headers.get('etag');
  let counter = 0;
  const update = async () => {
    const response = await fetch(base + goalPath, {
      method: 'PATCH',
      headers: { ...headers, 'if-match': eTag },
      body: JSON.stringify({ development: `Mätning ${counter++}` }),
    });
    if (response.status !== 200) throw new Error(`update ${response.status}`);
    eTag = response.headers.get('etag');
    await response.arrayBuffer();
  };

  const planBytes = (await readPlan()).byteLength;
  console.log(`Local host, SQLite file, demo data (whole plan: ${(planBytes / 1024).toFixed(1)} kB JSON)`);
  await timeSequential('GET whole unit plan', 300, readPlan);
  await timeSequential('PATCH enhetsmål (If-Match)', 300, update);
  await throughput('GET whole unit plan', 3, 8, readPlan);
  await throughput('PATCH enhetsmål (one client)', 3, 1, update);

  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
