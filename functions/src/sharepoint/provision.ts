import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphColumn, GraphList } from './graphTypes';
import { columnDefinition, listSpecs, type ListSpec } from './listSchema';
import { withQuery } from './odata';
import { getAllPages } from './paging';

export interface ProvisionResult {
  createdLists: string[];
  /** "List/Column" for columns added to lists that already existed. */
  createdColumns: string[];
  /** "List/Column" for existing columns that were switched to indexed. */
  indexedColumns: string[];
}

/**
 * Creates the store's lists and columns in a site where they are missing; a second run changes nothing.
 * New lists are created with their columns in one request; existing lists get missing columns added
 * and required indexes switched on.
 */
export async function provision(client: Client, siteId: string, listPrefix: string): Promise<ProvisionResult> {
  const site = `/sites/${encodeURIComponent(siteId)}`;
  const existing = await getAllPages<GraphList>(client, withQuery(`${site}/lists`, { $select: 'id,displayName' }));
  const result: ProvisionResult = { createdLists: [], createdColumns: [], indexedColumns: [] };
  for (const spec of listSpecs(listPrefix)) {
    const list = existing.find((l) => l.displayName === spec.displayName);
    if (list === undefined) {
      await createList(client, site, spec);
      result.createdLists.push(spec.displayName);
    } else {
      await completeColumns(client, `${site}/lists/${list.id}/columns`, spec, result);
    }
  }
  return result;
}

async function createList(client: Client, site: string, spec: ListSpec): Promise<void> {
  await client.api(`${site}/lists`).post({
    displayName: spec.displayName,
    columns: spec.columns.map(columnDefinition),
    list: { template: 'genericList' },
  });
}

async function completeColumns(client: Client, columnsPath: string, spec: ListSpec, result: ProvisionResult): Promise<void> {
  const columns = await getAllPages<GraphColumn>(client, columnsPath);
  for (const column of spec.columns) {
    const current = columns.find((c) => c.name === column.name);
    if (current === undefined) {
      await client.api(columnsPath).post(columnDefinition(column));
      result.createdColumns.push(`${spec.displayName}/${column.name}`);
    } else if (column.indexed && current.indexed !== true && current.id !== undefined) {
      await client.api(`${columnsPath}/${current.id}`).patch({ indexed: true });
      result.indexedColumns.push(`${spec.displayName}/${column.name}`);
    }
  }
}
