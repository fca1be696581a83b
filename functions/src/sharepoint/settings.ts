import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

const SettingsSchema = z.object({
  GRAPH_BASE_URL: z.url().default('https://graph.microsoft.com/v1.0'),
  SHAREPOINT_SITE_ID: nonEmpty,
  SHAREPOINT_LIST_PREFIX: nonEmpty.default('VP'),
  AZURE_TENANT_ID: nonEmpty,
  AZURE_CLIENT_ID: nonEmpty,
  AZURE_CLIENT_SECRET: nonEmpty,
  AZURE_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
});

/** Everything the SharePoint store and its provisioning need from configuration. */
export interface SharePointSettings {
  graphBaseUrl: string;
  siteId: string;
  listPrefix: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  authorityHost: string;
}

export type SettingsResult = { ok: true; settings: SharePointSettings } | { ok: false; problems: string[] };

/** Reads and validates the SharePoint settings from an environment; problems name each variable. */
export function sharePointSettingsFromEnv(env: Record<string, string | undefined>): SettingsResult {
  // Treat empty strings like unset so defaults apply and "required" errors read naturally.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = SettingsSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      return present[name] === undefined ? `${name} is missing` : `${name} is invalid: ${issue.message}`;
    });
    return { ok: false, problems };
  }
  const s = result.data;
  return {
    ok: true,
    settings: {
      graphBaseUrl: s.GRAPH_BASE_URL.replace(/\/+$/, ''),
      siteId: s.SHAREPOINT_SITE_ID,
      listPrefix: s.SHAREPOINT_LIST_PREFIX,
      tenantId: s.AZURE_TENANT_ID,
      clientId: s.AZURE_CLIENT_ID,
      clientSecret: s.AZURE_CLIENT_SECRET,
      authorityHost: s.AZURE_AUTHORITY_HOST.replace(/\/+$/, ''),
    },
  };
}
