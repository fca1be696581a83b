export class PackageError extends Error {}
export class UnresolvedPlaceholdersError extends PackageError {
  /** Sorted names of the ${{NAME}} placeholders that had no value. */
  names: string[];
}
export type EnvVars = Record<string, string>;
export interface DirOptions {
  manifestDir?: string;
  envDir?: string;
  /** Non-empty values here override and supplement the env file (default: process.env); pass {} to use the file alone. */
  processEnv?: Record<string, string | undefined>;
}
export function parseEnvFile(text: string): EnvVars;
export function listEnvs(envDir?: string): string[];
export function loadEnv(env: string, options?: Omit<DirOptions, 'manifestDir'>): EnvVars;
export function substitutePlaceholders(text: string, vars: EnvVars): { text: string; unresolved: string[] };
export interface RenderedApp {
  manifest: Record<string, unknown>;
  manifestText: string;
  localizations: Record<string, Record<string, unknown>>;
  icons: { color: string; outline: string };
}
export function renderApp(env: string, options?: DirOptions): RenderedApp;
export function buildPackage(
  options: { env: string; outDir?: string } & DirOptions,
): { zipPath: string; manifest: Record<string, unknown>; files: string[] };
export function parseArgs(argv: string[]): { env: string; outDir?: string; help?: boolean };
export function main(argv?: string[]): number;
