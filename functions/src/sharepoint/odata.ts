/** OData literals and query strings for Graph list requests (the SDK passes query text through unencoded). */

export type Literal = string | number;

/** An OData literal: strings single-quoted with quotes doubled, numbers as they are. */
export function literal(value: Literal): string {
  return typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
}

/** `fields/A eq 'x' and fields/B eq 2` for column equality conditions, or undefined when there are none. */
export function fieldsEqualFilter(conditions: ReadonlyArray<readonly [column: string, value: Literal]>): string | undefined {
  if (conditions.length === 0) return undefined;
  return conditions.map(([column, value]) => `fields/${column} eq ${literal(value)}`).join(' and ');
}

/** A path with a query string whose values are percent-encoded (undefined values are left out). */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/**
 * Turns an absolute Graph URL (a nextLink) into the version-relative form $batch requests use:
 * https://graph.microsoft.us/v1.0/sites/x/lists/y/items?$skiptoken=… → /sites/x/lists/y/items?$skiptoken=…
 */
export function versionRelative(url: string): string {
  const match = /^https?:\/\/[^/]+\/[^/?]+(\/.*)$/i.exec(url);
  if (match === null) throw new Error(`Not an absolute Graph URL: ${url}`);
  return match[1]!;
}
