// What the built tab (tabs/dist) ships is public: no token, no key, no client secret. Anything a build
// pulled in from the environment or a test left behind would be readable by anyone who opens the tab.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = join(__dirname, '..', 'dist');

/** Environment variables whose values are secrets by their names (AZURE_CLIENT_SECRET among them). */
const secretName = /SECRET|PASSWORD|PASSWD|PRIVATE|(^|_)KEY($|_)|TOKEN|CONNECTION_STRING/i;

/** What in a shipped file looks like a secret: a JWT, a PEM private key, a client secret literal, or a secret variable's value. */
function secretsIn(text: string, env: NodeJS.ProcessEnv): string[] {
  const found: string[] = [];
  for (const [jwt] of text.matchAll(/eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*/g)) found.push(`a JWT (${jwt.slice(0, 24)}…)`);
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) found.push('a PEM private key');
  // MSAL names client_secret and clientSecret (confidential clients); a value beside them is a leak.
  for (const [, value] of text.matchAll(/client_?secret["'`]?\s*[:=]\s*["'`]([^"'`\s]+)["'`]/gi)) found.push(`a client secret (${(value ?? '').slice(0, 4)}…)`);
  for (const [name, value] of Object.entries(env)) {
    if (secretName.test(name) && value && value.length >= 8 && text.includes(value)) found.push(`the value of ${name}`);
  }
  return found;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

it('finds what it looks for (a JWT, a private key, a secret literal, AZURE_CLIENT_SECRET’s value)', () => {
  const env = { AZURE_CLIENT_SECRET: 'kV8Q~abcdefghijklmnop', PATH: '/usr/bin:/bin' };
  const planted = [
    'const t = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl";',
    '-----BEGIN RSA PRIVATE KEY-----',
    'auth:{clientSecret:"s3cr3t-value"}',
    `fetch(url, { body: "client_secret=${env.AZURE_CLIENT_SECRET}" })`,
  ];
  expect(planted.map((text) => secretsIn(text, env).length > 0)).toEqual([true, true, true, true]);
  // MSAL's own code names the parameter with no value: not a leak.
  expect(secretsIn('function Sr(e,t){e.set(`client_secret`,t)} const _i={clientSecret:``,clientAssertion:void 0}', env)).toEqual([]);
});

it('the built tab ships no token, key or secret', () => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} is missing: run npm run build first (npm test does).`);
  const shipped = files(dist).filter((path) => /\.(js|html|css|json|map|txt)$/.test(path));
  expect(shipped.length).toBeGreaterThan(3);
  const leaks = shipped.flatMap((path) => secretsIn(readFileSync(path, 'utf8'), process.env).map((what) => `${relative(dist, path)}: ${what}`));
  expect(leaks).toEqual([]);
});
