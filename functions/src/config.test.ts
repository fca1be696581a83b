import { loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the SQLite file in data/ and local identities on the local host, on this machine only', () => {
    const config = loadConfig({}, 'local');
    expect(config).toMatchObject({ port: 7071, host: '127.0.0.1', store: 'sqlite', authMode: 'local' });
    expect(config.databaseFile).toMatch(/data[/\\]verksamhetsplan\.db$/);
  });

  it('uses SharePoint when a site is configured, and never local identities in Azure', () => {
    expect(loadConfig({ SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,1,2' }, 'azure')).toMatchObject({ store: 'sharepoint', authMode: 'entra' });
    expect(() => loadConfig({ AUTH_MODE: 'local' }, 'azure')).toThrow(/bara tillåtet i den lokala värden/);
  });

  it('refuses development identities when the process runs in an Azure hosting environment', () => {
    for (const variable of ['WEBSITE_SITE_NAME', 'FUNCTIONS_WORKER_RUNTIME', 'WEBSITE_INSTANCE_ID', 'CONTAINER_APP_NAME']) {
      expect(() => loadConfig({ [variable]: 'x' }, 'local')).toThrow(new RegExp(`aldrig i Azure \\(${variable} är satt\\)`));
      expect(() => loadConfig({ [variable]: 'x', ALLOW_DEV_IDENTITIES_ON_NETWORK: 'true', HOST: '127.0.0.1' }, 'local')).toThrow(/aldrig i Azure/);
      expect(loadConfig({ [variable]: 'x', AUTH_MODE: 'entra' }, 'local')).toMatchObject({ authMode: 'entra' });
    }
  });

  it('refuses development identities on an address others can reach unless explicitly allowed', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'verksamhetsplan.example']) {
      expect(() => loadConfig({ HOST: host }, 'local')).toThrow(/ALLOW_DEV_IDENTITIES_ON_NETWORK=true/);
      expect(loadConfig({ HOST: host, ALLOW_DEV_IDENTITIES_ON_NETWORK: 'true' }, 'local')).toMatchObject({ host, authMode: 'local' });
      expect(loadConfig({ HOST: host, AUTH_MODE: 'entra' }, 'local')).toMatchObject({ host, authMode: 'entra' });
    }
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(loadConfig({ HOST: host }, 'local')).toMatchObject({ host });
  });

  it("answers only this machine's names on loopback unless more are listed (DNS rebinding)", () => {
    expect(loadConfig({}, 'local').allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ ALLOWED_HOSTS: ' Plan.Example , tunnel.example' }, 'local').allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]', 'plan.example', 'tunnel.example']);
    expect(loadConfig({ ALLOWED_HOSTS: '*' }, 'local').allowedHosts).toBe('any');
    expect(loadConfig({ HOST: '0.0.0.0', AUTH_MODE: 'entra' }, 'local').allowedHosts).toBe('any');
    expect(loadConfig({ HOST: '0.0.0.0', AUTH_MODE: 'entra', ALLOWED_HOSTS: 'plan.example' }, 'local').allowedHosts).toEqual(['plan.example']);
    for (const bad of ['localhost:7071', 'a b', 'http://plan.example', ' , ']) expect(() => loadConfig({ ALLOWED_HOSTS: bad }, 'local')).toThrow(/ALLOWED_HOSTS/);
  });

  it('names what is wrong', () => {
    expect(() => loadConfig({ PORT: 'åttio' }, 'local')).toThrow(/PORT/);
    expect(() => loadConfig({ GRAPH_BASE_URL: 'inte en adress' }, 'local')).toThrow(/GRAPH_BASE_URL/);
    expect(() => loadConfig({ ALLOW_DEV_IDENTITIES_ON_NETWORK: 'kanske' }, 'local')).toThrow(/ALLOW_DEV_IDENTITIES_ON_NETWORK/);
  });
});
