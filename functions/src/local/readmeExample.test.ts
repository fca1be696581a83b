import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startApiHost, type ApiHost } from '../testing/apiHost';

// The README's curl example (section "The API": fetch the goal's ETag with `curl -sI`, then PATCH
// with it) must work exactly as written, run with bash against a real local host.

const run = promisify(execFile);
const goalPath = '/units/hagerstensasens-forskolor/plans/2021/goals/hag-em-1';

/** The sh block of the README's section "The API" that holds the PATCH. */
function readmeExample(): string {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The API'));
  const block = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes('curl -X PATCH'));
  if (!block) throw new Error('README.md: no curl -X PATCH example in "The API"');
  return block;
}

let api: ApiHost;
beforeAll(async () => {
  api = await startApiHost();
});
afterAll(() => api.stop());

describe("the README's curl example", () => {
  it('changes the goal with the ETag it fetched by HEAD', async () => {
    const before = (await (await api.call(goalPath)).json()) as { workingMethods: string };
    expect(before.workingMethods).not.toBe('Vi läser för barnen varje dag.');
    const example = readmeExample();
    expect(example).toContain('curl -sI http://localhost:7071/api/units/');
    const port = new URL(api.base).port;
    // The only change: the port of this test's host instead of npm start's 7071.
    const script = example.replaceAll('http://localhost:7071/', `http://localhost:${port}/`);
    const { stdout } = await run('bash', ['-c', script]);
    const answer = JSON.parse(stdout) as { workingMethods?: string; error?: unknown };
    expect(answer.error).toBeUndefined();

    const after = (await (await api.call(goalPath)).json()) as { workingMethods: string };
    expect(after.workingMethods).toBe('Vi läser för barnen varje dag.');
  });
});
