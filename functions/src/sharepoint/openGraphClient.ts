import type { Client } from '@microsoft/microsoft-graph-client';
import type { SharePointSettings } from '../config';
import { createGraphClient } from './graphClient';
import { graphCredential } from './graphCredential';

/** The one place the app's Graph client is made from configuration (the store, provisioning, seeding). */
export function openGraphClient(graph: SharePointSettings['graph']): Client {
  return createGraphClient({ baseUrl: graph.baseUrl, credential: graphCredential(graph.credential, graph.authorityHost) });
}
