import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { PlanReader } from '../app/planVersion';
import type { PlanRef } from '../app/readPlan';

/**
 * Browsers may keep a plan but must ask again each time (with If-None-Match); private: it is read by
 * signed-in staff only.
 */
const revalidate = 'private, no-cache';

/** Weak: the same plan may leave gzip-compressed or not, and is the same plan either way. */
const entityTag = (version: string) => `W/"${version}"`;

/**
 * Whether an If-None-Match header names the tag (weak comparison, as RFC 9110 asks for GET): "*" or
 * a comma-separated list of tags, each with or without W/. A few lines, hence no library.
 */
export function noneMatchHits(header: string, tag: string): boolean {
  if (header.trim() === '*') return true;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => opaque(candidate) === opaque(tag));
}

/**
 * GET of a whole plan: 304 without a body when If-None-Match names the current version (found
 * without reading the plan where the store can), else 200 with the plan tree and its ETag.
 */
export async function planResponse(req: HttpRequest, reader: PlanReader, plan: PlanRef): Promise<HttpResponseInit> {
  const ifNoneMatch = req.headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    const tag = entityTag(await reader.version(plan));
    if (noneMatchHits(ifNoneMatch, tag)) return { status: 304, headers: { etag: tag, 'cache-control': revalidate } };
  }
  const { json, version } = await reader.read(plan);
  return { status: 200, body: json, headers: { 'content-type': 'application/json; charset=utf-8', etag: entityTag(version), 'cache-control': revalidate } };
}
