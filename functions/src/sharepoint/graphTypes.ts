/** The parts of Graph's SharePoint payloads the adapter reads. */

export interface GraphCollection<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export interface GraphListItem {
  id: string;
  eTag?: string;
  fields?: Record<string, unknown> & { '@odata.etag'?: string };
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
}

export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
