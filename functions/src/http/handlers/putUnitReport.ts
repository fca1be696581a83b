import type { HttpHandler } from '@azure/functions';
import { UnitReportView } from '@vp/shared';
import { saveUnitReport } from '../../app/reports/saveUnitReport';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, periodParam, readJson, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PUT /api/units/{unitId}/plans/{year}/reports/{period} with If-Match (none before the first save) */
export const putUnitReport = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const body = await readJson(req);
    const report = await saveUnitReport(services.store, caller, idParam(req, 'unitId'), yearParam(req), periodParam(req), req.headers.get('if-match'), body);
    return jsonOf(200, UnitReportView, report, { etag: report.eTag! });
  });
