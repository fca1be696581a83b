import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { stageFunctions } from './scripts/stageFunctions';

// Needs the build (npm test builds first): functions/dist and shared/dist.
const ROOT = path.resolve(__dirname, '..');

/** Bare module names a compiled CommonJS file requires (tsc writes require("…")). */
function requiredPackages(js: string): string[] {
  return [...js.matchAll(/\brequire\("([^"./][^"]*)"\)/g)]
    .map((m) => m[1]!)
    .filter((s) => !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

describe('npm run stage:functions', () => {
  let dir: string;
  let staged: ReturnType<typeof stageFunctions>;
  let entries: Record<string, Uint8Array>;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vp-stage-test-'));
    staged = stageFunctions({ outFile: path.join(dir, 'functions.zip') });
    entries = unzipSync(new Uint8Array(fs.readFileSync(staged.zipPath)));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('zips host.json and package.json at the root, with the entry point it names', () => {
    expect(strFromU8(entries['host.json']!)).toBe(fs.readFileSync(path.join(ROOT, 'functions', 'host.json'), 'utf8'));
    const manifest = JSON.parse(strFromU8(entries['package.json']!)) as { main: string; dependencies: Record<string, string> };
    expect(manifest).toEqual(staged.manifest);
    expect(Object.keys(entries)).toContain(manifest.main);
    expect(Object.keys(entries).filter((f) => f.startsWith('node_modules/'))).toEqual([]);
    expect(Object.keys(entries).filter((f) => f.endsWith('.d.ts') || f.includes('.test.'))).toEqual([]);
  });

  it('declares every package the Functions require, at the version the lock file installed', () => {
    const { dependencies } = staged.manifest;
    const missing = new Set<string>();
    for (const [file, bytes] of Object.entries(entries)) {
      if (!file.endsWith('.js')) continue;
      for (const name of requiredPackages(strFromU8(bytes))) if (!(name in dependencies)) missing.add(`${file}: ${name}`);
    }
    expect([...missing]).toEqual([]);
    for (const [name, version] of Object.entries(dependencies)) {
      if (name === '@vp/shared') continue;
      const installed = [path.join(ROOT, 'functions', 'node_modules', name), path.join(ROOT, 'node_modules', name)].find((d) => fs.existsSync(d))!;
      expect((JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { version: string }).version).toBe(version);
    }
  });

  it('ships the shared workspace as a tarball npm installs, with the code and the dependencies it requires', () => {
    const tarball = staged.manifest.dependencies['@vp/shared']!;
    expect(tarball).toMatch(/^file:vendor\/vp-shared-.+\.tgz$/);
    const tgz = path.join(dir, 'shared.tgz');
    fs.writeFileSync(tgz, entries[tarball.slice('file:'.length)]!);
    const out = path.join(dir, 'shared');
    fs.mkdirSync(out);
    execFileSync('tar', ['-xzf', tgz, '-C', out]);
    const pkg = JSON.parse(fs.readFileSync(path.join(out, 'package', 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };
    expect(fs.existsSync(path.join(out, 'package', pkg.main))).toBe(true);
    const sharedDist = path.join(out, 'package', 'dist');
    const required = new Set<string>();
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else if (e.name.endsWith('.js')) for (const n of requiredPackages(fs.readFileSync(path.join(d, e.name), 'utf8'))) required.add(n);
      }
    };
    walk(sharedDist);
    expect(required.size).toBeGreaterThan(0);
    for (const name of required) expect(Object.keys(pkg.dependencies)).toContain(name);
  });
});
