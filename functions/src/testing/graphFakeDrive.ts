import { randomBytes, randomUUID } from 'node:crypto';
import { fakeError, type FakeDrive, type FakeDriveItem, type FakeRequest, type FakeResponse, type FakeSite } from './graphFakeModel';

/**
 * The fake's share of a site's default document library (`/sites/{site}/drive`), as far as the adapter
 * uses it, after the driveItem reference:
 *
 * - `PUT …/drive/root:/{path}:/content`, `PUT …/drive/items/{parent-id}:/{name}:/content` (simple upload;
 *   missing folders on the path are made) and `PUT …/drive/items/{id}/content` (replace): 201 with the
 *   new driveItem, 200 when an existing file was replaced;
 * - `GET …/content`: 302 Found to a pre-authenticated download URL on the SharePoint host (the same URL
 *   as the driveItem's `@microsoft.graph.downloadUrl`), which answers the bytes without a token. Inside
 *   a $batch the 302 is answered as it is (Location header, no body): $batch does not follow redirects;
 * - `GET …/items/{id}` (the driveItem) and `DELETE …/items/{id}` (204; If-Match with the eTag or cTag).
 *
 * eTags and cTags are `"{GUID},n"` and `"c:{GUID},n"` with n growing on every content change.
 */

const DOWNLOAD_PATH = '/_layouts/15/download.aspx';
/** Matches the download URLs this fake hands out, on whatever SharePoint host (msw matches without the query). */
export const DOWNLOAD_URL_PATTERN = /^https:\/\/[^/]+\/_layouts\/15\/download\.aspx$/;

export function newDrive(): FakeDrive {
  return { id: `b!${randomBytes(48).toString('base64url')}`, items: new Map() };
}

/** A driveItem id in SharePoint's shape: "01" and 32 base32 characters. */
function newDriveItemId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return `01${[...randomBytes(32)].map((b) => alphabet[b % 32]).join('')}`;
}

const tag = (item: FakeDriveItem) => `{${item.guid.toUpperCase()}},${item.version}`;
const eTagOf = (item: FakeDriveItem) => `"${tag(item)}"`;
const cTagOf = (item: FakeDriveItem) => `"c:${tag(item)}"`;

interface DownloadToken {
  site: string;
  id: string;
}

/** The pre-authenticated download URL of a file (what the 302 points to). */
function downloadUrl(site: FakeSite, item: FakeDriveItem): string {
  const host = site.id.split(',')[0]!;
  const token: DownloadToken = { site: site.id, id: item.id };
  return `https://${host}${DOWNLOAD_PATH}?UniqueId=${item.guid}&tempauth=${Buffer.from(JSON.stringify(token)).toString('base64url')}`;
}

/** Answers a GET of a download URL; `sites` are the fake's sites by id. */
export function download(sites: Map<string, FakeSite>, url: URL): FakeResponse {
  let token: DownloadToken | undefined;
  try {
    token = JSON.parse(Buffer.from(url.searchParams.get('tempauth') ?? '', 'base64url').toString()) as DownloadToken;
  } catch {
    token = undefined;
  }
  const item = token === undefined ? undefined : sites.get(token.site)?.drive.items.get(token.id);
  if (item === undefined || item.folder) return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'File Not Found.' };
  return { status: 200, headers: { 'Content-Type': 'application/octet-stream', ETag: eTagOf(item) }, body: item.content };
}

/** Files (not folders) of a drive with their paths from the root, e.g. "VP-payloads/summary/x.json". */
export function driveFiles(drive: FakeDrive): { path: string; item: FakeDriveItem }[] {
  return [...drive.items.values()].filter((i) => !i.folder).map((item) => ({ path: pathOf(drive, item), item }));
}

function pathOf(drive: FakeDrive, item: FakeDriveItem): string {
  const names: string[] = [item.name];
  for (let parent = drive.items.get(item.parentId); parent !== undefined; parent = drive.items.get(parent.parentId)) names.unshift(parent.name);
  return names.join('/');
}

interface Address {
  /** 'root' or a driveItem id. */
  base: string;
  /** A path below the base (`root:/a/b.json:`), split into names. */
  path: string[];
  content: boolean;
}

/** Parses what follows `/sites/{site}/drive`. */
function parseAddress(rest: string): Address | undefined {
  const m = /^\/(root|items\/[^/:]+)(.*)$/.exec(rest);
  if (m === null) return undefined;
  const base = m[1] === 'root' ? 'root' : m[1]!.slice('items/'.length);
  const tail = m[2]!;
  if (tail === '') return { base, path: [], content: false };
  if (tail === '/content') return { base, path: [], content: true };
  if (!tail.startsWith(':/')) return undefined;
  let inner = tail.slice(2);
  let content = false;
  if (inner.endsWith(':/content')) {
    inner = inner.slice(0, -':/content'.length);
    content = true;
  } else if (inner.endsWith(':')) inner = inner.slice(0, -1);
  const path = inner.split('/').filter((s) => s !== '');
  return path.length === 0 ? undefined : { base, path, content };
}

/** Handles a request below `/sites/{site}/drive`. */
export function driveResponse(site: FakeSite, rest: string, req: FakeRequest): FakeResponse {
  const address = parseAddress(rest);
  if (address === undefined) return fakeError(400, 'BadRequest', `Resource not found for the segment '${rest}'.`);
  const drive = site.drive;
  if (address.base !== 'root' && !drive.items.has(address.base)) return fakeError(404, 'itemNotFound', 'The resource could not be found.');
  if (req.method === 'PUT' && address.content) return upload(drive, address, req.text);
  const item = find(drive, address);
  if (item === undefined) return fakeError(404, 'itemNotFound', 'The resource could not be found.');
  if (item === 'root') return req.method === 'GET' && !address.content ? { status: 200, body: { id: 'root', name: 'root', root: {}, folder: {} } } : notAllowed();
  if (address.content) {
    if (req.method !== 'GET') return notAllowed();
    if (item.folder) return fakeError(400, 'invalidRequest', 'Only files have content to download.');
    return { status: 302, headers: { Location: downloadUrl(site, item) } };
  }
  if (req.method === 'GET') return { status: 200, body: { ...itemJson(drive, item), ...(item.folder ? {} : { '@microsoft.graph.downloadUrl': downloadUrl(site, item) }) } };
  if (req.method === 'DELETE') {
    const ifMatch = req.headers.get('If-Match');
    if (ifMatch !== null && ifMatch !== '*' && ifMatch !== eTagOf(item) && ifMatch !== cTagOf(item))
      return fakeError(412, 'preconditionFailed', 'ETag does not match current item\'s value');
    remove(drive, item);
    return { status: 204 };
  }
  return notAllowed();
}

function find(drive: FakeDrive, address: Address): FakeDriveItem | 'root' | undefined {
  let current: FakeDriveItem | 'root' | undefined = address.base === 'root' ? 'root' : drive.items.get(address.base);
  for (const name of address.path) {
    if (current === undefined) return undefined;
    current = childNamed(drive, current === 'root' ? 'root' : current.id, name);
  }
  return current;
}

function childNamed(drive: FakeDrive, parentId: string, name: string): FakeDriveItem | undefined {
  return [...drive.items.values()].find((i) => i.parentId === parentId && i.name.toLowerCase() === name.toLowerCase());
}

function upload(drive: FakeDrive, address: Address, content: string): FakeResponse {
  const now = new Date().toISOString();
  if (address.path.length === 0) {
    const existing = drive.items.get(address.base);
    if (existing === undefined || existing.folder) return fakeError(400, 'invalidRequest', 'Cannot upload content to a folder.');
    Object.assign(existing, { content, version: existing.version + 1, modified: now });
    return { status: 200, body: itemJson(drive, existing) };
  }
  let parentId = address.base;
  for (const name of address.path.slice(0, -1)) {
    const folder = childNamed(drive, parentId, name) ?? add(drive, { name, parentId, folder: true, content: '' });
    if (!folder.folder) return fakeError(409, 'nameAlreadyExists', `'${name}' is a file, not a folder.`);
    parentId = folder.id;
  }
  const name = address.path[address.path.length - 1]!;
  const existing = childNamed(drive, parentId, name);
  if (existing?.folder === true) return fakeError(409, 'nameAlreadyExists', 'A folder with that name already exists.');
  if (existing !== undefined) {
    Object.assign(existing, { content, version: existing.version + 1, modified: now });
    return { status: 200, body: itemJson(drive, existing) };
  }
  return { status: 201, body: itemJson(drive, add(drive, { name, parentId, folder: false, content })) };
}

function add(drive: FakeDrive, fields: Pick<FakeDriveItem, 'name' | 'parentId' | 'folder' | 'content'>): FakeDriveItem {
  const now = new Date().toISOString();
  const item: FakeDriveItem = { id: newDriveItemId(), guid: randomUUID(), version: 1, created: now, modified: now, ...fields };
  drive.items.set(item.id, item);
  return item;
}

function remove(drive: FakeDrive, item: FakeDriveItem): void {
  drive.items.delete(item.id);
  for (const child of [...drive.items.values()]) if (child.parentId === item.id) remove(drive, child);
}

function itemJson(drive: FakeDrive, item: FakeDriveItem): Record<string, unknown> {
  const parentPath = pathOf(drive, item).split('/').slice(0, -1).join('/');
  return {
    id: item.id,
    name: item.name,
    eTag: eTagOf(item),
    cTag: cTagOf(item),
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    size: item.folder ? 0 : Buffer.byteLength(item.content, 'utf8'),
    parentReference: { driveType: 'documentLibrary', driveId: drive.id, id: item.parentId, path: `/drive/root:${parentPath === '' ? '' : `/${parentPath}`}` },
    ...(item.folder ? { folder: { childCount: [...drive.items.values()].filter((i) => i.parentId === item.id).length } } : { file: { mimeType: 'application/json' } }),
  };
}

function notAllowed(): FakeResponse {
  return fakeError(405, 'BadRequest', 'The HTTP method is not allowed for this resource.');
}
