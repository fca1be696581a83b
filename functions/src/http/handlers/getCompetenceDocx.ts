import type { HttpHandler } from '@azure/functions';
import { readCompetenceFollowUps } from '../../app/competence/followUp';
import type { Services } from '../../app/services';
import { competenceDocx } from '../../export/competenceDocx';
import { assertReader } from '../caller';
import { idParam, yearParam } from '../requestParts';
import { docx, handle } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/competence/{year}.docx: the competence-supply plan as a Word document, with each period's follow-up */
export const getCompetenceDocx = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const [forvaltningId, year] = [idParam(req, 'forvaltningId'), yearParam(req)];
    const { forvaltning, rows, followUps } = await readCompetenceFollowUps(services.store, forvaltningId, year);
    return docx(await competenceDocx(rows, year, forvaltning.name, followUps), `Kompetensförsörjningsplan ${year} ${forvaltning.name}.docx`);
  });
