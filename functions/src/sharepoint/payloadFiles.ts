import { GraphError, ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { Kind } from '@vp/shared';
import { randomUUID } from 'node:crypto';
import type { GraphListItem } from './graphTypes';
import type { ListIds } from './listIds';
import { PAYLOAD } from './listSchema';
import { withQuery } from './odata';

/**
 * Item JSON too long for the Payload column, kept as a file in the site's default document library.
 *
 * A multi-line text column holds at most 63,999 characters, and a tertial summary (a whole förvaltning's
 * overview) or the audit entry of a large item's change is longer. Such JSON goes to
 * `{prefix}-payloads/{kind or audit}/{ItemId}.{uuid}.json` by Graph's simple upload (one PUT), and Payload
 * holds a reference `{"$file":"<driveItem id>","size":<UTF-8 bytes>}`. A new version is always a new
 * file: the list item stays the concurrency gate (If-Match), and a file is deleted only once no list
 * item refers to it any more (see SharePointStore).
 *
 * Reads resolve references transparently: one `GET /sites/{site}/drive/items/{id}/content` per item that
 * has one (Graph answers with a 302 to a pre-authenticated download URL on the SharePoint host, which
 * the client follows without the token: two HTTP requests, one of them to Graph), at most
 * READ_CONCURRENCY at once per store. Items without a reference cost nothing more. Not through $batch:
 * $batch answers /content with the 302 itself instead of following it.
 */

/** Longest JSON kept in Payload itself (SharePoint's multi-line text holds 63,999 characters). */
export const INLINE_PAYLOAD_LIMIT = 60_000;
/**
 * Largest payload file written: Graph's simple upload (one PUT) is documented for files "less than
 * 4 MB" in the OneDrive reference (the Graph reference now says 250 MB); larger would need an upload session.
 */
export const MAX_PAYLOAD_FILE_BYTES = 4 * 1024 * 1024;
const READ_CONCURRENCY = 4;
/** Reads of one item's file; each retry follows a concurrent change that replaced the file. */
const READ_ATTEMPTS = 3;

/** What Payload holds for JSON kept in a file. */
export interface FileRef {
  $file: string;
  /** The file's length in UTF-8 bytes, checked on read. */
  size: number;
}

/** The file reference a Payload value holds, or undefined for inline JSON (an item's JSON never has a `$file` key). */
export function fileRefOf(payload: unknown): FileRef | undefined {
  if (typeof payload !== 'string' || !payload.startsWith('{"$file":')) return undefined;
  const parsed = JSON.parse(payload) as Partial<FileRef>;
  if (typeof parsed.$file !== 'string' || typeof parsed.size !== 'number') throw new Error(`Malformed file reference in ${PAYLOAD}: ${payload.slice(0, 200)}`);
  return { $file: parsed.$file, size: parsed.size };
}

/** The Payload value to write, and the file it refers to (undefined for inline JSON). */
export interface StoredPayload {
  payload: string;
  file: FileRef | undefined;
}

export class PayloadFiles {
  private readonly drive: string;
  private readonly gate = new Gate(READ_CONCURRENCY);

  constructor(
    private readonly client: Client,
    siteId: string,
    private readonly prefix: string,
    private readonly lists: ListIds,
  ) {
    this.drive = `/sites/${encodeURIComponent(siteId)}/drive`;
  }

  /** Throws a clear Error when JSON is too large to store (checked before anything is written). */
  assertStorable(json: string, what: string): void {
    if (json.length <= INLINE_PAYLOAD_LIMIT) return;
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > MAX_PAYLOAD_FILE_BYTES)
      throw new Error(`${what} is ${bytes} bytes as JSON; the SharePoint store keeps at most ${MAX_PAYLOAD_FILE_BYTES} bytes per item (Graph's simple upload)`);
  }

  /** The Payload for an item's JSON: the JSON itself, or a reference to a file uploaded now (one PUT). */
  async store(key: Kind | 'audit', itemId: string, json: string): Promise<StoredPayload> {
    if (json.length <= INLINE_PAYLOAD_LIMIT) return { payload: json, file: undefined };
    this.assertStorable(json, `${key} ${itemId}`);
    const path = [`${this.prefix}-payloads`, key, `${itemId}.${randomUUID()}.json`].map(encodeURIComponent).join('/');
    const uploaded = (await this.client.api(`${this.drive}/root:/${path}:/content`).header('Content-Type', 'text/plain').put(json)) as { id?: unknown };
    if (typeof uploaded.id !== 'string') throw new Error(`Graph answered the upload of ${path} without a driveItem id`);
    const file: FileRef = { $file: uploaded.id, size: Buffer.byteLength(json, 'utf8') };
    return { payload: JSON.stringify(file), file };
  }

  /**
   * Deletes a file no list item refers to (any more). A failure is swallowed: the write it follows has
   * succeeded or failed already, and a leftover file is only unused space (it goes to the recycle bin).
   */
  async discard(file: FileRef | undefined): Promise<void> {
    if (file === undefined) return;
    await this.client
      .api(`${this.drive}/items/${encodeURIComponent(file.$file)}`)
      .delete()
      .catch(() => undefined);
  }

  /**
   * The list items with each file reference in Payload replaced by the file's JSON (see the class
   * comment for the cost). `columns` are the fields the items were read with: an item whose file has
   * gone since (a concurrent update replaced it, or a delete removed it) is read again with them, and
   * left out when it no longer exists.
   */
  async resolve(key: Kind | 'audit', items: GraphListItem[], columns: readonly string[]): Promise<GraphListItem[]> {
    if (!items.some((li) => fileRefOf(li.fields?.[PAYLOAD]) !== undefined)) return items;
    const resolved = await Promise.all(items.map((li) => this.resolveOne(key, li, columns)));
    return resolved.filter((li): li is GraphListItem => li !== undefined);
  }

  private async resolveOne(key: Kind | 'audit', listItem: GraphListItem, columns: readonly string[]): Promise<GraphListItem | undefined> {
    let current = listItem;
    for (let attempt = 1; ; attempt++) {
      const file = fileRefOf(current.fields?.[PAYLOAD]);
      if (file === undefined) return current;
      try {
        return { ...current, fields: { ...current.fields, [PAYLOAD]: await this.read(file) } };
      } catch (error) {
        if (!isNotFound(error) || attempt >= READ_ATTEMPTS) throw error;
      }
      const again = await this.reread(key, current.id, columns);
      if (again === undefined) return undefined;
      current = again;
    }
  }

  /** A file's JSON: GET …/content, whose 302 the client follows (ResponseType.TEXT, whatever Content-Type the download has). */
  private async read(file: FileRef): Promise<string> {
    const text = (await this.gate.run(() =>
      this.client.api(`${this.drive}/items/${encodeURIComponent(file.$file)}/content`).responseType(ResponseType.TEXT).get(),
    )) as unknown;
    if (typeof text !== 'string' || Buffer.byteLength(text, 'utf8') !== file.size)
      throw new Error(`Payload file ${file.$file} is not the ${file.size} bytes its reference names`);
    return text;
  }

  private async reread(key: Kind | 'audit', listItemId: string, columns: readonly string[]): Promise<GraphListItem | undefined> {
    const path = withQuery(await this.lists.path(key, `/items/${listItemId}`), { expand: `fields(select=${columns.join(',')})` });
    try {
      return (await this.client.api(path).get()) as GraphListItem;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof GraphError && error.statusCode === 404;
}

/** At most `limit` tasks at once; a finished task hands its place to the next waiting one. */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next !== undefined) next();
      else this.active -= 1;
    }
  }
}
