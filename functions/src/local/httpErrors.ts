import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import type { ErrorBody } from '@vp/shared';
import { maxBodyBytes } from '../http/requestParts';
import { logLine } from './logLine';
import { securityHeaderLines, securityHeaders } from './securityHeaders';

/** The API's error shape, { error: { code, message, … } }, for failures the host itself answers. */
export function errorBody(code: string, message: string, extra: Omit<ErrorBody['error'], 'code' | 'message'> = {}): ErrorBody {
  return { error: { code, message, ...extra } };
}

/** Client errors the framework detects before any handler runs, with a message a user can read. */
const clientErrors: Record<number, { code: string; message: string }> = {
  400: { code: 'BAD_REQUEST', message: 'Begäran kunde inte tolkas' },
  403: { code: 'FORBIDDEN', message: 'Åtkomst nekad' },
  404: { code: 'NOT_FOUND', message: 'Hittades inte' },
  408: { code: 'REQUEST_TIMEOUT', message: 'Begäran tog för lång tid' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: `Begäran är för stor (högst ${maxBodyBytes / 1024} kB)` },
  414: { code: 'URI_TOO_LONG', message: 'Adressen är för lång' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Ogiltig innehållstyp (Content-Type)' },
  431: { code: 'HEADERS_TOO_LARGE', message: 'Begärans huvuden är för stora' },
};

function clientError(status: number) {
  return clientErrors[status] ?? { code: 'BAD_REQUEST', message: clientErrors[400]!.message };
}

/** Anything unexpected: one log line with the request id, and a 500 that names the id for support. */
export function replyInternal(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  console.error(logLine('error', { requestId: request.id }, [`Oväntat fel i ${request.method} ${request.url}`, error]));
  return reply
    .code(500)
    .header('cache-control', 'no-store')
    .send(errorBody('INTERNAL', 'Ett oväntat fel inträffade. Försök igen om en stund.', { requestId: request.id }));
}

/**
 * Fastify's error handler: the framework's own 4xx (body too large, bad Content-Type or length, a
 * client that went away, a forbidden static path) as JSON errors; everything else is unexpected.
 * A body over the limit also closes the connection, so the rest of it is never read.
 */
export function replyWithError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) return replyInternal(request, reply, error);
  if (status === 413) {
    request.raw.pause(); // read no more of it: the socket closes once the 413 is out
    reply.header('connection', 'close');
  }
  const { code, message } = clientError(status);
  return reply.code(status).header('cache-control', 'no-store').send(errorBody(code, message));
}

/** A URL the router cannot decode (%E0, a lone %) or with an over-long parameter. */
export function replyBadUrl(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode === 414 ? 414 : 400;
  const message = status === 414 ? clientErrors[414]!.message : 'Ogiltig adress: felaktig procentkodning';
  // Answered before any hook runs, so the security headers are set here.
  return reply.code(status).headers(securityHeaders).header('cache-control', 'no-store').send(errorBody(clientError(status).code, message));
}

export function replyNotFound(request: FastifyRequest, reply: FastifyReply) {
  if (!request.url.startsWith('/api/')) return reply.code(404).type('text/plain; charset=utf-8').send('Hittades inte');
  const path = request.url.split('?')[0];
  return reply.code(404).header('cache-control', 'no-store').send(errorBody('NOT_FOUND', `Okänd adress ${path}`));
}

/**
 * Requests Node's HTTP parser rejects before they are requests (broken framing, headers over 16 kB,
 * timeouts): answered on the socket in the API's JSON shape, then the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const { code, message } = clientError(status);
  const body = JSON.stringify(errorBody(code, message));
  socket.end(
    `HTTP/1.1 ${status} ${code}\r\ncontent-type: application/json; charset=utf-8\r\n${securityHeaderLines}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
