import { HttpRequest, InvocationContext, type HttpHandler, type HttpResponseInit } from '@azure/functions';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, replyInternal } from './httpErrors';
import { logLine } from './logLine';

/**
 * Runs one of the handlers Azure Functions runs: the Fastify request becomes the @azure/functions
 * HttpRequest (params from the route table, body as read within the limit), and its
 * HttpResponseInit becomes the reply. The invocation id is the request id, so a logged error and
 * the 500 the caller sees name the same request.
 */
export async function runAzureHandler(name: string, handler: HttpHandler, request: FastifyRequest, reply: FastifyReply) {
  let azureRequest: HttpRequest;
  try {
    azureRequest = toAzureRequest(request);
  } catch {
    // undici's Request refuses what Node's parser let through (odd header values, a URL it cannot build)
    return reply.code(400).header('cache-control', 'no-store').send(errorBody('BAD_REQUEST', 'Begäran kunde inte tolkas'));
  }
  try {
    const context = new InvocationContext({
      invocationId: request.id,
      functionName: name,
      logHandler: (level, ...args) => {
        if (level === 'error') console.error(logLine('error', { requestId: request.id, function: name }, args));
        else if (level === 'warning') console.warn(logLine('warn', { requestId: request.id, function: name }, args));
      },
    });
    return await sendAzureResponse(reply, await handler(azureRequest, context));
  } catch (error) {
    return replyInternal(request, reply, error);
  }
}

function toAzureRequest(request: FastifyRequest): HttpRequest {
  const url = new URL(`http://${request.headers.host ?? 'localhost'}${pathAndQuery(request.url)}`);
  const body = request.body instanceof Buffer && request.body.byteLength > 0 ? { bytes: request.body } : undefined;
  return new HttpRequest({
    method: request.method,
    url: url.href,
    headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
    query: Object.fromEntries(url.searchParams),
    params: request.params as Record<string, string>,
    body,
  });
}

/**
 * The path and query of a request target: appended to the host the onRequest hook checked, so that
 * neither '//other/…' nor an absolute-form target ('http://other/…', which Fastify routes) names another host.
 */
function pathAndQuery(target: string): string {
  if (target.startsWith('/')) return target;
  const url = new URL(target);
  return `${url.pathname}${url.search}`;
}

async function sendAzureResponse(reply: FastifyReply, response: HttpResponseInit) {
  const headers = new Headers(response.headers as ConstructorParameters<typeof Headers>[0]);
  let body: string | Buffer | undefined;
  if (response.jsonBody !== undefined) {
    body = JSON.stringify(response.jsonBody);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
  } else if (typeof response.body === 'string') {
    body = response.body;
  } else if (response.body instanceof Uint8Array) {
    body = Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength);
  } else if (response.body != null) {
    body = Buffer.from(await new Response(response.body as ConstructorParameters<typeof Response>[0]).arrayBuffer());
  }
  reply.code(response.status ?? 200).headers(Object.fromEntries(headers));
  return reply.send(body);
}
