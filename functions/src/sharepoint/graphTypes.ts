/** The parts of Graph's SharePoint payloads the adapter reads. */

export interface GraphCollection<T> {
  value: T[];
  '@odata.nextLink'?: string;
  /** On the last page of a delta function's answer: where to ask for later changes. */
  '@odata.deltaLink'?: string;
}

export interface GraphListItem {
  id: string;
  eTag?: string;
  fields?: Record<string, unknown> & { '@odata.etag'?: string };
  /** Set on items a delta answer reports as deleted; those carry only their id, no fields. */
  deleted?: { state?: string };
}

export interface GraphList {
  id: string;
  displayName: string;
}

export interface GraphColumn {
  id?: string;
  name: string;
  indexed?: boolean;
}

export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Ids of requests in the same $batch that must succeed first (else this one answers 424). */
  dependsOn?: string[];
}

export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
