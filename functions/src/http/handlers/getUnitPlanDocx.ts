import type { HttpHandler } from '@azure/functions';
import { readUnitPlan } from '../../app/readPlan';
import type { Services } from '../../app/services';
import { planDocx, planTitle } from '../../export/planDocx';
import { assertReader } from '../caller';
import { idParam, yearParam } from '../requestParts';
import { docx, handle } from '../respond';

/** GET /api/units/{unitId}/plans/{year}.docx: the unit's whole plan as a Word document */
export const getUnitPlanDocx = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const tree = await readUnitPlan(services.store, idParam(req, 'unitId'), yearParam(req));
    return docx(await planDocx(tree), `${planTitle(tree)} ${tree.unit!.name}.docx`);
  });
