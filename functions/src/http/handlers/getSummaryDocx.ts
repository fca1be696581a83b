import type { HttpHandler } from '@azure/functions';
import { listGoalAnalyses } from '../../app/overview/goalAnalyses';
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
    // The förvaltning's analyses as written now: they are its words on the period, not part of the dated figures.
    const analyses = await listGoalAnalyses(services.store, summary.forvaltningId, summary.year, summary.period);
    return docx(await summaryDocx(summary, units, new Map(analyses.map((a) => [a.goalId, a.analysis]))), `Tertialsammanställning ${summary.period} ${summary.year} ${date}.docx`);
  });
