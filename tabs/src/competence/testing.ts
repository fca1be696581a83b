// Test helpers of the competence page: rows like the demo's and an in-memory ApiClient. Not used by the app.
import { competenceRollup, type Caller, type CompetenceFollowUpPatch, type CompetenceFollowUpView, type CompetenceRowUpdate, type Period, type StoredCompetenceRow } from '@vp/shared';
import { ApiError, type ApiClient } from '../api/client';

export const chef: Caller = { id: 'dev-chef', name: 'Avdelningschef', role: 'avdelningschef', forvaltningId: 'f1', unitIds: [] };
export const staff: Caller = { id: 'dev-staff', name: 'Personal', role: 'staff', forvaltningId: 'f1', unitIds: ['u1'] };

export function competenceRow(id: string, fields: Partial<StoredCompetenceRow>): StoredCompetenceRow {
  return {
    id,
    forvaltningId: 'f1',
    unitId: null,
    year: 2023,
    parentId: null,
    order: 0,
    avdelning: 'Avdelning förskola',
    categories: ['utveckla'],
    goal: '',
    activity: `Aktivitet ${id}`,
    targetDate: { text: '2023', due: '2023-12-31' },
    responsible: ['Rektor'],
    resources: [],
    followUp: 'VB',
    vpGoal: null,
    linkedGoalIds: [],
    eTag: '"1"',
    ...fields,
  };
}

export const demoRows = () => [
  competenceRow('r1', { order: 0, categories: ['utveckla'], goal: 'Förskollärarens kompetens', followUp: 'Tertial 1 och 2 samt VB' }),
  competenceRow('r2', { order: 1, categories: ['utveckla', 'behalla'], activity: 'Utbildning hot och våld', vpGoal: 'Nämndmål: attraktiv arbetsgivare' }),
  competenceRow('r3', { order: 1000, avdelning: 'Äldreomsorgen', categories: ['avsluta'], activity: 'Avslutssamtal', targetDate: { text: 'Kontinuerligt', due: null } }),
];

type Entries = CompetenceFollowUpView['entries'];

export interface FakeCompetenceOptions {
  /** Before the next row PATCH or DELETE, someone else's version of that row is stored. */
  staleRowOnce?: StoredCompetenceRow;
  /** Before the next follow-up PATCH, someone else saves these entries. */
  theirFollowUpOnce?: Entries;
}

/** The competence API in memory: rows, follow-ups per period with a version each, roll-up by the shared rule. */
export function fakeCompetenceApi(rows: StoredCompetenceRow[], options: FakeCompetenceOptions = {}) {
  const patches: { rowId: string; eTag: string; patch: CompetenceRowUpdate }[] = [];
  const followUpPatches: { period: Period; eTag: string; patch: CompetenceFollowUpPatch }[] = [];
  const creates: unknown[] = [];
  const removes: { rowId: string; eTag: string }[] = [];
  let staleRow = options.staleRowOnce;
  let theirs = options.theirFollowUpOnce;
  const followUps = new Map<Period, { version: number; entries: Entries }>();
  const stored = (period: Period) => followUps.get(period) ?? { version: 1, entries: [] };
  const viewOf = (period: Period): CompetenceFollowUpView => {
    const { version, entries } = stored(period);
    const all = rows.map((r) => entries.find((e) => e.rowId === r.id) ?? { rowId: r.id, status: null, comment: '' });
    return { forvaltningId: 'f1', year: 2023, period, eTag: `"p${version}"`, entries: all, rollup: competenceRollup(rows, all) };
  };
  const apply = (period: Period, changes: CompetenceFollowUpPatch['entries']) => {
    const { version, entries } = stored(period);
    const byRow = new Map(entries.map((e) => [e.rowId, e]));
    for (const change of changes) byRow.set(change.rowId, { status: null, comment: '', ...byRow.get(change.rowId), ...change });
    followUps.set(period, { version: version + 1, entries: [...byRow.values()] });
  };
  const api = {
    mode: 'local',
    competenceDocxUrl: (forvaltningId: string, year: number) => `/api/forvaltningar/${forvaltningId}/competence/${year}.docx`,
    listDevUsers: async () => [chef, staff],
    listCompetenceRows: async (_f: string, year: number) => rows.filter((r) => r.year === year).map((r) => ({ ...r })),
    listForvaltningar: async () => [{ id: 'f1', name: 'Förvaltning Ett', municipality: 'Kommun', committee: 'Nämnd', eTag: '"1"' }],
    listUnits: async () => [{ id: 'u1', forvaltningId: 'f1', name: 'Enhet Ett', description: '', preschools: [], eTag: '"1"' }],
    listForvaltningPlans: async () => ({ unitPlans: [{ id: 'p1', forvaltningId: 'f1', unitId: 'u1', year: 2021, title: 'Verksamhetsplan 2021', eTag: '"1"' }], competenceYears: [2023] }),
    listSkaPlans: async () => [],
    updateCompetenceRow: async (_f: string, _y: number, rowId: string, eTag: string, patch: CompetenceRowUpdate) => {
      patches.push({ rowId, eTag, patch });
      const i = rows.findIndex((r) => r.id === rowId);
      if (staleRow) {
        rows[i] = staleRow;
        staleRow = undefined;
      }
      if (rows[i]!.eTag !== eTag) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta', [], rows[i]);
      const { targetDate, ...rest } = patch;
      rows[i] = { ...rows[i]!, ...rest, ...(targetDate ? { targetDate: { text: targetDate.text, due: null } } : {}), eTag: `"${Number(JSON.parse(eTag)) + 1}"` };
      return rows[i]!;
    },
    createCompetenceRow: async (forvaltningId: string, year: number, body: Omit<Partial<StoredCompetenceRow>, 'targetDate'> & { targetDate: { text: string } }) => {
      const created = competenceRow(`new-${rows.length + 1}`, { ...body, forvaltningId, year, targetDate: { text: body.targetDate.text, due: null }, order: 10_000 + rows.length });
      creates.push(body);
      rows.push(created);
      return created;
    },
    removeCompetenceRow: async (_f: string, _y: number, rowId: string, eTag: string) => {
      removes.push({ rowId, eTag });
      const i = rows.findIndex((r) => r.id === rowId);
      if (i < 0) throw new ApiError(404, 'NOT_FOUND', `Raden "${rowId}" finns inte`, []);
      if (staleRow) {
        rows[i] = staleRow;
        staleRow = undefined;
      }
      if (rows[i]!.eTag !== eTag) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta', [], rows[i]);
      rows.splice(i, 1);
    },
    readCompetenceFollowUp: async (_f: string, _y: number, period: Period) => viewOf(period),
    saveCompetenceFollowUp: async (_f: string, _y: number, period: Period, eTag: string, patch: CompetenceFollowUpPatch) => {
      followUpPatches.push({ period, eTag, patch });
      if (theirs) {
        apply(period, theirs);
        theirs = undefined;
      }
      if (viewOf(period).eTag !== eTag) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta', [], viewOf(period));
      apply(period, patch.entries);
      return viewOf(period);
    },
  };
  return { api: api as unknown as ApiClient, patches, followUpPatches, creates, removes, rows, viewOf };
}
