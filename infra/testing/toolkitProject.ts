import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseEnvFile } from '../../manifest/scripts/packageApp';

/** Reading the toolkit's project files as the toolkit does: the yml, its env files and what each action reads and writes. */

export const ROOT = path.resolve(__dirname, '..', '..');
export const readText = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), 'utf8');

export interface Action {
  uses: string;
  name?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

export const lifecycles = ['provision', 'deploy', 'publish'] as const;
export type Lifecycle = (typeof lifecycles)[number];

export type Project = { version: string; environmentFolderPath?: string } & Partial<Record<Lifecycle, Action[]>>;

export const readProject = (rel: string): Project => parse(readText(rel)) as Project;

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The ${{NAME}} names in a text, as the toolkit and manifest/scripts/packageApp.js match them. */
export function placeholdersIn(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));
}

/**
 * What the toolkit supplies on provision without any action writing it (and writes to the env file):
 * the subscription and resource group it asks for when an arm/deploy references them, and the random
 * suffix it generates when the yml deploys to Azure.
 */
export const toolkitSupplied = new Set(['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX']);

/** The env file of an environment, as written names and values. */
export function readEnvFile(project: Project, env: string): Record<string, string> {
  const folder = project.environmentFolderPath ?? './env';
  return parseEnvFile(readText(path.join(folder, `.env.${env}`)));
}

/**
 * Names an action writes to the environment: its writeToEnvironmentFile, an arm/deploy's template
 * outputs (by name, upper-cased), the access_as_user scope id aadApp/update generates when its
 * manifest uses it, and a script's `::set-teamsfx-env NAME=value` lines.
 */
export function writtenBy(action: Action, outputsOf: (template: string) => string[]): string[] {
  const names = Object.values(action.writeToEnvironmentFile ?? {});
  if (action.uses === 'arm/deploy') {
    const templates = (action.with?.templates ?? []) as { path: string }[];
    for (const t of templates) names.push(...outputsOf(t.path).map((n) => n.toUpperCase()));
  }
  if (action.uses === 'aadApp/update') {
    const manifest = readText(String(action.with?.manifestPath));
    if (placeholdersIn(manifest).has('AAD_APP_ACCESS_AS_USER_PERMISSION_ID')) names.push('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
  }
  if (action.uses === 'script') {
    const run = String(action.with?.run ?? '');
    names.push(...[...run.matchAll(/::set-teamsfx-env\s+([A-Z][A-Z0-9_]*)=/g)].map((m) => m[1]!));
  }
  return names;
}

/** Files whose ${{NAME}}s an action expands: Entra and Teams manifests (with localizations), ARM parameters. */
export function filesReadBy(action: Action): string[] {
  switch (action.uses) {
    case 'aadApp/update':
      return [String(action.with?.manifestPath)];
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage': {
      const manifestPath = String(action.with?.manifestPath);
      const manifest = JSON.parse(readText(manifestPath)) as {
        localizationInfo?: { additionalLanguages?: { file: string }[] };
      };
      const localizations = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) =>
        path.join(path.dirname(manifestPath), l.file),
      );
      return [manifestPath, ...localizations];
    }
    case 'arm/deploy':
      return ((action.with?.templates ?? []) as { parameters?: string }[]).flatMap((t) => (t.parameters ? [t.parameters] : []));
    default:
      return [];
  }
}

/** Every ${{NAME}} an action needs: in its own definition and in the files it expands. */
export function placeholdersOf(action: Action): Set<string> {
  const names = placeholdersIn(JSON.stringify(action));
  for (const file of filesReadBy(action)) for (const n of placeholdersIn(readText(file))) names.add(n);
  return names;
}
