import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { SCHEMA_VERSION, schemaPath, schemaUrl, validateLocalization, validateManifest } from './scripts/validate';
import {
  UnresolvedPlaceholdersError,
  buildPackage,
  loadEnv,
  parseEnvFile,
  renderApp,
  substitutePlaceholders,
} from './scripts/packageApp';
import { decodePng, readPngHeader } from './scripts/png';
import { ACCENT_COLOR, renderColorIcon, renderOutlineIcon } from './scripts/makeIcons';

const dir = __dirname;
const read = (rel: string) => fs.readFileSync(path.join(dir, rel));
// Tests use the committed env files only, never the developer's shell environment.
const noProcessEnv = { processEnv: {} };
// The committed env files hold names only (provisioning fills them in): these stand for a local host
// behind a tunnel, as `atk provision --env local` would write them.
const localValues = {
  processEnv: {
    TAB_ENDPOINT: 'https://localhost:7071',
    TAB_DOMAIN: 'localhost:7071',
    TEAMS_APP_ID: '580b46d0-c771-4c91-90c4-6d802de57772',
    AAD_APP_CLIENT_ID: '00000000-0000-0000-0000-000000000000',
  },
};

type Json = Record<string, unknown>;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('official schema', () => {
  it('comes from @microsoft/app-manifest and is the version manifest.json declares', () => {
    expect(fs.existsSync(schemaPath('manifest'))).toBe(true);
    expect(fs.existsSync(schemaPath('localization'))).toBe(true);
    const raw = JSON.parse(read('manifest.json').toString('utf8')) as Json;
    expect(raw.manifestVersion).toBe(SCHEMA_VERSION);
    expect(raw.$schema).toBe(schemaUrl('manifest'));
    expect(Number(SCHEMA_VERSION)).toBeGreaterThanOrEqual(1.25);
    const schema = JSON.parse(fs.readFileSync(schemaPath('manifest'), 'utf8')) as {
      properties: { manifestVersion: { const: string } };
    };
    expect(schema.properties.manifestVersion.const).toBe(SCHEMA_VERSION);
  });
});

describe('manifest with the local env', () => {
  const app = renderApp('local', localValues);
  const manifest = app.manifest as Json;

  it('has no placeholders left and validates against the official schema', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{\{/);
    expect(validateManifest(manifest)).toEqual({ valid: true, errors: [] });
  });

  it('substitutes the local values into id, tab, domains and sign-in', () => {
    const env = loadEnv('local', localValues);
    expect(env.TAB_ENDPOINT).toBe('https://localhost:7071');
    expect(manifest.id).toBe(env.TEAMS_APP_ID);
    const tabs = manifest.configurableTabs as Json[];
    expect(tabs).toHaveLength(1);
    expect(tabs[0]).toMatchObject({
      configurationUrl: 'https://localhost:7071/index.html#/config',
      canUpdateConfiguration: true,
      scopes: ['team', 'groupChat'],
    });
    expect(tabs[0]!.context).toEqual(
      expect.arrayContaining([
        'channelTab',
        'privateChatTab',
        'meetingChatTab',
        'meetingDetailsTab',
        'meetingSidePanel',
        'meetingStage',
      ]),
    );
    expect(manifest.validDomains).toEqual(['localhost:7071']);
    // Teams SSO asks for the resource; NAA's token is prefetched for the API's scope the tab asks for.
    expect(manifest.webApplicationInfo).toEqual({
      id: env.AAD_APP_CLIENT_ID,
      resource: `api://localhost:7071/${env.AAD_APP_CLIENT_ID}`,
      nestedAppAuthInfo: [{ redirectUri: 'https://localhost:7071', scopes: [`api://localhost:7071/${env.AAD_APP_CLIENT_ID}/access_as_user`] }],
    });
    expect(manifest.permissions).toEqual(['identity']);
    // Sharing the APT to the meeting stage (meeting.shareAppContentToStage) in chat meetings and channel meetings; nothing else.
    expect(manifest.authorization).toEqual({
      permissions: {
        resourceSpecific: [
          { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
          { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' },
        ],
      },
    });
    expect(manifest.name).toEqual({ short: 'Verksamhetsplan', full: 'Verksamhetsplan och uppföljning' });
    expect(manifest.accentColor).toBe(ACCENT_COLOR);
  });

  it('has an English localization file that validates and translates name and descriptions', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv-se',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
    });
    const en = app.localizations['en-us.json']!;
    expect(validateLocalization(en)).toEqual({ valid: true, errors: [] });
    for (const key of ['name.short', 'name.full', 'description.short', 'description.full']) {
      expect(typeof en[key]).toBe('string');
    }
    expect(en.$schema).toBe(schemaUrl('localization'));
  });
});

describe('schema validation rejects broken manifests', () => {
  const good = renderApp('local', localValues).manifest as Json;

  it('reports a missing required field', () => {
    const broken = clone(good);
    delete broken.developer;
    const result = validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/required property 'developer'/);
  });

  it('reports a manifestVersion of the wrong type', () => {
    const broken = clone(good);
    broken.manifestVersion = Number(SCHEMA_VERSION);
    const result = validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toContain('/manifestVersion must be string');
  });

  it('reports a bad GUID, an unknown property and a too long short name', () => {
    const broken = clone(good);
    broken.id = 'not-a-guid';
    broken.colour = 'blue';
    (broken.name as Json).short = 'x'.repeat(31);
    const errors = validateManifest(broken).errors.join('\n');
    expect(errors).toMatch(/\/id must match pattern/);
    expect(errors).toMatch(/additional properties: "colour"/);
    expect(errors).toMatch(/\/name\/short must NOT have more than 30 characters/);
  });

  it('reports a localization file missing a required key', () => {
    const en = clone(renderApp('local', localValues).localizations['en-us.json']!);
    delete en['description.full'];
    expect(validateLocalization(en).valid).toBe(false);
  });
});

describe('placeholders', () => {
  it('substitutes values JSON-escaped and lists unresolved names once, sorted', () => {
    const text = '{"a":"${{B}}/${{A}}","b":"${{ A }}","c":"${{EMPTY}}","d":"${{Q}}"}';
    const { text: out, unresolved } = substitutePlaceholders(text, { A: 'x', EMPTY: '', Q: 'say "hi"' });
    expect(unresolved).toEqual(['B', 'EMPTY']);
    expect(JSON.parse(out)).toEqual({ a: '${{B}}/x', b: 'x', c: '${{EMPTY}}', d: 'say "hi"' });
  });

  it('fails packaging for an env with unset values and names every missing one', () => {
    let error: unknown;
    try {
      renderApp('dev', noProcessEnv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnresolvedPlaceholdersError);
    const names = ['AAD_APP_CLIENT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'TEAMS_APP_ID'];
    expect((error as UnresolvedPlaceholdersError).names).toEqual(names);
    for (const name of names) expect((error as Error).message).toContain(name);
    expect((error as Error).message).toContain('env/.env.dev');
  });

  it('takes values from the process environment over the env file', () => {
    const processEnv = {
      TAB_ENDPOINT: 'https://plan.example.se',
      TAB_DOMAIN: 'plan.example.se',
      TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555',
      AAD_APP_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
    };
    const manifest = renderApp('dev', { processEnv }).manifest as Json;
    expect(validateManifest(manifest).valid).toBe(true);
    expect(manifest.validDomains).toEqual(['plan.example.se']);
    expect((manifest.webApplicationInfo as Json).resource).toBe(
      'api://plan.example.se/66666666-7777-8888-9999-000000000000',
    );
    expect((manifest.webApplicationInfo as Json).nestedAppAuthInfo).toEqual([
      { redirectUri: 'https://plan.example.se', scopes: ['api://plan.example.se/66666666-7777-8888-9999-000000000000/access_as_user'] },
    ]);
  });

  it('parses env files with comments, blanks and quotes', () => {
    expect(parseEnvFile('# c\n\nA=1\nB = "two words"\nexport C=3 # trailing\nD=\n')).toEqual({
      A: '1',
      B: 'two words',
      C: '3',
      D: '',
    });
  });
});

describe('icons', () => {
  it('color.png is 192×192 and outline.png is 32×32', () => {
    expect(readPngHeader(read('color.png'))).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(read('outline.png'))).toMatchObject({ width: 32, height: 32 });
  });

  it('outline.png uses only white and transparent pixels, and draws something', () => {
    const { rgba } = decodePng(read('outline.png'));
    let drawn = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 0) continue;
      drawn++;
      expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(50);
    expect(rgba[3]).toBe(0); // transparent background in the corner
  });

  it('color.png has the accent colour near its left edge and the white sheet in the middle', () => {
    const { width, rgba } = decodePng(read('color.png'));
    const px = (x: number, y: number) => Array.from(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
    const accent = [1, 3, 5].map((i) => parseInt(ACCENT_COLOR.slice(i, i + 2), 16));
    expect(px(10, 96)).toEqual([...accent, 255]);
    expect(px(96, 40)).toEqual([255, 255, 255, 255]);
  });

  it('the committed PNGs match what scripts/makeIcons.js draws', () => {
    // Compare decoded pixels, not bytes: another zlib build may compress the same pixels differently.
    const pixels = (png: Buffer) => Buffer.from(decodePng(png).rgba);
    expect(pixels(read('color.png')).equals(pixels(renderColorIcon()))).toBe(true);
    expect(pixels(read('outline.png')).equals(pixels(renderOutlineIcon()))).toBe(true);
  });
});

describe('app package', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vp-manifest-'));
  });
  afterAll(() => {
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('contains exactly the four files at the root, with the substituted manifest', () => {
    const { zipPath, manifest } = buildPackage({ env: 'local', outDir, ...localValues });
    expect(path.basename(zipPath)).toBe('appPackage.local.zip');
    const entries = unzipSync(new Uint8Array(fs.readFileSync(zipPath)));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);

    const zipped = JSON.parse(strFromU8(entries['manifest.json']!)) as Json;
    expect(zipped).toEqual(renderApp('local', localValues).manifest);
    expect(zipped).toEqual(manifest);
    expect(validateManifest(zipped).valid).toBe(true);

    expect(JSON.parse(strFromU8(entries['en-us.json']!))).toEqual(JSON.parse(read('en-us.json').toString('utf8')));
    expect(Buffer.from(entries['color.png']!).equals(read('color.png'))).toBe(true);
    expect(Buffer.from(entries['outline.png']!).equals(read('outline.png'))).toBe(true);
  });

  it('writes nothing when the env is incomplete', () => {
    expect(() => buildPackage({ env: 'dev', outDir, ...noProcessEnv })).toThrow(/Unresolved placeholders/);
    expect(fs.existsSync(path.join(outDir, 'appPackage.dev.zip'))).toBe(false);
  });
});
