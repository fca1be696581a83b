import type { HttpHandler, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { isStoreError, type ErrorBody } from '@vp/shared';
import type { z } from 'zod';
import { AppError, AuthenticationError, type AppErrorCode } from '../app/errors';

const statusOf: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  PRECONDITION_REQUIRED: 428,
  // Neither the caller's fault nor our crash: what we read from storage is bad.
  STORED_DATA_INVALID: 502,
  UNAVAILABLE: 503,
};

export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponseInit {
  return { status, jsonBody: body, headers: { 'cache-control': 'no-store', ...headers } };
}

/**
 * A JSON response typed by its schema in @vp/shared, the one the tab parses it with: the compiler
 * checks the body against the schema's type (no parse here; what the app layer builds is typed).
 */
export function jsonOf<S extends z.ZodType>(status: number, _schema: S, body: z.output<S>, headers: Record<string, string> = {}): HttpResponseInit {
  return json(status, body, headers);
}

/** A written item: its JSON and its eTag header, the version the next write must name. */
export function stored(status: number, item: { eTag: string }): HttpResponseInit {
  return json(status, item, { etag: item.eTag });
}

/** Every error leaves as { error: { code, message, fields?, current? } }. */
export function errorResponse(error: unknown, context: InvocationContext): HttpResponseInit {
  const known = isStoreError(error)
    ? new AppError(error.code === 'PRECONDITION_FAILED' ? 'PRECONDITION_FAILED' : error.code, error.message)
    : error;
  if (known instanceof AppError) {
    const status = statusOf[known.code];
    // Someone other than the caller must act on a 5xx, so it goes to the log.
    if (status >= 500) context.error(known.message, ...(known.cause === undefined ? [] : [known.cause]));
    const body: ErrorBody = { error: { code: known.code, message: known.message, ...known.details } };
    return json(status, body, errorHeaders(known));
  }
  context.error('Oväntat fel', error);
  // The invocation id names the logged error (Azure's invocation, the local host's request id).
  const body: ErrorBody = { error: { code: 'INTERNAL', message: 'Ett oväntat fel inträffade. Försök igen om en stund.', requestId: context.invocationId } };
  return json(500, body);
}

/** How to sign in after a 401 (RFC 6750), and when to try again after a 503. */
function errorHeaders(error: AppError): Record<string, string> {
  if (error instanceof AuthenticationError && error.challenge) return { 'www-authenticate': error.challenge };
  if (error.code === 'UNAVAILABLE') return { 'retry-after': '30' };
  return {};
}

/** Wraps a handler so expected failures become JSON errors and unexpected ones are logged once. */
export function handle(fn: (req: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>): HttpHandler {
  return async (req, context) => {
    try {
      return await fn(req, context);
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}

export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A Word document as a download, with a file name that keeps Swedish letters (RFC 5987). */
export function docx(body: Uint8Array, fileName: string): HttpResponseInit {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/"/g, '');
  return {
    status: 200,
    body,
    headers: {
      'content-type': docxType,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  };
}
