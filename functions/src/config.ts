import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(7071),
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
});

export interface Config {
  port: number;
  dataDir: string;
  databaseFile: string;
  store: 'sqlite' | 'sharepoint';
  authMode: 'local' | 'entra';
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
  if (authMode === 'local' && host !== 'local') {
    throw new Error('AUTH_MODE=local (utvecklingsidentiteter) är bara tillåtet i den lokala värden, aldrig i Azure.');
  }
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    dataDir,
    databaseFile: resolve(dataDir, 'verksamhetsplan.db'),
    store: e.STORE ?? (e.SHAREPOINT_SITE_ID ? 'sharepoint' : 'sqlite'),
    authMode,
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
