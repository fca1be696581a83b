import { isIP } from 'node:net';
import { resolve } from 'node:path';
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
  AZURE_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  /** The API's App ID URI, the other audience its tokens may name (default api://{AZURE_CLIENT_ID}). */
  API_APP_ID_URI: z.string().min(1).optional(),
});

/** Entra tenant ids and object ids are GUIDs; the tid claim is always one. */
const guid = z.guid();

/** Whose tokens the API accepts in entra mode: the tenant's, issued for this API. */
export interface EntraSettings {
  tenantId: string;
  clientId: string;
  /** api://…: tokens name it or clientId as their audience */
  appIdUri: string;
  /** https://login.microsoftonline.com, a national cloud's, or a loopback test authority locally */
  authorityHost: string;
}

export interface Config {
  port: number;
  /** listen address of the local host */
  host: string;
  /** Host header names the local host answers to (DNS rebinding guard) */
  allowedHosts: AllowedHosts;
  dataDir: string;
  databaseFile: string;
  store: 'sqlite' | 'sharepoint';
  authMode: 'local' | 'entra';
  /** set exactly in entra mode */
  entra: EntraSettings | null;
  graph: {
    baseUrl: string;
    siteId?: string;
    listPrefix: string;
    tenantId?: string;
    clientId?: string;
    clientSecret?: string;
    authorityHost: string;
  };
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
  return {
    port: e.PORT,
    host: e.HOST,
    allowedHosts: allowedHostsFor(e.HOST, e.ALLOWED_HOSTS),
    dataDir,
    databaseFile: resolve(dataDir, 'verksamhetsplan.db'),
    store: e.STORE ?? (e.SHAREPOINT_SITE_ID ? 'sharepoint' : 'sqlite'),
    authMode,
    entra: authMode === 'entra' ? entraSettings(e.AZURE_TENANT_ID, e.AZURE_CLIENT_ID, e.API_APP_ID_URI, authorityHost) : null,
    graph: {
      baseUrl: e.GRAPH_BASE_URL,
      siteId: e.SHAREPOINT_SITE_ID,
      listPrefix: e.SHAREPOINT_LIST_PREFIX,
      tenantId: e.AZURE_TENANT_ID,
      clientId: e.AZURE_CLIENT_ID,
      clientSecret: e.AZURE_CLIENT_SECRET,
      authorityHost: e.AZURE_AUTHORITY_HOST,
    },
  };
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
function entraSettings(tenantId: string | undefined, clientId: string | undefined, appIdUri: string | undefined, authorityHost: string): EntraSettings {
  if (!tenantId || !clientId) {
    throw new Error('AUTH_MODE=entra kräver AZURE_TENANT_ID (katalogens id) och AZURE_CLIENT_ID (API:ets appregistrering).');
  }
  if (!guid.safeParse(tenantId).success) {
    throw new Error(`AZURE_TENANT_ID måste vara katalogens id (ett GUID) i AUTH_MODE=entra, inte "${tenantId}": tokens anger katalogen med sitt id.`);
  }
  return { tenantId: tenantId.toLowerCase(), clientId, appIdUri: appIdUri ?? `api://${clientId}`, authorityHost };
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
