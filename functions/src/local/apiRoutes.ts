import type { FastifyInstance, HTTPMethods } from 'fastify';
import type { Services } from '../app/services';
import type { RouteDef } from '../http/routes';
import { runAzureHandler } from './azureBridge';
import { errorBody } from './httpErrors';

const everyMethod: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** An Azure Functions route template (units/{unitId}) as a Fastify path (/api/units/:unitId). */
export function fastifyPath(template: string): string {
  return `/api/${template.replace(/\{(\w+)\}/g, ':$1')}`;
}

/**
 * The route table on the local host. Fastify's router (find-my-way) ranks a literal segment above a
 * parameter, as the Functions host does (…/reports/{period} over …/{collection}/{itemId}). On every
 * path OPTIONS answers with Allow, and the methods the table does not name get 405 with Allow.
 */
export function registerApiRoutes(app: FastifyInstance, services: Services, table: RouteDef[]): void {
  const byPath = new Map<string, RouteDef[]>();
  for (const def of table) byPath.set(def.route, [...(byPath.get(def.route) ?? []), def]);

  for (const [template, defs] of byPath) {
    const url = fastifyPath(template);
    const named = defs.flatMap((d) => d.methods);
    const allow = [...everyMethod.filter((m) => named.includes(m as never) || m === 'OPTIONS')].join(', ');
    for (const def of defs) {
      const handler = def.handler(services);
      app.route({ method: def.methods, url, handler: (request, reply) => runAzureHandler(def.name, handler, request, reply) });
    }
    app.route({ method: 'OPTIONS', url, handler: (_request, reply) => reply.code(204).header('allow', allow).send() });
    const others = everyMethod.filter((m) => !allow.split(', ').includes(m));
    if (others.length === 0) continue;
    app.route({
      method: others,
      url,
      handler: (request, reply) =>
        reply
          .code(405)
          .header('allow', allow)
          .header('cache-control', 'no-store')
          .send(errorBody('METHOD_NOT_ALLOWED', `${request.method} stöds inte för ${request.url.split('?')[0]}`)),
    });
  }
}
