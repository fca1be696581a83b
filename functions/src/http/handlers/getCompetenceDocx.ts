import type { HttpHandler } from '@azure/functions';
import { listCompetenceRows } from '../../app/competence/rows';
import { findForvaltning } from '../../app/organisation';
import type { Services } from '../../app/services';
import { competenceDocx } from '../../export/competenceDocx';
import { assertReader } from '../caller';
import { idParam, yearParam } from '../requestParts';
import { docx, handle } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/competence/{year}.docx: the competence-supply plan as a Word document */
export const getCompetenceDocx = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const [forvaltningId, year] = [idParam(req, 'forvaltningId'), yearParam(req)];
    const forvaltning = await findForvaltning(services.store, forvaltningId);
    const rows = await listCompetenceRows(services.store, forvaltningId, year);
    return docx(await competenceDocx(rows, year, forvaltning.name), `Kompetensförsörjningsplan ${year} ${forvaltning.name}.docx`);
  });
