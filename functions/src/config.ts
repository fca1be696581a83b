import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { TabLinkSettings } from '@vp/shared';
import { z } from 'zod';
import { loopbackNames, type AllowedHosts } from './local/hostHeader';

/** Variables Azure sets in App Service, Functions and Container Apps: where they are, this is Azure. */
export const azureHostingVariables = [
  'WEBSITE_SITE_NAME',
  'WEBSITE_INSTANCE_ID',
  'WEBSITE_HOSTNAME',
  'FUNCTIONS_WORKER_RUNTIME',
  'AZURE_FUNCTIONS_ENVIRONMENT',
  'CONTAINER_APP_NAME',
] as const;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(7071),
  /** Address the local host listens on: this machine only unless set. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The development identities on an address others can reach: only when explicitly wanted. */
  ALLOW_DEV_IDENTITIES_ON_NETWORK: z.stringbool().default(false),
  /** Host names the local host answers to, comma-separated, or *; on loopback localhost, 127.0.0.1 and [::1]. */
  ALLOWED_HOSTS: z
    .string()
    .transform((value) => value.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== ''))
    .pipe(z.array(z.string().regex(/^(?:\*|\[[0-9a-f:.]+\]|[a-z0-9._~-]+)$/, 'Ange värdnamn utan port, åtskilda med komma (t.ex. localhost,plan.example), eller *')).min(1, 'Ange minst ett värdnamn, eller *'))
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
  /** sqlite (embedded default) or sharepoint; sharepoint is chosen when a site is configured. */
  STORE: z.enum(['sqlite', 'sharepoint']).optional(),
  /** local: development identities chosen by header (local host only). entra: real sign-in. */
  AUTH_MODE: z.enum(['local', 'entra']).optional(),
  GRAPH_BASE_URL: z.url().default('https://graph.microsoft.com/v1.0'),
  SHAREPOINT_SITE_ID: z.string().min(1).optional(),
  SHAREPOINT_LIST_PREFIX: z.string().regex(/^[A-Za-z0-9]*$/).default('VP'),
  AZURE_TENANT_ID: z.string().min(1).optional(),
  AZURE_CLIENT_ID: z.string().min(1).optional(),
  AZURE_CLIENT_SECRET: z.string().min(1).optional(),
  /** A PEM file with the app registration's certificate and private key: preferred to a secret locally. */
  AZURE_CLIENT_CERTIFICATE_PATH: z.string().min(1).optional(),
  /** A user-assigned managed identity's client id (in Azure); unset: the system-assigned one. */
  AZURE_MANAGED_IDENTITY_CLIENT_ID: z.string().min(1).optional(),
  AZURE_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  /** The API's App ID URI, the other audience its tokens may name (default api://{AZURE_CLIENT_ID}). */
  API_APP_ID_URI: z.string().min(1).optional(),
  /** The tab's origin (https://… in a tenant): channel cards open the tab there. Default: this host on localhost. */
  TAB_ENDPOINT: z.url().optional(),
  /** The Teams app id (the manifest's id): channel cards open the tab through a Teams deep link. Unset: the tab's page itself. */
  TEAMS_APP_ID: z.guid('TEAMS_APP_ID ska vara Teams-appens id (ett GUID, manifestets id)').optional(),
});

const text = z.string().min(1);

/** How the Functions prove who they are to Graph (as the app): no secret where Azure can avoid one. */
export const GraphCredentialSettings = z.discriminatedUnion('kind', [
  /** In Azure: the Function app's managed identity; clientId names a user-assigned one. */
  z.object({ kind: z.literal('managedIdentity'), clientId: text.optional() }),
  z.object({ kind: z.literal('certificate'), tenantId: text, clientId: text, certificatePath: text }),
  z.object({ kind: z.literal('clientSecret'), tenantId: text, clientId: text, clientSecret: text }),
]);
export type GraphCredentialSettings = z.infer<typeof GraphCredentialSettings>;

/** Where the data is kept: the SQLite file, or the förvaltning's SharePoint lists through Graph. */
export const StoreSettings = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sqlite'), databaseFile: text }),
  z.object({
    kind: z.literal('sharepoint'),
    siteId: text,
    listPrefix: z.string(),
    graph: z.object({
      /** Graph root with its version; its origin names the token's scope (national clouds differ) */
      baseUrl: z.url(),
      /** the Entra authority the app's credential signs in at */
      authorityHost: z.url(),
      credential: GraphCredentialSettings,
    }),
  }),
]);
export type StoreSettings = z.infer<typeof StoreSettings>;
export type SharePointSettings = Extract<StoreSettings, { kind: 'sharepoint' }>;

/** Entra tenant ids and object ids are GUIDs; the tid claim is always one. */
const guid = z.guid();

/** Who may call: development identities chosen by header (local host only), or people of the tenant signed in with Entra. */
export const AuthSettings = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('local') }),
  /** Whose tokens the API accepts: the tenant's, issued for this API. */
  z.object({
    mode: z.literal('entra'),
    tenantId: guid,
    clientId: text,
    /** api://…: tokens name it or clientId as their audience */
    appIdUri: text,
    /** https://login.microsoftonline.com, a national cloud's, or a loopback test authority locally */
    authorityHost: z.url(),
    /**
     * Graph as the signed-in person (on-behalf-of, e.g. group membership when the token's groups
     * overflowed): the API app's own credential; absent where it has none (then such groups are unknown).
     */
    onBehalfOf: z.object({ graphBaseUrl: z.url(), credential: GraphCredentialSettings }).optional(),
  }),
]);
export type AuthSettings = z.infer<typeof AuthSettings>;
export type EntraSettings = Extract<AuthSettings, { mode: 'entra' }>;

export interface Config {
  port: number;
  /** listen address of the local host */
  host: string;
  /** Host header names the local host answers to (DNS rebinding guard) */
  allowedHosts: AllowedHosts;
  dataDir: string;
  store: StoreSettings;
  auth: AuthSettings;
  /** where channel cards' buttons lead: the tab, through Teams when the app id is known */
  tabLink: TabLinkSettings;
}

/** The one reader of process.env: validated once at start-up, then passed in. */
export function loadConfig(env: NodeJS.ProcessEnv, host: 'local' | 'azure'): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ogiltig konfiguration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const authMode = e.AUTH_MODE ?? (host === 'local' ? 'local' : 'entra');
  if (authMode === 'local') refuseDevIdentitiesWhereUnsafe(env, host, e.HOST, e.ALLOW_DEV_IDENTITIES_ON_NETWORK);
  const authorityHost = e.AZURE_AUTHORITY_HOST.replace(/\/+$/, '');
  refuseUnsafeAuthority(env, host, authorityHost);
  const dataDir = resolve(e.DATA_DIR);
  const inAzure = host !== 'local' || azureHostingVariables.some((name) => env[name]);
  return {
    port: e.PORT,
    host: e.HOST,
    allowedHosts: allowedHostsFor(e.HOST, e.ALLOWED_HOSTS),
    dataDir,
    store: storeSettings(e, resolve(dataDir, 'verksamhetsplan.db'), authorityHost, inAzure),
    auth: authMode === 'local' ? AuthSettings.parse({ mode: 'local' }) : entraSettings(e, authorityHost, inAzure),
    tabLink: { tabUrl: `${(e.TAB_ENDPOINT ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '')}/index.html`, teamsAppId: e.TEAMS_APP_ID ?? null },
  };
}

/** The store asked for: SharePoint when STORE says so or a site is named, else the SQLite file. */
function storeSettings(e: z.infer<typeof Env>, databaseFile: string, authorityHost: string, inAzure: boolean): StoreSettings {
  const kind = e.STORE ?? (e.SHAREPOINT_SITE_ID ? 'sharepoint' : 'sqlite');
  if (kind === 'sqlite') return StoreSettings.parse({ kind, databaseFile });
  if (!e.SHAREPOINT_SITE_ID) throw new Error('STORE=sharepoint kräver SHAREPOINT_SITE_ID (webbplatsens id i Graph: värd,webbplatssamlingens id,webbens id).');
  return StoreSettings.parse({
    kind,
    siteId: e.SHAREPOINT_SITE_ID,
    listPrefix: e.SHAREPOINT_LIST_PREFIX,
    graph: { baseUrl: e.GRAPH_BASE_URL.replace(/\/+$/, ''), authorityHost, credential: requiredAppCredential(e, inAzure) },
  });
}

function requiredAppCredential(e: z.infer<typeof Env>, inAzure: boolean): GraphCredentialSettings {
  const credential = appCredentialSettings(e, inAzure);
  if (credential) return credential;
  throw new Error(
    'STORE=sharepoint kräver i den lokala värden AZURE_CLIENT_CERTIFICATE_PATH eller AZURE_CLIENT_SECRET, med AZURE_TENANT_ID och AZURE_CLIENT_ID ' +
      '(i Azure används funktionsappens hanterade identitet i stället).',
  );
}

/**
 * A certificate or a secret when one is configured (locally, or an explicit choice in Azure); otherwise
 * in Azure the managed identity, which needs no secret. Locally there is no managed identity: null.
 */
function appCredentialSettings(e: z.infer<typeof Env>, inAzure: boolean): GraphCredentialSettings | null {
  const { AZURE_TENANT_ID: tenantId, AZURE_CLIENT_ID: clientId, AZURE_CLIENT_CERTIFICATE_PATH: certificatePath, AZURE_CLIENT_SECRET: clientSecret } = e;
  if (certificatePath !== undefined || clientSecret !== undefined) {
    const what = certificatePath !== undefined ? 'AZURE_CLIENT_CERTIFICATE_PATH' : 'AZURE_CLIENT_SECRET';
    if (tenantId === undefined || clientId === undefined) {
      const missing = [tenantId === undefined && 'AZURE_TENANT_ID', clientId === undefined && 'AZURE_CLIENT_ID'].filter(Boolean);
      throw new Error(`${what} kräver också ${missing.join(' och ')} (appregistreringen som certifikatet eller hemligheten hör till).`);
    }
    if (certificatePath !== undefined) return { kind: 'certificate', tenantId, clientId, certificatePath: resolve(certificatePath) };
    if (clientSecret !== undefined) return { kind: 'clientSecret', tenantId, clientId, clientSecret };
  }
  if (inAzure) return { kind: 'managedIdentity', ...(e.AZURE_MANAGED_IDENTITY_CLIENT_ID ? { clientId: e.AZURE_MANAGED_IDENTITY_CLIENT_ID } : {}) };
  return null;
}

/**
 * Development identities let anyone who reaches the host act as any user (avdelningschef included):
 * never in Azure, and on the local host only on this machine's loopback unless explicitly allowed.
 */
function refuseDevIdentitiesWhereUnsafe(env: NodeJS.ProcessEnv, host: 'local' | 'azure', listenOn: string, allowOnNetwork: boolean): void {
  const azureVariable = azureHostingVariables.find((name) => env[name]);
  if (host !== 'local' || azureVariable) {
    const where = azureVariable ? ` (${azureVariable} är satt)` : '';
    throw new Error(`AUTH_MODE=local (utvecklingsidentiteter) är bara tillåtet i den lokala värden, aldrig i Azure${where}.`);
  }
  if (!isLoopback(listenOn) && !allowOnNetwork) {
    throw new Error(
      `HOST=${listenOn} gör värden nåbar från nätverket, där vem som helst kan uppträda som vilken utvecklingsidentitet som helst. ` +
        'Använd HOST=127.0.0.1, AUTH_MODE=entra, eller sätt ALLOW_DEV_IDENTITIES_ON_NETWORK=true om det är avsiktligt.',
    );
  }
}

/** Entra mode checks tokens against a tenant and an app registration: both must be named. */
function entraSettings(e: z.infer<typeof Env>, authorityHost: string, inAzure: boolean): AuthSettings {
  const { AZURE_TENANT_ID: tenantId, AZURE_CLIENT_ID: clientId } = e;
  if (!tenantId || !clientId) {
    throw new Error('AUTH_MODE=entra kräver AZURE_TENANT_ID (katalogens id) och AZURE_CLIENT_ID (API:ets appregistrering).');
  }
  if (!guid.safeParse(tenantId).success) {
    throw new Error(`AZURE_TENANT_ID måste vara katalogens id (ett GUID) i AUTH_MODE=entra, inte "${tenantId}": tokens anger katalogen med sitt id.`);
  }
  const credential = appCredentialSettings(e, inAzure);
  return AuthSettings.parse({
    mode: 'entra',
    tenantId: tenantId.toLowerCase(),
    clientId,
    appIdUri: e.API_APP_ID_URI ?? `api://${clientId}`,
    authorityHost,
    ...(credential && { onBehalfOf: { graphBaseUrl: e.GRAPH_BASE_URL.replace(/\/+$/, ''), credential } }),
  });
}

/**
 * The authority's keys decide who may sign in, so they come over https; a test authority over http
 * on this machine is allowed on the local host only (never in Azure).
 */
function refuseUnsafeAuthority(env: NodeJS.ProcessEnv, host: 'local' | 'azure', authorityHost: string): void {
  const url = new URL(authorityHost);
  if (url.protocol === 'https:') return;
  const inAzure = host !== 'local' || azureHostingVariables.some((name) => env[name]);
  const loopback = url.protocol === 'http:' && isLoopback(url.hostname.replace(/^\[|\]$/g, ''));
  if (!loopback || inAzure) {
    throw new Error(`AZURE_AUTHORITY_HOST=${authorityHost} måste använda https (http bara mot den här datorn, 127.0.0.1, i den lokala värden).`);
  }
}

/**
 * On loopback only this machine's own names are answered unless more are listed (a tunnel's name,
 * say); elsewhere the host's names cannot be guessed, so any unless listed.
 */
function allowedHostsFor(listenOn: string, listed: string[] | undefined): AllowedHosts {
  if (listed?.includes('*')) return 'any';
  if (isLoopback(listenOn)) return [...loopbackNames, ...(listed ?? [])];
  return listed ?? 'any';
}

/** 127.0.0.0/8, ::1 (also as ::ffff:127.x) and localhost: addresses no other machine reaches. */
export function isLoopback(address: string): boolean {
  if (address === 'localhost') return true;
  if (isIP(address) === 4) return address.startsWith('127.');
  if (isIP(address) === 6) return address === '::1' || /^::ffff:127\./i.test(address);
  return false;
}
