import type { HttpHandler } from '@azure/functions';
import { UnitReportView } from '@vp/shared';
import { readUnitReport } from '../../app/reports/readUnitReport';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, periodParam, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units/{unitId}/plans/{year}/reports/{period} */
export const getUnitReport = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const report = await readUnitReport(services.store, idParam(req, 'unitId'), yearParam(req), periodParam(req));
    return jsonOf(200, UnitReportView, report, report.eTag ? { etag: report.eTag } : {});
  });
