import type { HttpHandler } from '@azure/functions';
import { skaScopeLabels } from '@vp/shared';
import { findForvaltning } from '../../app/organisation';
import type { Services } from '../../app/services';
import { readSkaPlan } from '../../app/ska/plan';
import { skaDocx } from '../../export/skaDocx';
import { assertReader } from '../caller';
import { skaParams } from '../requestParts';
import { docx, handle } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/ska/{scope}/{year}.docx: the plan for systematic quality work as a Word document */
export const getSkaDocx = (services: Services): HttpHandler =>
  handle(async (req) => {
    const { forvaltningId, scope, year } = skaParams(req);
    await assertReader(services, req);
    const forvaltning = await findForvaltning(services.store, forvaltningId);
    const [plan, units] = await Promise.all([readSkaPlan(services.store, forvaltningId, scope, year), services.store.list('unit', { forvaltningId })]);
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    // No "/" of the läsår in a file name.
    return docx(await skaDocx(plan, forvaltning.name, unitNames), `Systematiskt kvalitetsarbete ${year}-${year + 1} ${skaScopeLabels[scope]}, ${forvaltning.name}.docx`);
  });
