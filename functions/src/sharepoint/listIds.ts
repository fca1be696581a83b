import type { Client } from '@microsoft/microsoft-graph-client';
import type { Kind } from '@vp/shared';
import type { GraphList } from './graphTypes';
import { listDisplayName } from './listSchema';
import { withQuery } from './odata';
import { getAllPages } from './paging';

/** Resolves list ids from display names with one read of the site's lists, cached for the store's life. */
export class ListIds {
  private byName: Promise<Map<string, string>> | undefined;

  constructor(
    private readonly client: Client,
    private readonly siteId: string,
    private readonly prefix: string,
  ) {}

  /** The list id for a kind (or the audit list); fails clearly when provisioning has not run. */
  async of(key: Kind | 'audit'): Promise<string> {
    const name = listDisplayName(this.prefix, key);
    const id = (await this.load()).get(name);
    if (id === undefined) {
      this.byName = undefined; // look again next time: provisioning may run meanwhile
      throw new Error(`SharePoint list '${name}' does not exist in site ${this.siteId}; run the provisioning (npm run provision)`);
    }
    return id;
  }

  /** The path of a list's collection, e.g. sites/{site}/lists/{list}/items. */
  async path(key: Kind | 'audit', rest = ''): Promise<string> {
    return `/sites/${encodeURIComponent(this.siteId)}/lists/${await this.of(key)}${rest}`;
  }

  private load(): Promise<Map<string, string>> {
    this.byName ??= getAllPages<GraphList>(
      this.client,
      withQuery(`/sites/${encodeURIComponent(this.siteId)}/lists`, { $select: 'id,displayName' }),
    ).then(
      (lists) => new Map(lists.map((l) => [l.displayName, l.id])),
      (error: unknown) => {
        this.byName = undefined;
        throw error;
      },
    );
    return this.byName;
  }
}
