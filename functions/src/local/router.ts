import type { RouteDef } from '../http/routes';

interface CompiledRoute {
  def: RouteDef;
  pattern: RegExp;
}

export type Match = { def: RouteDef; params: Record<string, string> } | { methodNotAllowed: true } | null;

/** Matches /api/… paths against the Azure Functions route templates, as the Functions host does. */
export function createRouter(routes: RouteDef[]) {
  const compiled: CompiledRoute[] = routes.map((def) => ({
    def,
    pattern: new RegExp(`^/api/${def.route.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}/?$`),
  }));
  return (method: string, path: string): Match => {
    let pathMatched = false;
    for (const { def, pattern } of compiled) {
      const m = pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (!def.methods.includes(method as never)) continue;
      const params = Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
      return { def, params };
    }
    return pathMatched ? { methodNotAllowed: true } : null;
  };
}
