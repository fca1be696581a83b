'use strict';
// Stages the Functions app for Flex Consumption (teamsapp.yml, deploy):
//
//   npm run stage:functions [-- --out <file>]      → build/functions.zip
//
// The zip holds host.json, a package.json naming the runtime dependencies (pinned to the versions in
// package-lock.json), the built functions/dist, and the shared workspace packed by `npm pack` into
// vendor/ (a workspace is no registry package; npm installs the tarball like one). No node_modules:
// Flex's remote build runs `npm install` on Linux, so native dependencies (better-sqlite3) fit the host.
// Run `npm run build` first.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { zipSync, strToU8 } = require('fflate');

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_OUT = path.join(ROOT, 'build', 'functions.zip');
// Fixed timestamp for zip entries so the same build gives the same zip.
const ZIP_MTIME = new Date(2024, 0, 1);

class StageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'StageError';
  }
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * Each dependency at the version package-lock.json installed for the workspace (its own node_modules
 * first, where npm puts a version the root does not share), so the remote build gets what was tested.
 */
function pinned(dependencies, lock, workspace) {
  const out = {};
  for (const name of Object.keys(dependencies).sort()) {
    const entry = lock.packages[`${workspace}/node_modules/${name}`] ?? lock.packages[`node_modules/${name}`];
    if (!entry || !entry.version) throw new StageError(`${name} is not in package-lock.json: run npm install`);
    out[name] = entry.version;
  }
  return out;
}

/** The deployed package.json: the Functions' entry point and dependencies, the shared tarball. */
function runtimeManifest(root, sharedTarball) {
  const rootPkg = readJson(path.join(root, 'package.json'));
  const fnPkg = readJson(path.join(root, 'functions', 'package.json'));
  const lock = readJson(path.join(root, 'package-lock.json'));
  return {
    name: 'verksamhetsplan-functions',
    version: fnPkg.version,
    private: true,
    description: fnPkg.description,
    main: fnPkg.main,
    engines: rootPkg.engines,
    dependencies: { ...pinned(fnPkg.dependencies, lock, 'functions'), '@vp/shared': `file:vendor/${sharedTarball}` },
  };
}

/** Every file under dir (posix paths relative to it) that keep() accepts. */
function filesUnder(dir, keep, base = dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, keep, base));
    else if (keep(entry.name)) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

// Compiled JavaScript and its source maps (stack traces in Application Insights); no declarations.
const isRuntimeFile = (name) => name.endsWith('.js') || name.endsWith('.js.map');

/** `npm pack` of a copy of shared/ holding only package.json and dist (no ignore files to misread). */
function packShared(root, workDir) {
  const sharedDir = path.join(root, 'shared');
  const copy = path.join(workDir, 'shared');
  for (const rel of ['package.json', ...filesUnder(path.join(sharedDir, 'dist'), isRuntimeFile).map((f) => `dist/${f}`)]) {
    fs.mkdirSync(path.dirname(path.join(copy, rel)), { recursive: true });
    fs.copyFileSync(path.join(sharedDir, rel), path.join(copy, rel));
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', copy, '--pack-destination', workDir, '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const [packed] = JSON.parse(out);
  return { name: packed.filename, bytes: fs.readFileSync(path.join(workDir, packed.filename)) };
}

function stageFunctions({ root = ROOT, outFile = DEFAULT_OUT } = {}) {
  const distDir = path.join(root, 'functions', 'dist');
  for (const dir of [distDir, path.join(root, 'shared', 'dist')]) {
    if (!fs.existsSync(dir)) throw new StageError(`${path.relative(root, dir)} is missing: run npm run build first`);
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vp-stage-'));
  try {
    const shared = packShared(root, workDir);
    const manifest = runtimeManifest(root, shared.name);
    if (!fs.existsSync(path.join(root, 'functions', manifest.main))) {
      throw new StageError(`functions/${manifest.main} (package.json "main") is missing: run npm run build first`);
    }
    const entries = {
      'host.json': new Uint8Array(fs.readFileSync(path.join(root, 'functions', 'host.json'))),
      'package.json': strToU8(JSON.stringify(manifest, null, 2) + '\n'),
      [`vendor/${shared.name}`]: new Uint8Array(shared.bytes),
    };
    for (const rel of filesUnder(distDir, isRuntimeFile)) {
      entries[`dist/${rel}`] = new Uint8Array(fs.readFileSync(path.join(distDir, rel)));
    }
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, zipSync(entries, { level: 9, mtime: ZIP_MTIME }));
    return { zipPath: outFile, manifest, files: Object.keys(entries).sort() };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function main(argv = process.argv.slice(2)) {
  let outFile = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) outFile = path.resolve(argv[++i]);
    else {
      console.error(`Unknown argument: ${argv[i]}\nUsage: npm run stage:functions [-- --out <file>]`);
      return 2;
    }
  }
  try {
    const { zipPath, files } = stageFunctions({ outFile });
    console.log(`Functions app for Flex Consumption: ${path.relative(process.cwd(), zipPath)} (${files.length} files)`);
    return 0;
  } catch (e) {
    if (e instanceof StageError) {
      console.error(`stage:functions failed: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = main();

module.exports = { StageError, stageFunctions, runtimeManifest, main };
