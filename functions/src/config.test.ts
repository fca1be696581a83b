import { loadConfig } from './config';

/** An app registration in a tenant: what entra mode needs. */
const tenant = { AZURE_TENANT_ID: '72F988BF-86F1-41AF-91AB-2D7CD011DB47', AZURE_CLIENT_ID: '3f1c2a56-0000-4000-8000-000000000001' };

describe('configuration', () => {
  it('defaults to the SQLite file in data/ and local identities on the local host, on this machine only', () => {
    const config = loadConfig({}, 'local');
    expect(config).toMatchObject({ port: 7071, host: '127.0.0.1', store: { kind: 'sqlite' }, auth: { mode: 'local' } });
    expect(config.store).toEqual({ kind: 'sqlite', databaseFile: expect.stringMatching(/data[/\\]verksamhetsplan\.db$/) });
  });

  it('uses SharePoint when a site is configured, and never local identities in Azure', () => {
    expect(loadConfig({ SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,1,2', ...tenant }, 'azure')).toMatchObject({ store: { kind: 'sharepoint' }, auth: { mode: 'entra' } });
    expect(() => loadConfig({ AUTH_MODE: 'local' }, 'azure')).toThrow(/bara tillåtet i den lokala värden/);
  });

  it('refuses development identities when the process runs in an Azure hosting environment', () => {
    for (const variable of ['WEBSITE_SITE_NAME', 'FUNCTIONS_WORKER_RUNTIME', 'WEBSITE_INSTANCE_ID', 'CONTAINER_APP_NAME']) {
      expect(() => loadConfig({ [variable]: 'x' }, 'local')).toThrow(new RegExp(`aldrig i Azure \\(${variable} är satt\\)`));
      expect(() => loadConfig({ [variable]: 'x', ALLOW_DEV_IDENTITIES_ON_NETWORK: 'true', HOST: '127.0.0.1' }, 'local')).toThrow(/aldrig i Azure/);
      expect(loadConfig({ [variable]: 'x', AUTH_MODE: 'entra', ...tenant }, 'local')).toMatchObject({ auth: { mode: 'entra' } });
    }
  });

  it('refuses development identities on an address others can reach unless explicitly allowed', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'verksamhetsplan.example']) {
      expect(() => loadConfig({ HOST: host }, 'local')).toThrow(/ALLOW_DEV_IDENTITIES_ON_NETWORK=true/);
      expect(loadConfig({ HOST: host, ALLOW_DEV_IDENTITIES_ON_NETWORK: 'true' }, 'local')).toMatchObject({ host, auth: { mode: 'local' } });
      expect(loadConfig({ HOST: host, AUTH_MODE: 'entra', ...tenant }, 'local')).toMatchObject({ host, auth: { mode: 'entra' } });
    }
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(loadConfig({ HOST: host }, 'local')).toMatchObject({ host });
  });

  it("answers only this machine's names on loopback unless more are listed (DNS rebinding)", () => {
    expect(loadConfig({}, 'local').allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ ALLOWED_HOSTS: ' Plan.Example , tunnel.example' }, 'local').allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]', 'plan.example', 'tunnel.example']);
    expect(loadConfig({ ALLOWED_HOSTS: '*' }, 'local').allowedHosts).toBe('any');
    expect(loadConfig({ HOST: '0.0.0.0', AUTH_MODE: 'entra', ...tenant }, 'local').allowedHosts).toBe('any');
    expect(loadConfig({ HOST: '0.0.0.0', AUTH_MODE: 'entra', ALLOWED_HOSTS: 'plan.example', ...tenant }, 'local').allowedHosts).toEqual(['plan.example']);
    for (const bad of ['localhost:7071', 'a b', 'http://plan.example', ' , ']) expect(() => loadConfig({ ALLOWED_HOSTS: bad }, 'local')).toThrow(/ALLOWED_HOSTS/);
  });

  it('checks tokens of the configured tenant and app in entra mode, for the client id or the App ID URI', () => {
    expect(loadConfig({}, 'local').auth).toEqual({ mode: 'local' });
    // the app's credential alone does not switch to entra mode, and local mode carries nothing of Entra
    expect(loadConfig({ ...tenant, AZURE_CLIENT_SECRET: 's' }, 'local').auth).toEqual({ mode: 'local' });
    expect(loadConfig({ AUTH_MODE: 'entra', ...tenant }, 'local').auth).toEqual({
      mode: 'entra',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      clientId: tenant.AZURE_CLIENT_ID,
      appIdUri: `api://${tenant.AZURE_CLIENT_ID}`,
      authorityHost: 'https://login.microsoftonline.com',
    });
    expect(loadConfig(tenant, 'azure').auth).toEqual({
      mode: 'entra',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      clientId: tenant.AZURE_CLIENT_ID,
      appIdUri: `api://${tenant.AZURE_CLIENT_ID}`,
      authorityHost: 'https://login.microsoftonline.com',
      onBehalfOf: { graphBaseUrl: 'https://graph.microsoft.com/v1.0', credential: { kind: 'managedIdentity' } },
    });
    expect(loadConfig({ ...tenant, API_APP_ID_URI: 'api://plan.example/vp', AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us/' }, 'azure').auth).toMatchObject({
      appIdUri: 'api://plan.example/vp',
      authorityHost: 'https://login.microsoftonline.us',
    });
    expect(() => loadConfig({}, 'azure')).toThrow(/AUTH_MODE=entra kräver AZURE_TENANT_ID .* och AZURE_CLIENT_ID/);
    expect(() => loadConfig({ AUTH_MODE: 'entra', AZURE_TENANT_ID: tenant.AZURE_TENANT_ID }, 'local')).toThrow(/AZURE_CLIENT_ID/);
    expect(() => loadConfig({ ...tenant, AZURE_TENANT_ID: 'contoso.onmicrosoft.com' }, 'azure')).toThrow(/AZURE_TENANT_ID måste vara katalogens id \(ett GUID\)/);
  });

  it('asks Graph on behalf of the user with the API app’s own credential, where it has one', () => {
    const onBehalfOf = (env: Record<string, string>, host: 'local' | 'azure') => {
      const { auth } = loadConfig(env, host);
      return auth.mode === 'entra' ? auth.onBehalfOf : 'local mode';
    };
    expect(onBehalfOf({ AUTH_MODE: 'entra', ...tenant }, 'local')).toBeUndefined();
    expect(onBehalfOf({ AUTH_MODE: 'entra', ...tenant, AZURE_CLIENT_SECRET: 's' }, 'local')).toEqual({
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      credential: { kind: 'clientSecret', tenantId: tenant.AZURE_TENANT_ID, clientId: tenant.AZURE_CLIENT_ID, clientSecret: 's' },
    });
    expect(onBehalfOf({ AUTH_MODE: 'entra', ...tenant, AZURE_CLIENT_CERTIFICATE_PATH: 'app.pem', GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0/' }, 'local')).toEqual({
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      credential: { kind: 'certificate', tenantId: tenant.AZURE_TENANT_ID, clientId: tenant.AZURE_CLIENT_ID, certificatePath: expect.stringMatching(/[/\\]app\.pem$/) },
    });
    expect(onBehalfOf({ ...tenant, AZURE_MANAGED_IDENTITY_CLIENT_ID: 'mi-1', GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0' }, 'azure')).toEqual({
      graphBaseUrl: 'https://graph.microsoft.us/v1.0',
      credential: { kind: 'managedIdentity', clientId: 'mi-1' },
    });
  });

  it('takes the authority over http only on this machine, on the local host', () => {
    for (const local of ['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010']) {
      expect(loadConfig({ AUTH_MODE: 'entra', ...tenant, AZURE_AUTHORITY_HOST: local }, 'local').auth).toMatchObject({ mode: 'entra', authorityHost: local });
      expect(() => loadConfig({ ...tenant, AZURE_AUTHORITY_HOST: local }, 'azure')).toThrow(/AZURE_AUTHORITY_HOST=.* måste använda https/);
      expect(() => loadConfig({ AUTH_MODE: 'entra', ...tenant, AZURE_AUTHORITY_HOST: local, WEBSITE_SITE_NAME: 'x' }, 'local')).toThrow(/måste använda https/);
    }
    for (const remote of ['http://login.microsoftonline.com', 'http://10.0.0.5:4010', 'ftp://127.0.0.1']) {
      expect(() => loadConfig({ AUTH_MODE: 'entra', ...tenant, AZURE_AUTHORITY_HOST: remote }, 'local')).toThrow(/måste använda https/);
    }
  });

  describe('the store and how the Functions sign in to Graph', () => {
    const site = { SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,1,2' };
    const app = { AZURE_TENANT_ID: 't-1', AZURE_CLIENT_ID: 'c-1' };
    const graph = (credential: object, baseUrl = 'https://graph.microsoft.com/v1.0', authorityHost = 'https://login.microsoftonline.com') => ({
      kind: 'sharepoint',
      siteId: site.SHAREPOINT_SITE_ID,
      listPrefix: 'VP',
      graph: { baseUrl, authorityHost, credential },
    });
    const valid: [string, Record<string, string>, 'local' | 'azure', object][] = [
      ['nothing: the SQLite file', {}, 'local', { kind: 'sqlite', databaseFile: expect.stringMatching(/verksamhetsplan\.db$/) }],
      ['a site but STORE=sqlite', { ...site, STORE: 'sqlite' }, 'local', { kind: 'sqlite' }],
      ['a site in Azure: the managed identity', site, 'azure', graph({ kind: 'managedIdentity' })],
      ['a user-assigned managed identity', { ...site, AZURE_MANAGED_IDENTITY_CLIENT_ID: 'mi-1' }, 'azure', graph({ kind: 'managedIdentity', clientId: 'mi-1' })],
      ['a site and a secret locally', { ...site, ...app, AZURE_CLIENT_SECRET: 's' }, 'local', graph({ kind: 'clientSecret', tenantId: 't-1', clientId: 'c-1', clientSecret: 's' })],
      ['a certificate (preferred to a secret)', { ...site, ...app, AZURE_CLIENT_SECRET: 's', AZURE_CLIENT_CERTIFICATE_PATH: '/etc/vp/app.pem' }, 'local', graph({ kind: 'certificate', tenantId: 't-1', clientId: 'c-1', certificatePath: expect.stringMatching(/app\.pem$/) })],
      ['a secret chosen in Azure', { ...site, AZURE_CLIENT_SECRET: 's' }, 'azure', graph({ kind: 'clientSecret', tenantId: tenant.AZURE_TENANT_ID, clientId: tenant.AZURE_CLIENT_ID, clientSecret: 's' })],
      [
        'a national cloud and a list prefix',
        { ...site, ...app, AZURE_CLIENT_SECRET: 's', GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0/', AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us/', SHAREPOINT_LIST_PREFIX: 'Plan' },
        'local',
        { ...graph({ kind: 'clientSecret', tenantId: 't-1', clientId: 'c-1', clientSecret: 's' }, 'https://graph.microsoft.us/v1.0', 'https://login.microsoftonline.us'), listPrefix: 'Plan' },
      ],
    ];
    it.each(valid)('%s', (_, env, host, store) => {
      const entra = host === 'azure' ? { AZURE_TENANT_ID: tenant.AZURE_TENANT_ID, AZURE_CLIENT_ID: tenant.AZURE_CLIENT_ID } : {};
      expect(loadConfig({ ...entra, ...env }, host).store).toMatchObject(store);
    });

    const invalid: [string, Record<string, string>, 'local' | 'azure', RegExp][] = [
      ['STORE=sharepoint without a site', { STORE: 'sharepoint', ...app, AZURE_CLIENT_SECRET: 's' }, 'local', /STORE=sharepoint kräver SHAREPOINT_SITE_ID/],
      ['a site locally without secret or certificate', { ...site, ...app }, 'local', /kräver i den lokala värden AZURE_CLIENT_CERTIFICATE_PATH eller AZURE_CLIENT_SECRET/],
      ['a secret without the tenant', { ...site, AZURE_CLIENT_ID: 'c-1', AZURE_CLIENT_SECRET: 's' }, 'local', /AZURE_CLIENT_SECRET kräver också AZURE_TENANT_ID \(/],
      ['a certificate without the app', { ...site, AZURE_CLIENT_CERTIFICATE_PATH: 'app.pem' }, 'local', /AZURE_CLIENT_CERTIFICATE_PATH kräver också AZURE_TENANT_ID och AZURE_CLIENT_ID/],
      ['an unknown store', { STORE: 'excel' }, 'local', /STORE/],
    ];
    it.each(invalid)('refuses %s, naming the variable', (_, env, host, message) => {
      expect(() => loadConfig(env, host)).toThrow(message);
    });
  });

  it('links channel cards to the tab: this host by default, through Teams when the app id is set', () => {
    expect(loadConfig({}, 'local').tabLink).toEqual({ tabUrl: 'http://localhost:7071/index.html', teamsAppId: null });
    expect(loadConfig({ PORT: '7300' }, 'local').tabLink.tabUrl).toBe('http://localhost:7300/index.html');
    expect(loadConfig({ ...tenant, TAB_ENDPOINT: 'https://plan.example.se/', TEAMS_APP_ID: '0e5a2c1d-3b4f-4a6e-9c8d-7f6e5d4c3b2a' }, 'azure').tabLink).toEqual({
      tabUrl: 'https://plan.example.se/index.html',
      teamsAppId: '0e5a2c1d-3b4f-4a6e-9c8d-7f6e5d4c3b2a',
    });
    expect(() => loadConfig({ TEAMS_APP_ID: 'verksamhetsplan' }, 'local')).toThrow(/TEAMS_APP_ID/);
    expect(() => loadConfig({ TAB_ENDPOINT: 'plan.example.se' }, 'local')).toThrow(/TAB_ENDPOINT/);
  });

  it('names what is wrong', () => {
    expect(() => loadConfig({ PORT: 'åttio' }, 'local')).toThrow(/PORT/);
    expect(() => loadConfig({ GRAPH_BASE_URL: 'inte en adress' }, 'local')).toThrow(/GRAPH_BASE_URL/);
    expect(() => loadConfig({ ALLOW_DEV_IDENTITIES_ON_NETWORK: 'kanske' }, 'local')).toThrow(/ALLOW_DEV_IDENTITIES_ON_NETWORK/);
  });
});
