import type { HttpHandler } from '@azure/functions';
import { ReportStatusChange, UnitReportView } from '@vp/shared';
import { setReportStatus } from '../../app/reports/saveUnitReport';
import type { Services } from '../../app/services';
import { validate } from '../../app/validate';
import { writer } from '../caller';
import { idParam, periodParam, readJson, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/units/{unitId}/plans/{year}/reports/{period}/status { status: "ready" | "draft" } with If-Match */
export const setUnitReportStatus = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const [unitId, year, period] = [idParam(req, 'unitId'), yearParam(req), periodParam(req)];
    const { status } = validate(ReportStatusChange, await readJson(req));
    const report = await setReportStatus(services.store, caller, unitId, year, period, req.headers.get('if-match'), status);
    return jsonOf(200, UnitReportView, report, { etag: report.eTag! });
  });
