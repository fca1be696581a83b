/** The jose module's exports, for its types. */
export type Jose = typeof import('jose', { with: { 'resolution-mode': 'import' } });

let loaded: Promise<Jose> | undefined;

/**
 * jose is published as an ES module only and the Functions compile to CommonJS: it is loaded once
 * with import(), which Node runs for CommonJS too, on first use.
 */
export function loadJose(): Promise<Jose> {
  return (loaded ??= import('jose'));
}
