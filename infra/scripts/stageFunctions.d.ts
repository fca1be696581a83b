export class StageError extends Error {}
export interface RuntimeManifest {
  name: string;
  version: string;
  private: true;
  description: string;
  main: string;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
}
export function runtimeManifest(root: string, sharedTarball: string): RuntimeManifest;
export function stageFunctions(options?: { root?: string; outFile?: string }): {
  zipPath: string;
  manifest: RuntimeManifest;
  files: string[];
};
export function main(argv?: string[]): number;
