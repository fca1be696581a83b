import type { HttpHandler, HttpMethod } from '@azure/functions';
import type { Services } from '../app/services';
import { createAptMeeting } from './handlers/createAptMeeting';
import { createAptNote } from './handlers/createAptNote';
import { createCompetenceRow } from './handlers/createCompetenceRow';
import { createGoalFlag } from './handlers/createGoalFlag';
import { deleteCompetenceRow } from './handlers/deleteCompetenceRow';
import { getCompetenceDocx } from './handlers/getCompetenceDocx';
import { getCompetenceFollowUp } from './handlers/getCompetenceFollowUp';
import { listCompetenceRows } from './handlers/listCompetenceRows';
import { listUnitCompetenceRows } from './handlers/listUnitCompetenceRows';
import { patchCompetenceFollowUp } from './handlers/patchCompetenceFollowUp';
import { updateCompetenceRow } from './handlers/updateCompetenceRow';
import { createSkaArea } from './handlers/createSkaArea';
import { deleteSkaArea } from './handlers/deleteSkaArea';
import { getSkaDocx } from './handlers/getSkaDocx';
import { getSkaPlan } from './handlers/getSkaPlan';
import { getUnitSka } from './handlers/getUnitSka';
import { updateUnitSkaScores } from './handlers/updateUnitSkaScores';
import { listSkaPlans } from './handlers/listSkaPlans';
import { updateSkaAnalysis } from './handlers/updateSkaAnalysis';
import { updateSkaArea } from './handlers/updateSkaArea';
import { updateSkaScores } from './handlers/updateSkaScores';
import { deleteGoalFlag } from './handlers/deleteGoalFlag';
import { endAptMeeting } from './handlers/endAptMeeting';
import { getAgendaItemDetail } from './handlers/getAgendaItemDetail';
import { getAgendaProposal } from './handlers/getAgendaProposal';
import { getAptMeeting } from './handlers/getAptMeeting';
import { listAptMeetings } from './handlers/listAptMeetings';
import { listGoalAptNotes } from './handlers/listGoalAptNotes';
import { listGoalFlags } from './handlers/listGoalFlags';
import { postAptPosition } from './handlers/postAptPosition';
import { updateAptMeeting } from './handlers/updateAptMeeting';
import { updateAptNote } from './handlers/updateAptNote';
import { createPlanItem } from './handlers/createPlanItem';
import { createSummary } from './handlers/createSummary';
import { getOverview } from './handlers/getOverview';
import { getSummary } from './handlers/getSummary';
import { getSummaryDocx } from './handlers/getSummaryDocx';
import { getUnitReportDocx } from './handlers/getUnitReportDocx';
import { getUnitReport } from './handlers/getUnitReport';
import { listSummaries } from './handlers/listSummaries';
import { listGoalAnalyses } from './handlers/listGoalAnalyses';
import { putGoalAnalysis } from './handlers/putGoalAnalysis';
import { putGroupLink } from './handlers/putGroupLink';
import { putUnitReport } from './handlers/putUnitReport';
import { deletePlanItem } from './handlers/deletePlanItem';
import { getApproval } from './handlers/getApproval';
import { getApprovalChanges } from './handlers/getApprovalChanges';
import { getForvaltning } from './handlers/getForvaltning';
import { getHealth } from './handlers/getHealth';
import { listForvaltningPlans } from './handlers/listForvaltningPlans';
import { getForvaltningPlan } from './handlers/getForvaltningPlan';
import { getItemHistory } from './handlers/getItemHistory';
import { getMe } from './handlers/getMe';
import { getPlanItem } from './handlers/getPlanItem';
import { getSignInConfig } from './handlers/getSignInConfig';
import { getTodo } from './handlers/getTodo';
import { getUnit } from './handlers/getUnit';
import { getUnitPlan } from './handlers/getUnitPlan';
import { getUnitPlanDocx } from './handlers/getUnitPlanDocx';
import { listApprovals } from './handlers/listApprovals';
import { listAudit } from './handlers/listAudit';
import { listDevUsers } from './handlers/listDevUsers';
import { listForvaltningar } from './handlers/listForvaltningar';
import { listUnitPlans } from './handlers/listUnitPlans';
import { listUnits } from './handlers/listUnits';
import { postApproval } from './handlers/postApproval';
import { restoreItemVersion } from './handlers/restoreItemVersion';
import { sendChannelPost } from './handlers/sendChannelPost';
import { updatePlanItem } from './handlers/updatePlanItem';

export interface RouteDef {
  name: string;
  methods: HttpMethod[];
  /** Azure Functions route template, below the /api prefix */
  route: string;
  handler: (services: Services) => HttpHandler;
}

/** Reads answer HEAD too (curl -I for an ETag): declared here once, so Azure's triggers and the local host agree. */
const read: HttpMethod[] = ['GET', 'HEAD'];

const unitItems = 'units/{unitId}/plans/{year}/{collection}';
const forvaltningItems = 'forvaltningar/{forvaltningId}/plans/{year}/{collection}';
const unitReport = 'units/{unitId}/plans/{year}/reports/{period}';
/** A förvaltning's (or its verksamhet's) plan for systematic quality work: scope kommun, forskola, … */
const skaPlan = 'forvaltningar/{forvaltningId}/ska/{scope}/{year}';

/** Every HTTP trigger: registered with app.http in Azure and routed by the local host. */
export const routes: RouteDef[] = [
  { name: 'getHealth', methods: read, route: 'health', handler: getHealth },
  { name: 'listForvaltningar', methods: read, route: 'forvaltningar', handler: listForvaltningar },
  { name: 'getForvaltning', methods: read, route: 'forvaltningar/{forvaltningId}', handler: getForvaltning },
  { name: 'putForvaltningGroup', methods: ['PUT'], route: 'forvaltningar/{forvaltningId}/group', handler: putGroupLink('forvaltning') },
  { name: 'listForvaltningPlans', methods: read, route: 'forvaltningar/{forvaltningId}/plans', handler: listForvaltningPlans },
  { name: 'getForvaltningPlan', methods: read, route: 'forvaltningar/{forvaltningId}/plans/{year}', handler: getForvaltningPlan },
  { name: 'listUnits', methods: read, route: 'units', handler: listUnits },
  { name: 'getUnit', methods: read, route: 'units/{unitId}', handler: getUnit },
  { name: 'putUnitGroup', methods: ['PUT'], route: 'units/{unitId}/group', handler: putGroupLink('unit') },
  { name: 'listUnitPlans', methods: read, route: 'units/{unitId}/plans', handler: listUnitPlans },
  { name: 'getUnitPlan', methods: read, route: 'units/{unitId}/plans/{year}', handler: getUnitPlan },
  { name: 'getUnitPlanDocx', methods: read, route: 'units/{unitId}/plans/{year}.docx', handler: getUnitPlanDocx },
  // A literal last segment: …/{collection} with collection "approval" would be an unknown collection (404) anyway.
  { name: 'getUnitPlanApproval', methods: read, route: 'units/{unitId}/plans/{year}/approval', handler: getApproval('unitPlan') },
  { name: 'postUnitPlanApproval', methods: ['POST'], route: 'units/{unitId}/plans/{year}/approval', handler: postApproval('unitPlan') },
  // The literal "approval" ranks above …/{collection}/{itemId}, here as on Azure.
  { name: 'getUnitPlanApprovalChanges', methods: read, route: 'units/{unitId}/plans/{year}/approval/changes', handler: getApprovalChanges('unitPlan') },
  { name: 'createUnitPlanItem', methods: ['POST'], route: unitItems, handler: createPlanItem },
  { name: 'getUnitPlanItem', methods: read, route: `${unitItems}/{itemId}`, handler: getPlanItem },
  { name: 'updateUnitPlanItem', methods: ['PATCH'], route: `${unitItems}/{itemId}`, handler: updatePlanItem },
  { name: 'deleteUnitPlanItem', methods: ['DELETE'], route: `${unitItems}/{itemId}`, handler: deletePlanItem },
  // One and three literal-bounded segments longer than …/{collection}/{itemId}, so neither shadows it
  // nor …/reports/{period}/approval (whose last segment is another literal).
  { name: 'getUnitPlanItemHistory', methods: read, route: `${unitItems}/{itemId}/versions`, handler: getItemHistory },
  { name: 'restoreUnitPlanItemVersion', methods: ['POST'], route: `${unitItems}/{itemId}/versions/{versionId}/restore`, handler: restoreItemVersion },
  { name: 'createForvaltningPlanItem', methods: ['POST'], route: forvaltningItems, handler: createPlanItem },
  { name: 'getForvaltningPlanItem', methods: read, route: `${forvaltningItems}/{itemId}`, handler: getPlanItem },
  { name: 'updateForvaltningPlanItem', methods: ['PATCH'], route: `${forvaltningItems}/{itemId}`, handler: updatePlanItem },
  { name: 'deleteForvaltningPlanItem', methods: ['DELETE'], route: `${forvaltningItems}/{itemId}`, handler: deletePlanItem },
  { name: 'getForvaltningPlanItemHistory', methods: read, route: `${forvaltningItems}/{itemId}/versions`, handler: getItemHistory },
  {
    name: 'restoreForvaltningPlanItemVersion',
    methods: ['POST'],
    route: `${forvaltningItems}/{itemId}/versions/{versionId}/restore`,
    handler: restoreItemVersion,
  },
  { name: 'getUnitReportDocx', methods: read, route: `${unitReport}.docx`, handler: getUnitReportDocx },
  { name: 'getUnitReport', methods: read, route: `${unitReport}`, handler: getUnitReport },
  { name: 'putUnitReport', methods: ['PUT'], route: `${unitReport}`, handler: putUnitReport },
  { name: 'getUnitReportApproval', methods: read, route: `${unitReport}/approval`, handler: getApproval('unitReport') },
  { name: 'postUnitReportApproval', methods: ['POST'], route: `${unitReport}/approval`, handler: postApproval('unitReport') },
  { name: 'getUnitReportApprovalChanges', methods: read, route: `${unitReport}/approval/changes`, handler: getApprovalChanges('unitReport') },
  { name: 'getOverview', methods: read, route: 'forvaltningar/{forvaltningId}/overview', handler: getOverview },
  { name: 'createSummary', methods: ['POST'], route: 'forvaltningar/{forvaltningId}/summaries', handler: createSummary },
  { name: 'listSummaries', methods: read, route: 'forvaltningar/{forvaltningId}/summaries', handler: listSummaries },
  { name: 'getSummaryDocx', methods: read, route: 'forvaltningar/{forvaltningId}/summaries/{summaryId}.docx', handler: getSummaryDocx },
  { name: 'getSummary', methods: read, route: 'forvaltningar/{forvaltningId}/summaries/{summaryId}', handler: getSummary },
  { name: 'listGoalAnalyses', methods: read, route: 'forvaltningar/{forvaltningId}/analyses/{year}/{period}', handler: listGoalAnalyses },
  { name: 'putGoalAnalysis', methods: ['PUT'], route: 'forvaltningar/{forvaltningId}/analyses/{year}/{period}/{itemId}', handler: putGoalAnalysis },
  { name: 'listUnitCompetenceRows', methods: read, route: 'units/{unitId}/competence/{year}', handler: listUnitCompetenceRows },
  { name: 'getCompetenceDocx', methods: read, route: 'forvaltningar/{forvaltningId}/competence/{year}.docx', handler: getCompetenceDocx },
  { name: 'listCompetenceRows', methods: read, route: 'forvaltningar/{forvaltningId}/competence/{year}', handler: listCompetenceRows },
  { name: 'createCompetenceRow', methods: ['POST'], route: 'forvaltningar/{forvaltningId}/competence/{year}', handler: createCompetenceRow },
  { name: 'updateCompetenceRow', methods: ['PATCH'], route: 'forvaltningar/{forvaltningId}/competence/{year}/{rowId}', handler: updateCompetenceRow },
  { name: 'deleteCompetenceRow', methods: ['DELETE'], route: 'forvaltningar/{forvaltningId}/competence/{year}/{rowId}', handler: deleteCompetenceRow },
  { name: 'getCompetenceFollowUp', methods: read, route: 'forvaltningar/{forvaltningId}/competence/{year}/followup/{period}', handler: getCompetenceFollowUp },
  { name: 'patchCompetenceFollowUp', methods: ['PATCH'], route: 'forvaltningar/{forvaltningId}/competence/{year}/followup/{period}', handler: patchCompetenceFollowUp },
  { name: 'listSkaPlans', methods: read, route: 'forvaltningar/{forvaltningId}/ska', handler: listSkaPlans },
  { name: 'getSkaDocx', methods: read, route: `${skaPlan}.docx`, handler: getSkaDocx },
  { name: 'getSkaPlan', methods: read, route: `${skaPlan}`, handler: getSkaPlan },
  { name: 'updateSkaScores', methods: ['PATCH'], route: `${skaPlan}/assessments/{assessmentId}`, handler: updateSkaScores },
  { name: 'updateSkaAnalysis', methods: ['PATCH'], route: `${skaPlan}/analysis`, handler: updateSkaAnalysis },
  { name: 'createSkaArea', methods: ['POST'], route: `${skaPlan}/areas`, handler: createSkaArea },
  { name: 'updateSkaArea', methods: ['PATCH'], route: `${skaPlan}/areas/{areaId}`, handler: updateSkaArea },
  { name: 'deleteSkaArea', methods: ['DELETE'], route: `${skaPlan}/areas/{areaId}`, handler: deleteSkaArea },
  { name: 'getUnitSka', methods: read, route: 'units/{unitId}/ska/{scope}/{year}', handler: getUnitSka },
  { name: 'updateUnitSkaScores', methods: ['PATCH'], route: 'units/{unitId}/ska/{scope}/{year}', handler: updateUnitSkaScores },
  { name: 'sendChannelPost', methods: ['POST'], route: 'posts/{postId}/send', handler: sendChannelPost },
  // Three segments after summaries/: neither summaries/{summaryId} nor its .docx matches them.
  { name: 'getSummaryApproval', methods: read, route: 'forvaltningar/{forvaltningId}/summaries/{year}/{period}/approval', handler: getApproval('summary') },
  { name: 'postSummaryApproval', methods: ['POST'], route: 'forvaltningar/{forvaltningId}/summaries/{year}/{period}/approval', handler: postApproval('summary') },
  {
    name: 'getSummaryApprovalChanges',
    methods: read,
    route: 'forvaltningar/{forvaltningId}/summaries/{year}/{period}/approval/changes',
    handler: getApprovalChanges('summary'),
  },
  { name: 'listAptMeetings', methods: read, route: 'units/{unitId}/apt', handler: listAptMeetings },
  { name: 'createAptMeeting', methods: ['POST'], route: 'units/{unitId}/apt', handler: createAptMeeting },
  // Literal segments under units/{unitId}/apt: no parameter route there to shadow.
  { name: 'getAgendaProposal', methods: read, route: 'units/{unitId}/apt/agenda', handler: getAgendaProposal },
  { name: 'listGoalAptNotes', methods: read, route: 'units/{unitId}/apt/notes', handler: listGoalAptNotes },
  { name: 'listGoalFlags', methods: read, route: 'units/{unitId}/apt/flags', handler: listGoalFlags },
  { name: 'createGoalFlag', methods: ['POST'], route: 'units/{unitId}/apt/flags', handler: createGoalFlag },
  { name: 'deleteGoalFlag', methods: ['DELETE'], route: 'units/{unitId}/apt/flags/{flagId}', handler: deleteGoalFlag },
  { name: 'getAptMeeting', methods: read, route: 'apt/{meetingId}', handler: getAptMeeting },
  { name: 'updateAptMeeting', methods: ['PATCH'], route: 'apt/{meetingId}', handler: updateAptMeeting },
  { name: 'postAptPosition', methods: ['POST'], route: 'apt/{meetingId}/position', handler: postAptPosition },
  { name: 'endAptMeeting', methods: ['POST'], route: 'apt/{meetingId}/end', handler: endAptMeeting },
  { name: 'createAptNote', methods: ['POST'], route: 'apt/{meetingId}/notes', handler: createAptNote },
  // The literal "notes" ranks above apt/{meetingId}/…, here as on Azure: meeting ids are UUIDs, never "notes".
  { name: 'updateAptNote', methods: ['PATCH'], route: 'apt/notes/{noteId}', handler: updateAptNote },
  { name: 'getAgendaItemDetail', methods: read, route: 'apt/{meetingId}/items/{agendaItemId}', handler: getAgendaItemDetail },
  { name: 'listApprovals', methods: read, route: 'approvals', handler: listApprovals },
  { name: 'getTodo', methods: read, route: 'todo', handler: getTodo },
  { name: 'listAudit', methods: read, route: 'audit', handler: listAudit },
  { name: 'getMe', methods: read, route: 'me', handler: getMe },
  { name: 'getSignInConfig', methods: read, route: 'signin', handler: getSignInConfig },
  { name: 'listDevUsers', methods: read, route: 'dev/users', handler: listDevUsers },
];
