import { loadConfig } from '../functions/src/config';
import { evaluate, readBicep, topLevelProperties, type Bicep, type BicepResource, type Scope } from './testing/bicep';
import { namesWritten } from './testing/placeholderOrder';
import { lifecycles, placeholdersIn, readEnvFile, readProject, readText, toolkitSupplied } from './testing/toolkitProject';

const project = readProject('teamsapp.yml');
const arm = project.provision!.find((a) => a.uses === 'arm/deploy')!;
const [template] = arm.with!.templates as { path: string; parameters: string }[];
const bicep = readBicep(readText(template!.path));
const parameters = (JSON.parse(readText(template!.parameters)) as { parameters: Record<string, { value: unknown }> }).parameters;
const envFile = readEnvFile(project, 'dev');

/** resourceBaseName as the parameters file makes it, for a suffix the toolkit could generate (6 hex digits of a UUID). */
const baseNameWith = (suffix: string) => String(parameters.resourceBaseName!.value).replace(/\$\{\{\s*RESOURCE_SUFFIX\s*\}\}/, suffix);

describe('infra/azure.parameters.json against main.bicep', () => {
  it('passes only parameters main.bicep declares, and every required one, each with a value', () => {
    for (const name of Object.keys(parameters)) expect([...bicep.params.keys()]).toContain(name);
    const required = [...bicep.params.values()].filter((p) => p.defaultExpr === undefined).map((p) => p.name);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(Object.keys(parameters)).toContain(name);
    for (const { value } of Object.values(parameters)) expect(String(value)).not.toBe('');
  });

  it('makes resourceBaseName from the toolkit\'s random suffix, within the length main.bicep allows', () => {
    expect(placeholdersIn(String(parameters.resourceBaseName!.value))).toEqual(new Set(['RESOURCE_SUFFIX']));
    expect(toolkitSupplied.has('RESOURCE_SUFFIX')).toBe(true);
    const { minLength, maxLength } = bicep.params.get('resourceBaseName')!;
    for (const suffix of ['000000', 'abcdef', '9f3c1a']) {
      const value = baseNameWith(suffix);
      expect(value).toMatch(/^[a-z0-9]+$/);
      expect(value.length).toBeGreaterThanOrEqual(minLength!);
      expect(value.length).toBeLessThanOrEqual(maxLength!);
    }
  });
});

describe('main.bicep outputs', () => {
  const used = new Set(
    [readText('teamsapp.yml'), readText('aad.manifest.json'), readText('manifest/manifest.json'), readText('README.md')].flatMap((t) => [
      ...placeholdersIn(t),
      ...t.match(/\b[A-Z][A-Z0-9_]+\b/g)!,
    ]),
  );

  it('are upper-case names the toolkit writes to env/.env.dev as they are, each listed there and used (the yml, the manifests or the README)', () => {
    for (const name of bicep.outputs.keys()) {
      expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(envFile).toHaveProperty(name);
      expect(used).toContain(name);
    }
  });

  it('include every name deploy and publish read that provision writes no other way', () => {
    const others = new Set(
      lifecycles
        .flatMap((l) => project[l] ?? [])
        .filter((a) => a.uses !== 'arm/deploy')
        .flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {})),
    );
    const read = [...(project.deploy ?? []), ...(project.publish ?? [])].flatMap((a) => [...placeholdersIn(JSON.stringify(a))]);
    const fromAzure = read.filter((n) => !others.has(n) && !toolkitSupplied.has(n) && envFile[n] === '');
    expect(fromAzure.length).toBeGreaterThan(0);
    for (const name of fromAzure) expect([...bicep.outputs.keys()]).toContain(name);
    for (const name of bicep.outputs.keys()) expect(namesWritten(project)).toContain(name);
  });
});

/** Azure's naming rules for the resource types main.bicep declares. */
const alnumHyphen = (min: number, max: number) => ({ pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, min, max });
const nameRules: Record<string, { pattern: RegExp; min: number; max: number }> = {
  'Microsoft.OperationalInsights/workspaces': alnumHyphen(4, 63),
  'Microsoft.Insights/components': { pattern: /^[^%&\\?/]*[^%&\\?/. ]$/, min: 1, max: 260 },
  'Microsoft.Storage/storageAccounts': { pattern: /^[a-z0-9]+$/, min: 3, max: 24 },
  'Microsoft.Storage/storageAccounts/blobServices': { pattern: /^default$/, min: 7, max: 7 },
  'Microsoft.Storage/storageAccounts/blobServices/containers': { pattern: /^[a-z0-9](?!.*--)[a-z0-9-]*[a-z0-9]$/, min: 3, max: 63 },
  'Microsoft.Web/serverfarms': alnumHyphen(1, 60),
  // Sites allow 60 characters, but the Functions host id is the name cut at 32: longer names can collide.
  'Microsoft.Web/sites': alnumHyphen(2, 32),
  'Microsoft.Web/sites/config': { pattern: /^appsettings$/, min: 11, max: 11 },
  'Microsoft.Cdn/profiles': alnumHyphen(1, 260),
  'Microsoft.Cdn/profiles/afdEndpoints': alnumHyphen(1, 46),
  'Microsoft.Cdn/profiles/originGroups': alnumHyphen(1, 90),
  'Microsoft.Cdn/profiles/originGroups/origins': alnumHyphen(1, 90),
  'Microsoft.Cdn/profiles/afdEndpoints/routes': alnumHyphen(1, 90),
};

const nameOf = (r: BicepResource) => topLevelProperties(r.body).get('name')!;
const runtime = (path: string) => `<${path}>`;

describe('resource names', () => {
  const { minLength, maxLength } = bicep.params.get('resourceBaseName')!;
  const baseNames = [
    baseNameWith('000000'),
    baseNameWith('abcdef'),
    'a'.repeat(minLength!),
    '9'.repeat(maxLength!),
  ];

  it.each(baseNames)('follow Azure\'s rules for resourceBaseName %s', (resourceBaseName) => {
    const scope: Scope = { params: { resourceBaseName }, runtime };
    for (const r of bicep.resources) {
      if (r.type === 'Microsoft.Authorization/roleAssignments') {
        // A role assignment is named by a GUID made from what it grants.
        expect(nameOf(r)).toMatch(/^guid\(/);
        continue;
      }
      const rule = nameRules[r.type];
      expect(rule ? r.type : `no naming rule for ${r.type}`).toBe(r.type);
      const name = evaluate(nameOf(r), bicep, scope);
      expect({ resource: r.symbol, name, ok: rule!.pattern.test(name) && name.length >= rule!.min && name.length <= rule!.max }).toEqual({
        resource: r.symbol,
        name,
        ok: true,
      });
    }
  });

  it('make the globally unique ones (storage, Function App, Front Door endpoint) differ by the suffix', () => {
    const unique = bicep.resources.filter((r) =>
      ['Microsoft.Storage/storageAccounts', 'Microsoft.Web/sites', 'Microsoft.Cdn/profiles/afdEndpoints'].includes(r.type),
    );
    expect(unique.length).toBe(4);
    for (const r of unique) {
      const names = ['000000', 'abcdef'].map((s) => evaluate(nameOf(r), bicep, { params: { resourceBaseName: baseNameWith(s) }, runtime }));
      expect(names[0]).not.toBe(names[1]);
    }
  });

  it('are checked: a name too long for a storage account is refused', () => {
    const storage = bicep.resources.find((r) => r.type === 'Microsoft.Storage/storageAccounts')!;
    const name = evaluate(nameOf(storage), bicep, { params: { resourceBaseName: 'x'.repeat(30) }, runtime });
    const rule = nameRules[storage.type]!;
    expect(name.length <= rule.max).toBe(false);
  });
});

/** The Function App's settings, as main.bicep sets them, for given parameters. */
function appSettings(b: Bicep, params: Record<string, string>, hostName: string): Record<string, string> {
  const config = b.resources.find((r) => r.type === 'Microsoft.Web/sites/config' && nameOf(r) === "'appsettings'")!;
  const props = topLevelProperties(topLevelProperties(config.body).get('properties')!.slice(1, -1));
  const scope: Scope = { params, runtime: (path) => (path === 'endpoint.properties.hostName' ? hostName : `<${path}>`) };
  return Object.fromEntries([...props].map(([name, expr]) => [name, evaluate(expr, b, scope)]));
}

describe('the Function App', () => {
  const params = {
    resourceBaseName: baseNameWith('abcdef'),
    aadAppClientId: '66666666-7777-8888-9999-000000000000',
    aadAppTenantId: '11111111-2222-3333-4444-555555555555',
    teamsAppId: '22222222-3333-4444-5555-666666666666',
    sharePointSiteId: 'kommun.sharepoint.com,aaaaaaaa-0000-0000-0000-000000000000,bbbbbbbb-0000-0000-0000-000000000000',
    sharePointListPrefix: 'Plan',
  };
  const hostName = 'vpabcdef-h4d2b7f0.z01.azurefd.net';
  const settings = appSettings(bicep, params, hostName);

  it('gets settings functions/src/config.ts accepts in Azure: entra sign-in, SharePoint with the managed identity', () => {
    const config = loadConfig(settings, 'azure');
    expect(config.auth).toMatchObject({
      mode: 'entra',
      tenantId: params.aadAppTenantId,
      clientId: params.aadAppClientId,
      // the audience Teams SSO asks for: api://{TAB_DOMAIN}/{client id}, TAB_DOMAIN being Front Door's host
      appIdUri: `api://${hostName}/${params.aadAppClientId}`,
    });
    expect(config.store).toMatchObject({
      kind: 'sharepoint',
      siteId: params.sharePointSiteId,
      listPrefix: 'Plan',
      graph: { credential: { kind: 'managedIdentity' } },
    });
    expect(bicep.outputs.get('TAB_DOMAIN')!.expr).toBe('endpoint.properties.hostName');
    // an approval's channel card opens the tab Front Door serves, through the Teams app
    expect(config.tabLink).toEqual({ tabUrl: `https://${hostName}/index.html`, teamsAppId: params.teamsAppId });
  });

  it('runs on Flex Consumption with identity-based storage and telemetry: no keys, no settings Flex refuses', () => {
    for (const name of ['FUNCTIONS_WORKER_RUNTIME', 'FUNCTIONS_EXTENSION_VERSION', 'WEBSITE_RUN_FROM_PACKAGE', 'WEBSITE_NODE_DEFAULT_VERSION', 'WEBSITE_CONTENTSHARE', 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', 'AzureWebJobsStorage']) {
      expect(settings).not.toHaveProperty(name);
    }
    expect(settings).toMatchObject({ AzureWebJobsStorage__credential: 'managedidentity', APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD' });
    expect(readText(template!.path)).not.toMatch(/listKeys\(|AccountKey=/);

    const plan = bicep.resources.find((r) => r.type === 'Microsoft.Web/serverfarms')!;
    expect(topLevelProperties(plan.body).get('sku')).toMatch(/tier: 'FlexConsumption'[\s\S]*name: 'FC1'/);
    const site = topLevelProperties(bicep.resources.find((r) => r.type === 'Microsoft.Web/sites')!.body);
    expect(site.get('identity')).toMatch(/type: 'SystemAssigned'/);
    expect(site.get('properties')).toMatch(/runtime: \{\s*name: 'node'\s*version: nodeVersion/);
    expect(bicep.params.get('nodeVersion')!.allowed).toContain(evaluate(bicep.params.get('nodeVersion')!.defaultExpr!, bicep, { params: {}, runtime }));

    const functionStorage = bicep.resources.find((r) => r.symbol === 'functionStorage')!;
    expect(topLevelProperties(functionStorage.body).get('properties')).toMatch(/allowSharedKeyAccess: false/);
    const roles = bicep.resources.filter((r) => r.type === 'Microsoft.Authorization/roleAssignments').map((r) => topLevelProperties(r.body).get('scope'));
    expect(roles).toEqual(expect.arrayContaining(['functionStorage', 'appInsights']));
  });

  it('samples telemetry in functions/host.json but keeps every request', () => {
    const host = JSON.parse(readText('functions/host.json')) as {
      logging: { applicationInsights: { samplingSettings: { isEnabled: boolean; excludedTypes: string } } };
    };
    expect(host.logging.applicationInsights.samplingSettings.isEnabled).toBe(true);
    expect(host.logging.applicationInsights.samplingSettings.excludedTypes.split(';')).toContain('Request');
  });
});

describe('Front Door', () => {
  const routes = bicep.resources
    .filter((r) => r.type === 'Microsoft.Cdn/profiles/afdEndpoints/routes')
    .map((r) => Object.fromEntries(topLevelProperties(topLevelProperties(r.body).get('properties')!.slice(1, -1))) as Record<string, string>);

  it('serves the API at /api/* and the tab at / of one origin, as the tab expects (tabs/src/api/client.ts)', () => {
    const api = routes.find((r) => r.patternsToMatch!.includes("'/api/*'"))!;
    const tab = routes.find((r) => r.patternsToMatch!.includes("'/*'"))!;
    expect(api.originGroup).toMatch(/apiOriginGroup\.id/);
    expect(tab.originGroup).toMatch(/tabOriginGroup\.id/);
    // answers depend on the caller's token: the API route has no cache
    expect(api).not.toHaveProperty('cacheConfiguration');
    expect(readText('tabs/src/api/client.ts')).toMatch(/new URL\('api', document\.baseURI\)/);
  });
});
