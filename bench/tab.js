// npm run bench (after bench/api.js): the tab's shipped JavaScript against its gzip budget, and the
// time until Chromium has rendered a whole plan, for the demo plan and a generated 300-item plan.
// Prints figures; asserts nothing (machines here are shared and noisy).
const { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative, resolve } = require('node:path');
const { gzipSync } = require('node:zlib');
const { loadConfig } = require('../functions/dist/config');
const { openStorage } = require('../functions/dist/store/openStore');
const { seedDemoData } = require('../functions/dist/seed/seed');
const { createLocalHost } = require('../functions/dist/local/server');
const { devIdentity } = require('../functions/dist/identity/devIdentity');
const { devUsers } = require('../functions/dist/identity/devUsers');

const dist = join(__dirname, '..', 'tabs', 'dist');
const budget = 250 * 1024; // gzip bytes of the JavaScript the tab needs to start
const runs = 5;
const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The entry script and modulepreloaded chunks named by index.html, and every .js file shipped. */
function javascriptSizes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attributes = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1], m[2] ?? '']));
  const initial = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const a = attributes(tag);
    if (tag.startsWith('<script') && a.type === 'module' && a.src) initial.push(a.src);
    if (tag.startsWith('<link') && a.rel === 'modulepreload' && a.href) initial.push(a.href);
  }
  const all = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
  const size = (files) =>
    files.reduce(
      (sum, file) => {
        const bytes = readFileSync(file);
        return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const initialFiles = [...new Set(initial.map((src) => resolve(dist, src.split(/[?#]/)[0])))];
  return { initialFiles, initial: size(initialFiles), totalFiles: all(dist), total: size(all(dist)) };
}

async function startHost() {
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-bench-tab-'));
  const { store, followUp } = openStorage(loadConfig({ DATA_DIR: dataDir }, 'local'));
  await seedDemoData(store);
  const server = createLocalHost({ store, followUp, identify: devIdentity(devUsers), devUsers, anonymousReads: true });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const call = async (path, init = {}) => {
    const headers = { 'content-type': 'application/json', ...(init.as ? { 'x-dev-user': init.as } : {}) };
    const response = await fetch(`${origin}/api${path}`, { method: init.method ?? 'GET', headers, body: init.body && JSON.stringify(init.body) });
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const stop = async () => {
    await new Promise((done) => server.close(done));
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { origin, call, stop };
}

const flatten = (goals) => goals.flatMap((g) => [g, ...flatten(g.children)]);

/** Counts of the plan's items and the id of the goal rendered last (the cascade in document order). */
async function describePlan(call, unitId, year) {
  const tree = await call(`/units/${unitId}/plans/${year}`);
  const goals = flatten(tree.goals);
  const indicators = goals.reduce((n, g) => n + g.indicators.length, 0);
  const activities = goals.reduce((n, g) => n + g.activities.length, 0);
  return {
    name: `${tree.unit.name} ${year}`,
    hash: `#/plan/${unitId}/${year}`,
    lastGoalId: goals.at(-1).id,
    summary: `${goals.length} goals, ${indicators} indicators, ${activities} activities, ${tree.sections.length} texts; ${kB(JSON.stringify(tree).length)} JSON`,
  };
}

/** 60 enhetsmål spread over the unit's nämndmål, each with 2 indicators and 2 activities: 300 items. */
async function generateItems(call, unitId, year, as) {
  const path = `/units/${unitId}/plans/${year}`;
  const committeeGoals = flatten((await call(path)).goals).filter((g) => g.level === 'committeeGoal');
  let created = 0;
  for (let i = 0; i < 60; i++) {
    const parent = committeeGoals[i % committeeGoals.length];
    const goal = await call(`${path}/goals`, {
      method: 'POST',
      as,
      body: {
        parentId: parent.id,
        level: 'unitGoal',
        title: `Genererat enhetsmål ${i + 1}: alla barn får utforska språk, matematik och natur varje vecka`,
        expectedResults: ['Barnen visar nyfikenhet och lust att lära.', 'Vårdnadshavarna känner till arbetet.'],
        workingMethods: `Arbetslagen planerar veckans undervisning tillsammans.\n\nVi dokumenterar barnens lärande och följer upp det varje månad (${i + 1}).`,
        resources: ['Arbetslagsmöten', 'Pedagogiska promenader'],
        followUp: ['Tertialrapport 1 och 2', 'Verksamhetsberättelse'],
      },
    });
    created++;
    for (let k = 1; k <= 2; k++) {
      await call(`${path}/indicators`, {
        method: 'POST',
        as,
        body: {
          parentId: goal.id,
          name: `Andel barn som deltar i aktivitet ${k} (${i + 1})`,
          measureUnit: '%',
          direction: 'higherIsBetter',
          annualTarget: { type: 'value', value: 80 + k },
          councilTarget: null,
          periodicity: 'tertial',
          aggregation: { rule: 'ratioOfSums', numerator: 'deltar', denominator: 'barn', factor: 100 },
        },
      });
      await call(`${path}/activities`, {
        method: 'POST',
        as,
        body: { parentId: goal.id, text: `Aktivitet ${k} för mål ${i + 1}: läsa, räkna och utforska ute`, start: '2021-01-01', end: '2021-12-31', responsible: 'Arbetslaget' },
      });
      created += 2;
    }
  }
  return created;
}

/** Milliseconds from navigation start until the plan's last goal section is in the DOM, per cold load. */
async function timeRenders(chromium, origin, plan) {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  try {
    const times = [];
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' }); // empty cache
      await context.addInitScript((lastId) => {
        new MutationObserver((_, observer) => {
          if (document.getElementById(`goal-${lastId}`)) {
            window.__planRendered = performance.now(); // since the navigation started
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, plan.lastGoalId);
      const page = await context.newPage();
      await page.goto(`${origin}/index.html${plan.hash}`, { waitUntil: 'commit' });
      const rendered = await page.waitForFunction(() => window.__planRendered, undefined, { timeout: 120_000 });
      if (run > 0) times.push(await rendered.jsonValue()); // the first load warms up the host and Chromium
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('tabs/dist is missing: npm run build');
  const js = javascriptSizes();
  const share = Math.round((js.initial.gzip / budget) * 100);
  console.log(`\nTab JavaScript (tabs/dist), gzip level 9; budget ${kB(budget)} gzip for what the tab loads first`);
  console.log(
    `  initial: ${js.initialFiles.map((f) => relative(dist, f)).join(', ')}` +
      `  raw ${kB(js.initial.raw)}  gzip ${kB(js.initial.gzip)}  (${share} % of budget${js.initial.gzip > budget ? ', OVER BUDGET' : ''})`,
  );
  console.log(`  total:   ${js.totalFiles.length} file(s)  raw ${kB(js.total.raw)}  gzip ${kB(js.total.gzip)}`);

  if (!existsSync(chromiumPath)) {
    console.log(`\nRender times skipped: ${chromiumPath} is missing (apt-get install -y chromium)`);
    return;
  }
  const { chromium } = require('playwright-core');
  const host = await startHost();
  try {
    const demo = await describePlan(host.call, 'hagerstensasens-forskolor', 2021);
    const created = await generateItems(host.call, 'malarhojden-vastertorps-forskolor', 2021, 'dev-rektor-mv');
    const generated = await describePlan(host.call, 'malarhojden-vastertorps-forskolor', 2021);
    console.log(`\nChromium: navigation until the plan's last goal section is in the DOM, median of ${runs} cold loads (empty cache)`);
    for (const [label, plan] of [
      ['demo plan', demo],
      [`generated plan (demo + ${created} items)`, generated],
    ]) {
      const times = await timeRenders(chromium, host.origin, plan);
      console.log(
        `  ${label.padEnd(38)} median ${median(times).toFixed(0)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})` +
          `  ${plan.name}: ${plan.summary}`,
      );
    }
  } finally {
    await host.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
