import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HttpRequest, InvocationContext, type HttpHandler, type HttpResponseInit } from '@azure/functions';
import type { Services } from '../app/services';
import { routes } from '../http/routes';
import { createRouter } from './router';
import { readStatic } from './staticFiles';

const defaultTabDir = join(__dirname, '..', '..', '..', 'tabs', 'dist');

/**
 * The local host: a node:http server that hands /api/… requests to the same handlers Azure
 * Functions runs (no Core Tools needed), and serves the built tab (tabs/dist).
 */
export function createLocalHost(services: Services, tabDir: string = defaultTabDir): Server {
  const route = createRouter(routes);
  const handlers = new Map<string, HttpHandler>(routes.map((r) => [r.name, r.handler(services)]));
  const quietLog = () => undefined;

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    if (!url.pathname.startsWith('/api/')) {
      const file = req.method === 'GET' ? await readStatic(tabDir, url.pathname) : null;
      if (!file) return send(res, { status: 404, body: 'Hittades inte' });
      const cache = file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
      return send(res, { status: 200, body: file.body, headers: { 'content-type': file.contentType, 'cache-control': cache } });
    }
    const match = route(req.method ?? 'GET', url.pathname);
    if (!match) return send(res, { status: 404, jsonBody: { error: { code: 'NOT_FOUND', message: `Okänd adress ${url.pathname}` } } });
    if ('methodNotAllowed' in match) {
      return send(res, { status: 405, jsonBody: { error: { code: 'METHOD_NOT_ALLOWED', message: `${req.method} stöds inte för ${url.pathname}` } } });
    }
    const body = await readBody(req);
    const request = new HttpRequest({
      method: req.method,
      url: url.toString(),
      headers: headersOf(req),
      query: Object.fromEntries(url.searchParams),
      params: match.params,
      body: body.byteLength ? { bytes: body } : undefined,
    });
    const context = new InvocationContext({ functionName: match.def.name, logHandler: (level, ...args) => (level === 'error' ? console.error(...args) : quietLog()) });
    send(res, await handlers.get(match.def.name)!(request, context));
  });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, response: HttpResponseInit): void {
  const headers = new Headers(response.headers as ConstructorParameters<typeof Headers>[0]);
  let body: string | Uint8Array | undefined;
  if (response.jsonBody !== undefined) {
    body = JSON.stringify(response.jsonBody);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
  } else if (typeof response.body === 'string' || response.body instanceof Uint8Array) {
    body = response.body;
  }
  res.writeHead(response.status ?? 200, Object.fromEntries(headers));
  res.end(body);
}
