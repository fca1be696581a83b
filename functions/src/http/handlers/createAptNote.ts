import type { HttpHandler } from '@azure/functions';
import { StoredAptNote } from '@vp/shared';
import { createNote } from '../../app/apt/notes';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/apt/{meetingId}/notes { agendaItemId, type, text, responsible?, due? }: a note or decision while the meeting runs */
export const createAptNote = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const meetingId = idParam(req, 'meetingId');
    const created = await createNote(services.store, caller, meetingId, await readJson(req));
    return jsonOf(201, StoredAptNote, created, { etag: created.eTag });
  });
