import type { HttpHandler } from '@azure/functions';
import { AgendaProposal } from '@vp/shared';
import { readAgendaProposal } from '../../app/apt/agendaData';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, yearQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units/{unitId}/apt/agenda?year=: what the next APT's agenda would hold now */
export const getAgendaProposal = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, AgendaProposal, await readAgendaProposal(services.store, idParam(req, 'unitId'), yearQuery(req)));
  });
