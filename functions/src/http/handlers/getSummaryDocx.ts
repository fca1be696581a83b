import type { HttpHandler } from '@azure/functions';
import { findSummary } from '../../app/overview/summaries';
import type { Services } from '../../app/services';
import { summaryDocx } from '../../export/summaryDocx';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { docx, handle } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/summaries/{summaryId}.docx: a stored summary as a Word document */
export const getSummaryDocx = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const summary = await findSummary(services.store, idParam(req, 'forvaltningId'), idParam(req, 'summaryId'));
    const units = summary.overview.units.map((u) => ({ id: u.unitId, name: u.name }));
    const date = summary.createdAt.slice(0, 10);
    return docx(await summaryDocx(summary, units), `Tertialsammanställning ${summary.period} ${summary.year} ${date}.docx`);
  });
