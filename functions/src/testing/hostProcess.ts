import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..', '..');

/**
 * `npm start` as a child process (functions/dist/local/main.js, built first if stale) on a fresh data
 * folder and a free port: what a crash ends is then a real process, as it would be for a user.
 */
export async function startHostProcess(env: Record<string, string> = {}) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'functions'], { cwd: repoRoot, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-host-'));
  const child = spawn(process.execPath, [join(repoRoot, 'functions', 'dist', 'local', 'main.js')], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exitCode = code))));

  const origin = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const printed = /http:\/\/[^\s/]+:\d+/.exec(output);
      if (printed) resolve(printed[0]);
    };
    child.stdout.on('data', look);
    void exited.then((code) => {
      rmSync(dataDir, { recursive: true, force: true });
      reject(new Error(`the host exited (${code}) before listening:\n${output}`));
    });
  });

  return {
    origin,
    port: Number(new URL(origin).port),
    /** everything the process printed so far */
    output: () => output,
    /** whether the process is still running */
    alive: () => exitCode === undefined,
    /** SIGTERM, as a user's Ctrl-C or a service manager would; resolves with the exit code */
    stop: async () => {
      if (exitCode === undefined) child.kill('SIGTERM');
      const code = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

export type HostProcess = Awaited<ReturnType<typeof startHostProcess>>;
