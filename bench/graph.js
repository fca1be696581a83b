// npm run bench (after bench/tab.js): the overview's aggregation over generated förvaltningar.
// 1. Time of readOverview on the embedded SQLite store (the production build in functions/dist) for
//    60 and 600 units: median of a few runs after a warm-up.
// 2. Graph requests of one overview over SharePoint for 60 units, counted at the HTTP-level Graph fake
//    (msw, a dev dependency): cold with the plain reader, cold with the delta reader, and the delta
//    reader again after a few edits. The fake and the generator live in functions/src/testing, which the
//    production build leaves out; `tsc -p bench` compiles them with what they import into bench/dist.
// 3. A whole plan read over SharePoint (the demo data, store/planReader as the API uses it): HTTP
//    requests, requests inside $batch and sequential round trips, for a read (200) and for the version
//    alone (what a 304 costs). The fake holds every answer for a while, so requests sent together
//    start together and a request that waits for another starts a new round.
// Prints figures; asserts nothing (machines here are shared and noisy).
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { SqliteStore } = require('../functions/dist/sqlite/sqliteStore');
const { readOverview } = require('../functions/dist/app/overview/readOverview');
const { readFollowUpData } = require('../functions/dist/app/overview/followUpData');
const { generateForvaltning, storeGenerated } = require('./dist/testing/generateForvaltning');
const { GraphFake } = require('./dist/testing/graphFake');
const { insertGenerated, openFakeSharePointStore } = require('./dist/testing/fakeSharePoint');
const { deltaFollowUp } = require('./dist/sharepoint/deltaFollowUp');
const fakeOverview = require('./dist/app/overview/readOverview');
const fakeFollowUp = require('./dist/app/overview/followUpData');
const { planReaderFor } = require('./dist/store/planReader');
const { seedDemoData } = require('./dist/seed/seed');

const forvaltningId = 'hagersten-alvsjo';
const runs = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
const itemCount = (g) => Object.values(g).reduce((n, v) => n + (Array.isArray(v) ? v.length : 1), 0);

async function sqlite(units, dir) {
  const store = new SqliteStore(join(dir, `bench-${units}.db`));
  const generated = generateForvaltning({ units });
  const loadStart = performance.now();
  await storeGenerated(store, generated);
  const loaded = performance.now() - loadStart;
  const read = readFollowUpData(store);
  await readOverview(store, forvaltningId, 2021, 'T1', new Date(), read); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await readOverview(store, forvaltningId, 2021, 'T1', new Date(), read);
    times.push(performance.now() - start);
  }
  await store.close();
  console.log(`SQLite, ${String(units).padStart(3)} units (${itemCount(generated)} items, loaded in ${ms(loaded)}): readOverview median ${ms(median(times))} of ${runs}`);
}

async function graph(units) {
  const fake = new GraphFake();
  fake.listen();
  try {
    const { store, siteId } = await openFakeSharePointStore(fake);
    const generated = generateForvaltning({ units });
    insertGenerated(fake, siteId, generated);
    await store.get('forvaltning', 'resolve-list-ids');
    const editor = { id: 'bench', name: 'Bench' };
    const count = async (label, run) => {
      fake.resetLog();
      const start = performance.now();
      await run();
      const took = performance.now() - start;
      console.log(`${label.padEnd(44)} ${String(fake.requests.length).padStart(2)} HTTP requests (${fake.batchedRequests.length} inside $batch), ${ms(took)} against the fake`);
    };
    const overview = (read) => fakeOverview.readOverview(store, forvaltningId, 2021, 'T1', new Date(), read);
    const delta = deltaFollowUp(store);
    console.log(`Graph (fake, page size ${fake.pageSize}), ${units} units, ${itemCount(generated)} items; the förvaltning's own GET counts as one`);
    await count('  cold overview, plain reader', () => overview(fakeFollowUp.readFollowUpData(store)));
    await count('  cold overview, delta reader', () => overview(delta));
    const [goalReport] = await store.list('goalReport', { forvaltningId });
    const [indicatorReport] = await store.list('indicatorReport', { forvaltningId });
    const [first, second] = await store.list('activityReport', { forvaltningId });
    const update = ({ eTag, ...item }, change, kind) => store.update(kind, { ...item, ...change }, eTag, editor);
    await update(goalReport, { analysis: 'Ändrad' }, 'goalReport');
    await update(indicatorReport, { comment: 'Ändrad' }, 'indicatorReport');
    await update(first, { status: 'cancelled' }, 'activityReport');
    await store.remove('activityReport', second.id, second.eTag, editor);
    await count('  after 3 edits + 1 delete, delta reader', () => overview(delta));
    await count('  after 3 edits + 1 delete, plain reader', () => overview(fakeFollowUp.readFollowUpData(store)));
    console.log(`  delta mirror holds ${JSON.stringify(delta.mirror.stats())}`);
  } finally {
    fake.close();
  }
}

/** Requests, $batch contents and sequential rounds of one plan read over SharePoint against the fake. */
async function graphPlanRead() {
  const fake = new GraphFake();
  fake.listen();
  const hold = 30; // ms each answer waits; requests of one round start well within that of each other
  try {
    const { store } = await openFakeSharePointStore(fake);
    await seedDemoData(store);
    const reader = planReaderFor(store);
    let starts = [];
    fake.beforeAnswer = async () => {
      starts.push(performance.now());
      await new Promise((resolve) => setTimeout(resolve, hold));
    };
    const count = async (label, run) => {
      fake.resetLog();
      starts = [];
      await run();
      const rounds = starts.reduce((r, t, i) => (i === 0 || t - starts[r.start] >= hold / 2 ? { n: r.n + 1, start: i } : r), { n: 0, start: 0 }).n;
      console.log(`${label.padEnd(44)} ${fake.requests.length} HTTP requests (${fake.batchedRequests.length} inside $batch), ${rounds} sequential round trips`);
    };
    const unit = { unitId: 'hagerstensasens-forskolor', year: 2021 };
    const spine = { forvaltningId, year: 2021 };
    console.log('Graph (fake), a whole plan of the demo data as GET …/plans/{year} reads it');
    await count('  unit plan, read (200)', () => reader.read(unit));
    await count('  unit plan, version only (304)', () => reader.version(unit));
    await count("  förvaltning's plan, read (200)", () => reader.read(spine));
    await count("  förvaltning's plan, version only (304)", () => reader.version(spine));
  } finally {
    fake.beforeAnswer = undefined;
    fake.close();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'vp-bench-graph-'));
  try {
    await sqlite(60, dir);
    await sqlite(600, dir);
    await graph(60);
    await graphPlanRead();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
