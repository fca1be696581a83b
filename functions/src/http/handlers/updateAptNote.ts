import type { HttpHandler } from '@azure/functions';
import { StoredAptNote } from '@vp/shared';
import { updateNote } from '../../app/apt/notes';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PATCH /api/apt/notes/{noteId} { text?, responsible?, due?, closed? } with If-Match */
export const updateAptNote = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const noteId = idParam(req, 'noteId');
    const saved = await updateNote(services.store, caller, noteId, req.headers.get('if-match'), await readJson(req));
    return jsonOf(200, StoredAptNote, saved, { etag: saved.eTag });
  });
