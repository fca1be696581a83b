import {
  CompetenceFollowUpView,
  CompetenceRowList,
  StoredCompetenceRow,
  type CompetenceFollowUpPatch,
  type CompetenceRowCreate,
  type CompetenceRowUpdate,
  AgendaItemDetail,
  AgendaProposal,
  AptMeetingList,
  AptMeetingView,
  GoalAptNotes,
  GoalFlagList,
  StoredAptMeeting,
  StoredAptNote,
  StoredGoalFlag,
  type AptMeetingCreate,
  type AptMeetingUpdate,
  type AptNoteCreate,
  type AptNoteUpdate,
  type GoalFlagCreate,
  ApprovalChanges,
  ApprovalStatusRow,
  ApprovalView,
  DevUsers,
  ErrorBody,
  ForvaltningList,
  ForvaltningPlans,
  SkaAssessmentView,
  SkaPlanRefList,
  SkaPlanView,
  SkaUnitAssessmentView,
  StoredSkaAnalysis,
  StoredSkaArea,
  type SkaAnalysisUpdate,
  type SkaAreaUpdate,
  type SkaScope,
  type SkaScoresUpdate,
  type SkaUnitScoresUpdate,
  GoalAnalysisList,
  ItemHistory,
  Me,
  Overview,
  PlanList,
  PlanTree,
  SignInConfig,
  StoredForvaltning,
  StoredGoalAnalysis,
  StoredItem,
  StoredSummary,
  StoredUnit,
  SummaryList,
  TodoItem,
  UnitList,
  UnitReportView,
  type ApprovalRequest,
  type ApprovalTarget,
  type Collection,
  type GroupLink,
  type FieldError,
  type Period,
  type ReportContent,
  type Stored,
  type collections,
} from '@vp/shared';
import type { z } from 'zod';
import { approvalChangesPath, approvalPath } from '../approval/approvalPath';
import { SignInRequired } from '../auth/tokenSource';

export type { SummaryListItem } from '@vp/shared';

export type CreateBody<C extends Collection> = z.input<(typeof collections)[C]['create']>;
export type UpdateBody<C extends Collection> = z.input<(typeof collections)[C]['update']>;

/** An API refusal, with what the server said: Swedish message, field errors, the newer version on 412. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What the tab says when a response is not what the API promises (another version of the server, a proxy's page). */
export const unreadableResponse = 'Servern svarade med något som appen inte kan läsa. Ladda om sidan och försök igen; hjälper inte det, kontakta den som förvaltar appen.';

/**
 * A response body checked against its schema from @vp/shared: the data itself, or an ApiError with a
 * Swedish message the page shows (never a half-read object that crashes a component later).
 */
function parsed<S extends z.ZodType>(schema: S, status: number, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  console.error(`Oväntat svar på ${what}`, result.error.issues);
  throw new ApiError(status, 'INVALID_RESPONSE', unreadableResponse);
}

/** The API below the page's own address (the tab and the API share an origin). */
const apiBase = () => new URL('api', document.baseURI).toString().replace(/\/$/, '');

/** What the tab says when no token could be had for a reason other than the person having to sign in. */
export const tokenFailed = 'Inloggningen kunde inte slutföras. Försök igen; hjälper inte det, ladda om sidan.';

/**
 * Who calls: local mode's development identity (a header, or none), or entra mode's access token,
 * asked for every request (MSAL and Teams cache it and renew it before it expires); fresh = true
 * after the API refused the last one.
 */
export type Credentials = { identity: () => string | null } | { token: (fresh: boolean) => Promise<string> };

/** The name in Content-Disposition (RFC 5987's filename* first, as the API sends Swedish letters). */
function fileNameOf(disposition: string | null): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // a malformed escape: the plain name below
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? 'Verksamhetsplan.docx';
}

/** A request's body and conditions: If-Match (the eTag last read) and Idempotency-Key (one per user action, the same on its retries). */
type SendInit = { body?: unknown; ifMatch?: string; idempotencyKey?: string };

/** A link's body: the group, and the channel the tab is configured in when there is one (absent: the API leaves the stored one). */
const groupLink = (groupId: string | null, channelId: string | undefined): GroupLink => (channelId && groupId ? { groupId, channelId } : { groupId });

/** Typed access to the plan API, as the development identity (local mode) or with a bearer token (entra mode). */
export function createApiClient(options: { baseUrl?: string } & Credentials) {
  const base = options.baseUrl ?? apiBase();

  /** The token's or identity's header; never both, and no x-dev-user at all in entra mode. */
  async function whoHeader(fresh: boolean): Promise<Record<string, string>> {
    if (!('token' in options)) {
      const identity = options.identity();
      return identity ? { 'x-dev-user': identity } : {};
    }
    let token: string;
    try {
      token = await options.token(fresh);
    } catch (error) {
      // The session has already put the sign-in prompt up when only the person can go on.
      throw error instanceof SignInRequired ? new ApiError(401, 'SIGN_IN_REQUIRED', error.message) : new ApiError(0, 'SIGN_IN', tokenFailed);
    }
    return { authorization: `Bearer ${token}` };
  }

  async function send(method: string, url: string, init: SendInit, fresh: boolean): Promise<Response> {
    const headers: Record<string, string> = await whoHeader(fresh);
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.ifMatch) headers['if-match'] = init.ifMatch;
    if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
    try {
      return await fetch(url, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    } catch {
      throw new ApiError(0, 'NETWORK', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
    }
  }

  /** Sends, and once more with a fresh token when the API refuses the one it got (expired early, revoked, keys rotated). */
  async function sendRenewing(method: string, url: string, init: SendInit = {}): Promise<Response> {
    const response = await send(method, url, init, false);
    return response.status === 401 && 'token' in options ? send(method, url, init, true) : response;
  }

  /** A refusal as an ApiError: the error envelope when it is one, a proxy's or gateway's page otherwise. */
  function refusal(status: number, json: unknown): ApiError {
    const envelope = ErrorBody.safeParse(json);
    if (!envelope.success) return new ApiError(status, 'HTTP', `Servern svarade ${status}`);
    const { code, message, fields, current } = envelope.data.error;
    return new ApiError(status, code, message, fields, current);
  }

  async function request<T>(method: string, path: string, init: SendInit = {}): Promise<T> {
    const response = await sendRenewing(method, `${base}${path}`, init);
    if (response.status === 204) return undefined as T;
    const json = await response.json().catch(() => null);
    if (!response.ok) throw refusal(response.status, json);
    return json as T;
  }

  /** A file the API makes (a Word export): its bytes and the name the server gives it. */
  async function file(url: string): Promise<{ blob: Blob; fileName: string }> {
    const response = await sendRenewing('GET', url);
    if (!response.ok) throw refusal(response.status, await response.json().catch(() => null));
    return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
  }

  /** A request whose answer must match the schema. */
  const read =
    <S extends z.ZodType>(schema: S) =>
    async (method: string, path: string, init: SendInit = {}): Promise<z.output<S>> =>
      parsed(schema, 200, await request<unknown>(method, path, init), `${method} ${path}`);

  /** A plan item checked against its collection's schema, typed as the item the caller names. */
  const readItem = <T>(collection: Collection) => read(StoredItem[collection] as unknown as z.ZodType<Stored<T>>);

  const items = (unitId: string, year: number, collection: Collection) =>
    `/units/${encodeURIComponent(unitId)}/plans/${year}/${collection}`;

  const forvaltningItems = (forvaltningId: string, year: number, collection: Collection) =>
    `/forvaltningar/${encodeURIComponent(forvaltningId)}/plans/${year}/${collection}`;

  const report = (unitId: string, year: number, period: Period) => `/units/${encodeURIComponent(unitId)}/plans/${year}/reports/${period}`;
  const forvaltning = (id: string) => `/forvaltningar/${encodeURIComponent(id)}`;
  const ska = (forvaltningId: string, scope: SkaScope, year: number) => `${forvaltning(forvaltningId)}/ska/${scope}/${year}`;
  const unitApt = (unitId: string) => `/units/${encodeURIComponent(unitId)}/apt`;
  const meeting = (meetingId: string) => `/apt/${encodeURIComponent(meetingId)}`;
  const competence = (forvaltningId: string, year: number) => `/forvaltningar/${encodeURIComponent(forvaltningId)}/competence/${year}`;

  /**
   * The meeting and its notes, unless they are still what the ETag names (304): the presentation asks
   * about once a second, and an unchanged meeting costs no body.
   */
  async function pollMeeting(meetingId: string, eTag: string | null): Promise<{ changed: false } | { changed: true; view: AptMeetingView; eTag: string | null }> {
    const url = `${base}${meeting(meetingId)}`;
    const response = await (async () => {
      const headers: Record<string, string> = await whoHeader(false);
      if (eTag) headers['if-none-match'] = eTag;
      try {
        return await fetch(url, { headers, cache: 'no-store' });
      } catch {
        throw new ApiError(0, 'NETWORK', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
      }
    })();
    if (response.status === 304) return { changed: false };
    const json = await response.json().catch(() => null);
    if (!response.ok) throw refusal(response.status, json);
    return { changed: true, view: parsed(AptMeetingView, 200, json, `GET ${meeting(meetingId)}`), eTag: response.headers.get('etag') };
  }

  return {
    /** local: the development identities; entra: a bearer token, which plain links to files do not carry (see file). */
    mode: 'token' in options ? ('entra' as const) : ('local' as const),
    file,
    /** The förvaltningar the caller reads; linkableTo: those the signed-in person may link to that group instead. */
    listForvaltningar: (options: { linkableTo?: string } = {}) =>
      read(ForvaltningList)('GET', options.linkableTo ? `/forvaltningar?linkableTo=${encodeURIComponent(options.linkableTo)}` : '/forvaltningar'),
    /** Links the förvaltning to its leadership group (null: unlinks); eTag is the förvaltning's as last read; channelId: the channel the tab is in, kept with the link. */
    linkForvaltningToTeam: (forvaltningId: string, groupId: string | null, eTag: string, channelId?: string) =>
      read(StoredForvaltning)('PUT', `/forvaltningar/${encodeURIComponent(forvaltningId)}/group`, { body: groupLink(groupId, channelId), ifMatch: eTag }),
    /** The units the caller reads; with linkableTo, the units the signed-in person may link to that Team (no caller needed). */
    listUnits: (options: { linkableTo?: string } = {}) =>
      read(UnitList)('GET', options.linkableTo ? `/units?linkableTo=${encodeURIComponent(options.linkableTo)}` : '/units'),
    /** Links the unit to a Team's Microsoft 365 group (null: unlinks); eTag is the unit's as last read; channelId: the channel the tab is in, where approvals are posted. */
    linkUnitToTeam: (unitId: string, groupId: string | null, eTag: string, channelId?: string) =>
      read(StoredUnit)('PUT', `/units/${encodeURIComponent(unitId)}/group`, { body: groupLink(groupId, channelId), ifMatch: eTag }),
    listDevUsers: () => read(DevUsers)('GET', '/dev/users'),
    /** How to sign in, asked before signing in (the development identities, or Entra ID's settings). */
    getSignInConfig: () => read(SignInConfig)('GET', '/signin'),
    /** Who is signed in and what the API lets them do (entra mode). */
    getMe: () => read(Me)('GET', '/me'),
    /** The förvaltning's plans of every kind: its units' plans and the years of its own (for the organisation and plan pickers). */
    listForvaltningPlans: (forvaltningId: string) => read(ForvaltningPlans)('GET', `${forvaltning(forvaltningId)}/plans`),
    listPlans: (unitId: string) => read(PlanList)('GET', `/units/${encodeURIComponent(unitId)}/plans`),
    getPlan: (unitId: string, year: number) => read(PlanTree)('GET', `/units/${encodeURIComponent(unitId)}/plans/${year}`),
    planDocxUrl: (unitId: string, year: number) => `${base}/units/${encodeURIComponent(unitId)}/plans/${year}.docx`,
    getItem: <T>(unitId: string, year: number, collection: Collection, id: string) =>
      readItem<T>(collection)('GET', `${items(unitId, year, collection)}/${encodeURIComponent(id)}`),
    create: <C extends Collection, T>(unitId: string, year: number, collection: C, body: CreateBody<C>) =>
      readItem<T>(collection)('POST', items(unitId, year, collection), { body }),
    update: <C extends Collection, T>(unitId: string, year: number, collection: C, id: string, eTag: string, patch: UpdateBody<C>) =>
      readItem<T>(collection)('PATCH', `${items(unitId, year, collection)}/${encodeURIComponent(id)}`, { body: patch, ifMatch: eTag }),
    /** The item's versions, newest first: who, when, what changed. */
    getHistory: (unitId: string, year: number, collection: Collection, id: string) =>
      read(ItemHistory)('GET', `${items(unitId, year, collection)}/${encodeURIComponent(id)}/versions`),
    /** Writes an earlier version back; eTag is the current version's (412 when someone saved since). */
    restoreVersion: <T>(unitId: string, year: number, collection: Collection, id: string, versionId: string, eTag: string) =>
      readItem<T>(collection)('POST', `${items(unitId, year, collection)}/${encodeURIComponent(id)}/versions/${encodeURIComponent(versionId)}/restore`, {
        ifMatch: eTag,
      }),
    remove: (unitId: string, year: number, collection: Collection, id: string, eTag: string) =>
      request<void>('DELETE', `${items(unitId, year, collection)}/${encodeURIComponent(id)}`, { ifMatch: eTag }),
    /** An item the förvaltning owns (its goals, indicators and activities), with its eTag. */
    getForvaltningItem: <T>(forvaltningId: string, year: number, collection: Collection, id: string) =>
      readItem<T>(collection)('GET', `${forvaltningItems(forvaltningId, year, collection)}/${encodeURIComponent(id)}`),
    /** Changes the fields the patch names of an item the förvaltning owns (avdelningschef). */
    updateForvaltningItem: <C extends Collection, T>(forvaltningId: string, year: number, collection: C, id: string, eTag: string, patch: UpdateBody<C>) =>
      readItem<T>(collection)('PATCH', `${forvaltningItems(forvaltningId, year, collection)}/${encodeURIComponent(id)}`, { body: patch, ifMatch: eTag }),
    getReport: (unitId: string, year: number, period: Period) => read(UnitReportView)('GET', report(unitId, year, period)),
    /** Saves entries; eTag null before the report's first save. */
    saveReport: (unitId: string, year: number, period: Period, eTag: string | null, body: ReportContent) =>
      read(UnitReportView)('PUT', report(unitId, year, period), { body, ifMatch: eTag ?? undefined }),
    reportDocxUrl: (unitId: string, year: number, period: Period) => `${base}${report(unitId, year, period)}.docx`,
    getOverview: (forvaltningId: string, year: number, period: Period) =>
      read(Overview)('GET', `${forvaltning(forvaltningId)}/overview?year=${year}&period=${period}`),
    listSummaries: (forvaltningId: string) => read(SummaryList)('GET', `${forvaltning(forvaltningId)}/summaries`),
    getSummary: (forvaltningId: string, summaryId: string) =>
      read(StoredSummary)('GET', `${forvaltning(forvaltningId)}/summaries/${encodeURIComponent(summaryId)}`),
    createSummary: (forvaltningId: string, year: number, period: Period) =>
      read(StoredSummary)('POST', `${forvaltning(forvaltningId)}/summaries?year=${year}&period=${period}`),
    /** The förvaltning's own analyses of its nämndmål for a period. */
    listGoalAnalyses: (forvaltningId: string, year: number, period: Period) =>
      read(GoalAnalysisList)('GET', `${forvaltning(forvaltningId)}/analyses/${year}/${period}`),
    /** Writes the förvaltning's analysis of a nämndmål (avdelningschef); eTag null before its first save. */
    saveGoalAnalysis: (forvaltningId: string, year: number, period: Period, goalId: string, eTag: string | null, analysis: string) =>
      read(StoredGoalAnalysis)('PUT', `${forvaltning(forvaltningId)}/analyses/${year}/${period}/${encodeURIComponent(goalId)}`, { body: { analysis }, ifMatch: eTag ?? '*' }),
    summaryDocxUrl: (forvaltningId: string, summaryId: string) => `${base}${forvaltning(forvaltningId)}/summaries/${encodeURIComponent(summaryId)}.docx`,
    /** Where the plan, report or summary stands, what the caller may do, its history and its channel posts. */
    getApproval: (target: ApprovalTarget) => read(ApprovalView)('GET', approvalPath(target)),
    /** What differs now from the version last approved. */
    getApprovalChanges: (target: ApprovalTarget) => read(ApprovalChanges)('GET', approvalChangesPath(target)),
    /** Takes a step; key: the user action's Idempotency-Key (the same on a retry); eTag: the view's (null before the first step: If-Match *). */
    actOnApproval: (target: ApprovalTarget, step: ApprovalRequest, { key, eTag }: { key: string; eTag: string | null }) =>
      read(ApprovalView)('POST', approvalPath(target), { body: step, ifMatch: eTag ?? '*', idempotencyKey: key }),
    /** The state of every plan and report the caller sees (a unit's, or all units' for the avdelningschef). */
    listApprovals: (year: number) => read(ApprovalStatusRow.array())('GET', `/approvals?year=${year}`),
    /** Att göra: what waits for the caller, most urgent first. */
    getTodo: (year: number) => read(TodoItem.array())('GET', `/todo?year=${year}`),
    /** Sends a failed channel post again (the answer is read again with the approval). */
    retryPost: (postId: string) => request<unknown>('POST', `/posts/${encodeURIComponent(postId)}/send`),
    /** The unit's APTs of a year, newest first. */
    listAptMeetings: (unitId: string, year: number) => read(AptMeetingList)('GET', `${unitApt(unitId)}?year=${year}`),
    /** What the next APT's agenda would hold now (changes since the last APT, lagging follow-up, flags, open decisions). */
    getAgendaProposal: (unitId: string, year: number) => read(AgendaProposal)('GET', `${unitApt(unitId)}/agenda?year=${year}`),
    /** Prepares the next APT (rektor, avdelningschef): its agenda starts as the proposal. */
    createAptMeeting: (unitId: string, body: AptMeetingCreate) => read(StoredAptMeeting)('POST', unitApt(unitId), { body }),
    /** Notes and decisions about the plan's goals, newest first: the plan shows them beside each goal. */
    listGoalAptNotes: (unitId: string, year: number) => read(GoalAptNotes)('GET', `${unitApt(unitId)}/notes?year=${year}`),
    /** Goals flagged for the next APT and not yet discussed. */
    listGoalFlags: (unitId: string, year: number) => read(GoalFlagList)('GET', `${unitApt(unitId)}/flags?year=${year}`),
    flagGoal: (unitId: string, body: GoalFlagCreate) => read(StoredGoalFlag)('POST', `${unitApt(unitId)}/flags`, { body }),
    removeGoalFlag: (unitId: string, flagId: string, eTag: string) =>
      request<void>('DELETE', `${unitApt(unitId)}/flags/${encodeURIComponent(flagId)}`, { ifMatch: eTag }),
    /** The meeting and its notes (see pollMeeting for the presentation's repeated reads). */
    getAptMeeting: (meetingId: string) => read(AptMeetingView)('GET', meeting(meetingId)),
    pollMeeting,
    /** Changes what the patch names (date, title, the whole agenda); eTag: the meeting's as last read. */
    updateAptMeeting: (meetingId: string, eTag: string, patch: AptMeetingUpdate) =>
      read(StoredAptMeeting)('PATCH', meeting(meetingId), { body: patch, ifMatch: eTag }),
    /** The presenter shows this agenda point; everyone following moves with them. */
    moveAptPresenter: (meetingId: string, currentItemId: string) =>
      read(StoredAptMeeting)('POST', `${meeting(meetingId)}/position`, { body: { currentItemId } }),
    /** What the stage shows of one agenda point. */
    getAgendaItemDetail: (meetingId: string, agendaItemId: string) =>
      read(AgendaItemDetail)('GET', `${meeting(meetingId)}/items/${encodeURIComponent(agendaItemId)}`),
    addAptNote: (meetingId: string, body: AptNoteCreate) => read(StoredAptNote)('POST', `${meeting(meetingId)}/notes`, { body }),
    /** Edits a note, or closes (closed: true) or reopens a decision. */
    updateAptNote: (noteId: string, eTag: string, patch: AptNoteUpdate) =>
      read(StoredAptNote)('PATCH', `/apt/notes/${encodeURIComponent(noteId)}`, { body: patch, ifMatch: eTag }),
    /** Ends the meeting: its record is saved and read-only, flagged goals on its agenda count as discussed. */
    endAptMeeting: (meetingId: string) => read(StoredAptMeeting)('POST', `${meeting(meetingId)}/end`),
    /** The förvaltning's plans for systematic quality work (läsår and scope), newest first. */
    listSkaPlans: (forvaltningId: string) => read(SkaPlanRefList)('GET', `${forvaltning(forvaltningId)}/ska`),
    /** One SKA plan with its computed totals and averages. */
    getSkaPlan: (forvaltningId: string, scope: SkaScope, year: number) => read(SkaPlanView)('GET', ska(forvaltningId, scope, year)),
    skaDocxUrl: (forvaltningId: string, scope: SkaScope, year: number) => `${base}${ska(forvaltningId, scope, year)}.docx`,
    /** Sets (or clears, null) exactly the scores named; answers the self-assessment with its averages anew. */
    updateSkaScores: (forvaltningId: string, scope: SkaScope, year: number, assessmentId: string, eTag: string, body: SkaScoresUpdate) =>
      read(SkaAssessmentView)('PATCH', `${ska(forvaltningId, scope, year)}/assessments/${encodeURIComponent(assessmentId)}`, { body, ifMatch: eTag }),
    /** The perspectives named; eTag null: the plan has no analysis yet (the first write creates it). */
    /** A unit's own self-assessment against the förvaltning's criteria (a draft, id and eTag null, until first saved). */
    getUnitSka: (unitId: string, scope: SkaScope, year: number) => read(SkaUnitAssessmentView)('GET', `/units/${encodeURIComponent(unitId)}/ska/${scope}/${year}`),
    /** Sets or clears exactly the unit's scores named; the first write without an eTag. */
    updateUnitSkaScores: (unitId: string, scope: SkaScope, year: number, eTag: string | null, body: SkaUnitScoresUpdate) =>
      read(SkaUnitAssessmentView)('PATCH', `/units/${encodeURIComponent(unitId)}/ska/${scope}/${year}`, { body, ifMatch: eTag ?? undefined }),
    updateSkaAnalysis: (forvaltningId: string, scope: SkaScope, year: number, eTag: string | null, body: SkaAnalysisUpdate) =>
      read(StoredSkaAnalysis)('PATCH', `${ska(forvaltningId, scope, year)}/analysis`, { body, ifMatch: eTag ?? undefined }),
    updateSkaArea: (forvaltningId: string, scope: SkaScope, year: number, areaId: string, eTag: string, body: SkaAreaUpdate) =>
      read(StoredSkaArea)('PATCH', `${ska(forvaltningId, scope, year)}/areas/${encodeURIComponent(areaId)}`, { body, ifMatch: eTag }),
    /** The förvaltning's competence-supply plan of a year, avdelning by avdelning. */
    listCompetenceRows: (forvaltningId: string, year: number) => read(CompetenceRowList)('GET', competence(forvaltningId, year)),
    /** The förvaltning's competence-supply rows of a year linked to a goal of the unit's plan: read once for the plan page. */
    listUnitCompetenceRows: (unitId: string, year: number) => read(CompetenceRowList)('GET', `/units/${encodeURIComponent(unitId)}/competence/${year}`),
    competenceDocxUrl: (forvaltningId: string, year: number) => `${base}${competence(forvaltningId, year)}.docx`,
    /** Changes the fields the patch names of one row (avdelningschef); eTag: the row's as last read. */
    updateCompetenceRow: (forvaltningId: string, year: number, rowId: string, eTag: string, patch: CompetenceRowUpdate) =>
      read(StoredCompetenceRow)('PATCH', `${competence(forvaltningId, year)}/${encodeURIComponent(rowId)}`, { body: patch, ifMatch: eTag }),
    /** Adds a row (avdelningschef); the server puts it last in its avdelning and derives the due date. */
    createCompetenceRow: (forvaltningId: string, year: number, row: z.input<typeof CompetenceRowCreate>) => read(StoredCompetenceRow)('POST', competence(forvaltningId, year), { body: row }),
    /** Deletes a row and its follow-ups; eTag: the row's as last read. */
    removeCompetenceRow: (forvaltningId: string, year: number, rowId: string, eTag: string) =>
      request<void>('DELETE', `${competence(forvaltningId, year)}/${encodeURIComponent(rowId)}`, { ifMatch: eTag }),
    /** Every row's status and comment in a period, and the förvaltning's roll-up by category and status. */
    readCompetenceFollowUp: (forvaltningId: string, year: number, period: Period) => read(CompetenceFollowUpView)('GET', `${competence(forvaltningId, year)}/followup/${period}`),
    /** Saves the rows the patch names, all or none (avdelningschef); eTag: the period's as last read. */
    saveCompetenceFollowUp: (forvaltningId: string, year: number, period: Period, eTag: string, patch: CompetenceFollowUpPatch) =>
      read(CompetenceFollowUpView)('PATCH', `${competence(forvaltningId, year)}/followup/${period}`, { body: patch, ifMatch: eTag }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
