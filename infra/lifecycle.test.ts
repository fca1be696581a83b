import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { loadConfig } from '../functions/src/config';
import { loadEnv } from '../manifest/scripts/packageApp';
import { namesSetByHand, namesWritten, undefinedPlaceholders } from './testing/placeholderOrder';
import { ROOT, lifecycles, placeholdersIn, readEnvFile, readProject, readText, type Action, type Project } from './testing/toolkitProject';

const SCHEMA_FILE = 'infra/toolkit-schema/v1.13/yaml.schema.json';
const schema = JSON.parse(readText(SCHEMA_FILE)) as { properties: { version: { const: string } } };

/** The toolkit CLI compiles its schema with these options (lib/index.js of @microsoft/m365agentstoolkit-cli). */
function toolkitValidator() {
  const ajv = new Ajv({ allowUnionTypes: true, allErrors: true });
  ajv.addKeyword('deprecationMessage');
  return ajv.compile(schema);
}

const projects = [
  { file: 'teamsapp.yml', env: 'dev' },
  { file: 'teamsapp.local.yml', env: 'local' },
];

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const actions = (project: Project): Action[] => lifecycles.flatMap((l) => project[l] ?? []);

describe('the toolkit schema', () => {
  it('is the file its README names, unchanged', () => {
    const sha256 = createHash('sha256').update(fs.readFileSync(path.join(ROOT, SCHEMA_FILE))).digest('hex');
    expect(readText('infra/toolkit-schema/README.md')).toContain(sha256);
    expect(fs.existsSync(path.join(ROOT, 'infra/toolkit-schema/LICENSE'))).toBe(true);
  });

  it.each(projects)('accepts $file, which declares its version and points editors at it', ({ file }) => {
    const validate = toolkitValidator();
    const doc = readProject(file);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    expect(doc.version).toBe(schema.properties.version.const);
    const comment = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readText(file));
    expect(comment && path.resolve(ROOT, comment[1]!)).toBe(path.join(ROOT, SCHEMA_FILE));
  });

  it('refuses an unknown action, a missing parameter and a lower-case output name', () => {
    const validate = toolkitValidator();
    const doc = readProject('teamsapp.yml');
    const misspelt = clone(doc);
    misspelt.provision![0]!.uses = 'aadApp/creat';
    const noPath = clone(doc);
    delete noPath.deploy!.find((a) => a.uses === 'azureStorage/deploy')!.with!.artifactFolder;
    const lowerCase = clone(doc);
    lowerCase.provision!.find((a) => a.uses === 'teamsApp/create')!.writeToEnvironmentFile!.teamsAppId = 'teams_app_id';
    for (const broken of [misspelt, noPath, lowerCase]) expect(validate(broken)).toBe(false);
  });
});

describe.each(projects)('$file and env/.env.$env', ({ file, env }) => {
  const project = readProject(file);
  const envFile = readEnvFile(project, env);

  it('keeps its env files in env/, where `npm run package:teams` reads them too', () => {
    expect(project.environmentFolderPath).toBe('./env');
    expect(loadEnv(env, { processEnv: {} })).toEqual(envFile);
  });

  it('commits names, not secrets: secrets go to the git-ignored .user file', () => {
    expect(envFile.TEAMSFX_ENV).toBe(env);
    expect(Object.keys(envFile).filter((n) => n.startsWith('SECRET_'))).toEqual([]);
    const secretsWritten = [...namesWritten(project)].filter((n) => n.startsWith('SECRET_'));
    expect(secretsWritten.length).toBeGreaterThan(0);
    // exit code 0: git ignores the file the toolkit writes the secrets to
    execFileSync('git', ['check-ignore', '-q', `env/.env.${env}.user`], { cwd: ROOT });
    execFileSync('git', ['check-ignore', '-q', '.localConfigs'], { cwd: ROOT });
  });

  it('lists in the env file every name its actions write (but secrets)', () => {
    const missing = [...namesWritten(project)].filter((n) => !n.startsWith('SECRET_') && !(n in envFile));
    expect(missing).toEqual([]);
  });

  it('uses every ${{NAME}} only once something has defined it', () => {
    expect(undefinedPlaceholders(project, envFile)).toEqual([]);
  });

  it('refers to files that exist and npm scripts that exist', () => {
    const scripts = (JSON.parse(readText('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const action of actions(project)) {
      const w = action.with ?? {};
      for (const key of ['manifestPath'] as const) if (w[key]) expect(fs.existsSync(path.join(ROOT, String(w[key])))).toBe(true);
      for (const t of (w.templates ?? []) as { path: string; parameters?: string }[]) {
        expect(fs.existsSync(path.join(ROOT, t.path))).toBe(true);
        if (t.parameters) expect(fs.existsSync(path.join(ROOT, t.parameters))).toBe(true);
      }
      const run = action.uses === 'cli/runNpmCommand' ? /^run\s+(\S+)/.exec(String(w.args)) : null;
      if (run) expect(Object.keys(scripts)).toContain(run[1]);
    }
  });
});

describe('the order of teamsapp.yml', () => {
  const project = readProject('teamsapp.yml');
  const envFile = readEnvFile(project, 'dev');

  it('is checked: the app registration updated before Azure says where the tab is fails the check', () => {
    const early = clone(project);
    const provision = early.provision!;
    const update = provision.findIndex((a) => a.uses === 'aadApp/update');
    const arm = provision.findIndex((a) => a.uses === 'arm/deploy');
    provision.splice(arm, 0, ...provision.splice(update, 1));
    expect(undefinedPlaceholders(early, envFile)).toEqual(
      expect.arrayContaining([expect.stringMatching(/aadApp\/update: TAB_DOMAIN$/), expect.stringMatching(/aadApp\/update: TAB_ENDPOINT$/)]),
    );
  });

  it('provisions, deploys and publishes with the actions the product needs', () => {
    const uses = (l: 'provision' | 'deploy' | 'publish') => (project[l] ?? []).map((a) => a.uses);
    expect(uses('provision')).toEqual(
      expect.arrayContaining(['aadApp/create', 'teamsApp/create', 'arm/deploy', 'aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/update', 'cli/runNpmCommand']),
    );
    expect(uses('deploy')).toEqual(expect.arrayContaining(['azureStorage/deploy', 'script']));
    // Flex Consumption refuses Kudu's zipdeploy, which azureFunctions/zipDeploy sends.
    expect(uses('deploy')).not.toContain('azureFunctions/zipDeploy');
    expect(uses('publish')).toContain('teamsApp/publishAppPackage');
  });
});

/** The yml's action env with every ${{NAME}} replaced by a plausible value. */
function withSamples(vars: Record<string, string>, samples: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) {
    for (const p of placeholdersIn(value)) expect(samples).toHaveProperty(p);
    out[name] = value.replace(/\$\{\{\s*(\w+)\s*\}\}/g, (_, p: string) => samples[p]!);
  }
  return out;
}

const samples = {
  AAD_APP_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
  AAD_APP_TENANT_ID: '11111111-2222-3333-4444-555555555555',
  SECRET_AAD_APP_CLIENT_SECRET: 'hemlighet',
  SHAREPOINT_SITE_ID: 'kommun.sharepoint.com,aaaaaaaa-0000-0000-0000-000000000000,bbbbbbbb-0000-0000-0000-000000000000',
  SHAREPOINT_LIST_PREFIX: 'Plan',
  TAB_DOMAIN: 'tunnel.example.se',
};

describe('the settings the yml hands to this code', () => {
  it('lets `npm run provision` reach the site as the app registration', () => {
    const step = readProject('teamsapp.yml').provision!.find((a) => a.uses === 'cli/runNpmCommand' && a.with?.args === 'run provision')!;
    const config = loadConfig({ STORE: 'sharepoint', ...withSamples(step.env!, samples) }, 'local');
    expect(config.store).toMatchObject({
      kind: 'sharepoint',
      siteId: samples.SHAREPOINT_SITE_ID,
      listPrefix: 'Plan',
      graph: { credential: { kind: 'clientSecret', tenantId: samples.AAD_APP_TENANT_ID, clientId: samples.AAD_APP_CLIENT_ID } },
    });
  });

  it('writes .localConfigs for the local host with real sign-in behind the tunnel', () => {
    const step = readProject('teamsapp.local.yml').deploy!.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile')!;
    expect(step.with!.target).toBe('./.localConfigs');
    const config = loadConfig(withSamples(step.with!.envs as Record<string, string>, samples), 'local');
    expect(config.auth).toMatchObject({
      mode: 'entra',
      tenantId: samples.AAD_APP_TENANT_ID,
      clientId: samples.AAD_APP_CLIENT_ID,
      appIdUri: `api://tunnel.example.se/${samples.AAD_APP_CLIENT_ID}`,
    });
    expect(config.allowedHosts).toContain('tunnel.example.se');
  });
});

describe('aad.manifest.json', () => {
  const manifest = JSON.parse(readText('aad.manifest.json')) as {
    identifierUris: string[];
    api: { requestedAccessTokenVersion: number; oauth2PermissionScopes: { value: string; id: string }[]; preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[] };
    appRoles: { value: string; id: string; allowedMemberTypes: string[]; isEnabled: boolean }[];
    spa: { redirectUris: string[] };
    requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    optionalClaims: { accessToken: { name: string }[] };
    groupMembershipClaims: string;
  };

  it('is the registration README "Sign-in" describes', () => {
    expect(manifest.api.requestedAccessTokenVersion).toBe(2);
    expect(manifest.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    const [scope] = manifest.api.oauth2PermissionScopes;
    expect(manifest.api.oauth2PermissionScopes).toHaveLength(1);
    expect(scope).toMatchObject({ value: 'access_as_user', id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}' });
    expect(manifest.api.preAuthorizedApplications).toEqual(
      ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'].map((appId) => ({ appId, delegatedPermissionIds: [scope!.id] })),
    );
    expect(manifest.appRoles.map((r) => r.value)).toEqual(['Personal', 'Rektor', 'Avdelningschef', 'Lasare']);
    for (const role of manifest.appRoles) expect(role).toMatchObject({ allowedMemberTypes: ['User'], isEnabled: true });
    expect(new Set(manifest.appRoles.map((r) => r.id)).size).toBe(4);
    expect(manifest.spa.redirectUris).toEqual(['brk-multihub://${{TAB_DOMAIN}}', '${{TAB_ENDPOINT}}/auth.html']);
    expect(manifest.optionalClaims.accessToken.map((c) => c.name)).toContain('groups');
    expect(['All', 'ApplicationGroup']).toContain(manifest.groupMembershipClaims);
  });

  it('asks Graph for posting approvals to channels as the leader (delegated: application permission is for migration only) and reading them back', () => {
    const graph = manifest.requiredResourceAccess.find((r) => r.resourceAppId === 'Microsoft Graph')!;
    expect(graph.resourceAccess).toEqual(expect.arrayContaining([{ id: 'ChannelMessage.Send', type: 'Scope' }, { id: 'ChannelMessage.Read.All', type: 'Scope' }]));
    expect(graph.resourceAccess.filter((a) => a.id.startsWith('ChannelMessage') && a.type !== 'Scope')).toEqual([]);
  });

  it('names the same API as the Teams manifest', () => {
    const teams = JSON.parse(readText('manifest/manifest.json')) as { webApplicationInfo: { id: string; resource: string } };
    expect(teams.webApplicationInfo.id).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(manifest.identifierUris).toContain(teams.webApplicationInfo.resource);
  });
});

describe('README "Put it in your tenant"', () => {
  const readme = readText('README.md');
  const start = readme.indexOf('\n## Put it in your tenant\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));

  it('names every value the admin sets by hand before provisioning', () => {
    expect(start).toBeGreaterThan(-1);
    for (const { file, env } of projects) {
      const project = readProject(file);
      const byHand = namesSetByHand(project, readEnvFile(project, env));
      expect(byHand.length).toBeGreaterThan(0);
      for (const name of byHand) expect(section).toContain(`\`${name}\``);
    }
  });

  it('runs only lifecycles the yml has and npm scripts package.json has', () => {
    const scripts = (JSON.parse(readText('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const [, name] of section.matchAll(/npm run ([a-z:]+)/g)) expect(Object.keys(scripts)).toContain(name);
    const commands = [...section.matchAll(/atk (provision|deploy|publish) --env (\w+)/g)];
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const [, lifecycle, env] of commands) {
      const project = readProject(projects.find((p) => p.env === env)!.file);
      expect(project[lifecycle as 'provision']?.length).toBeGreaterThan(0);
    }
  });
});
