import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerFactory } from 'fastify';
import type { Services } from '../app/services';
import { maxBodyBytes } from '../http/requestParts';
import { routes, type RouteDef } from '../http/routes';
import { registerApiRoutes } from './apiRoutes';
import { compressResponses } from './compression';
import { isAllowedHost, isValidHost, type AllowedHosts } from './hostHeader';
import { answerClientError, errorBody, replyBadUrl, replyNotFound, replyWithError } from './httpErrors';
import { addSecurityHeaders } from './securityHeaders';
import { serveTab } from './staticFiles';

const defaultTabDir = join(__dirname, '..', '..', '..', 'tabs', 'dist');

export interface LocalAppOptions {
  tabDir?: string;
  /** The route table; routing tests pass one whose handlers only name themselves. */
  routeTable?: RouteDef[];
  serverFactory?: FastifyServerFactory;
  /** Host header names answered; others get 403 (see isAllowedHost). Any unless given. */
  allowedHosts?: AllowedHosts;
}

/**
 * The local host as a Fastify app: the route table's handlers (the ones Azure Functions runs) under
 * /api, the built tab at /. Bodies are read only on routes that take one, up to 256 kB while they
 * stream; bad URLs and hosts get 400; anything unexpected a logged 500 with the request id.
 */
export function buildLocalApp(services: Services, options: LocalAppOptions = {}): FastifyInstance {
  const allowedHosts = options.allowedHosts ?? 'any';
  const app = Fastify({
    logger: false,
    bodyLimit: maxBodyBytes,
    genReqId: () => randomUUID(),
    requestIdHeader: false, // ids are ours, never the client's
    exposeHeadRoutes: false, // the route table names HEAD itself, so Azure and this host agree
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    frameworkErrors: replyBadUrl,
    clientErrorHandler: answerClientError,
    ...(options.serverFactory ? { serverFactory: options.serverFactory } : {}),
  });
  // Handlers read bytes and parse JSON themselves (readJson), whatever the Content-Type says.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  addSecurityHeaders(app, services.signIn); // first, so that the refusals below carry them too
  // Hooks take a callback rather than being async: one promise less on every request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    const { host } = request.headers;
    if (isValidHost(host) && isAllowedHost(host, allowedHosts)) return done();
    reply.header('cache-control', 'no-store');
    if (!isValidHost(host)) return void reply.code(400).send(errorBody('BAD_REQUEST', 'Ogiltigt Host-huvud'));
    reply.code(403).send(errorBody('HOST_NOT_ALLOWED', `Värden tar inte emot begäranden till ${host} (lägg till namnet i ALLOWED_HOSTS om det är avsiktligt)`));
  });
  compressResponses(app);
  app.setErrorHandler(replyWithError);
  app.setNotFoundHandler(replyNotFound);
  // Routes go in after the plugins have loaded, so compression's onRoute hook sees them.
  void app.register(async (api) => registerApiRoutes(api, services, options.routeTable ?? routes));
  serveTab(app, options.tabDir ?? defaultTabDir);
  return app;
}

/**
 * The local host for npm start, tests and benchmarks: a node:http Server (listen, address, close
 * as usual) answered by the Fastify app; requests wait until its plugins are loaded.
 */
export function createLocalHost(services: Services, options: Pick<LocalAppOptions, 'tabDir' | 'allowedHosts'> = {}): Server {
  let route: (req: IncomingMessage, res: ServerResponse) => void = () => undefined;
  let loaded = false;
  const server = createServer((req, res) => {
    if (loaded) return route(req, res); // no promise per request once the app is up
    ready.then(
      () => route(req, res),
      () => res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(errorBody('INTERNAL', 'Den lokala värden kunde inte starta'))),
    );
  });
  const app = buildLocalApp(services, {
    ...options,
    serverFactory: (handler) => {
      route = handler;
      return server;
    },
  });
  const ready = Promise.resolve(app.ready()).then(() => {
    loaded = true;
  });
  ready.catch((error: unknown) => console.error('Den lokala värden kunde inte starta:', error));
  return server;
}
