// The npm mirror this project is built on holds only the linux-x64 builds of packages that ship
// per-platform binaries (@swc/core, unrs-resolver, …), so `npm install` leaves the other platforms'
// optional packages out of package-lock.json and `npm ci` then refuses the lock file as out of sync.
// This adds the entries npm would have written, with os/cpu/libc read from the package name, so that
// `npm ci` works here (the entries do not match this platform and are skipped) and elsewhere (npm
// fetches the one matching the machine). Run after changing dependencies: npm run lock:complete
const { readFileSync, writeFileSync } = require('node:fs');

const file = require('node:path').join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const os = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const cpu = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32', 'mips64el'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const entry = {};
  const o = parts.find((p) => os.includes(p));
  const c = parts.find((p) => cpu.includes(p));
  if (o) entry.os = [o];
  if (c) entry.cpu = [c];
  if (parts.includes('gnu') || parts.includes('gnueabihf')) entry.libc = ['glibc'];
  if (parts.includes('musl') || parts.includes('musleabihf')) entry.libc = ['musl'];
  return o || c ? entry : null;
}

let added = 0;
for (const [path, meta] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`;
    const candidates = [`${base}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((p) => lock.packages[p])) continue;
    const platform = platformOf(dep);
    if (!platform) continue; // not a per-platform build: leave it for npm to report
    lock.packages[`node_modules/${dep}`] = { version, ...(meta.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} per-platform optional entries`);
