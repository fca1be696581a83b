import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphCollection } from './graphTypes';

/** Reads every page of a collection, following @odata.nextLink until it is absent. */
export async function getAllPages<T>(client: Client, path: string): Promise<T[]> {
  const all: T[] = [];
  let next: string | undefined = path;
  while (next !== undefined) {
    const page = (await client.api(next).get()) as GraphCollection<T>;
    all.push(...page.value);
    next = page['@odata.nextLink'];
  }
  return all;
}
