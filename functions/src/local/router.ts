import type { RouteDef } from '../http/routes';

interface CompiledRoute {
  def: RouteDef;
  pattern: RegExp;
}

export type Match = { def: RouteDef; params: Record<string, string> } | { methodNotAllowed: true } | null;

/**
 * Matches /api/… paths against the Azure Functions route templates, as the Functions host does:
 * where two templates match, the one with a literal segment earlier wins (…/reports/{period} over
 * …/{collection}/{itemId}).
 */
export function createRouter(routes: RouteDef[]) {
  const compiled: CompiledRoute[] = [...routes].sort(byPrecedence).map((def) => ({
    def,
    pattern: new RegExp(`^/api/${def.route.replace(/[.+*?^$()[\]|\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+?)')}/?$`),
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

function byPrecedence(a: RouteDef, b: RouteDef): number {
  const rank = (segment: string | undefined) => (segment === undefined ? 2 : segment.startsWith('{') && segment.endsWith('}') ? 1 : 0);
  const as = a.route.split('/');
  const bs = b.route.split('/');
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const difference = rank(as[i]) - rank(bs[i]);
    if (difference !== 0) return difference;
  }
  return 0;
}
