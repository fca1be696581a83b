import type { HttpHandler } from '@azure/functions';
import { readUnitPlan } from '../../app/readPlan';
import { readUnitReport } from '../../app/reports/readUnitReport';
import type { Services } from '../../app/services';
import { unitReportDocx } from '../../export/unitReportDocx';
import { assertReader } from '../caller';
import { idParam, periodParam, yearParam } from '../requestParts';
import { docx, handle } from '../respond';

/** GET /api/units/{unitId}/plans/{year}/reports/{period}.docx: the unit's report as a Word document */
export const getUnitReportDocx = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const [unitId, year, period] = [idParam(req, 'unitId'), yearParam(req), periodParam(req)];
    const [tree, report] = await Promise.all([readUnitPlan(services.store, unitId, year, { inForce: true }), readUnitReport(services.store, unitId, year, period)]);
    return docx(await unitReportDocx(tree, report), `${period} ${year} ${tree.unit!.name}.docx`);
  });
