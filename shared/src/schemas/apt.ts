import { z } from 'zod';
import { Actor } from './audit';
import { Id, IsoDate, LongText, ShortText, Year, hasVisibleText } from './common';
import { ActivityStatus, Assessment, Period } from './report';
import { ETag } from './responses';

// APT (arbetsplatsträff): the unit's monthly staff meeting reviews the plan and its follow-up together,
// in a Teams meeting (side panel and stage) or in the tab's presentation mode in a plain browser.

/** Why an item is on the agenda: the plan changed, the follow-up lags, someone flagged the goal, an earlier decision is open, or the rektor added it. */
export const AgendaSource = z.enum(['change', 'report', 'flag', 'decision', 'custom']);
export type AgendaSource = z.infer<typeof AgendaSource>;

/**
 * One point of an APT's agenda. A goal is on it once, with every reason it is there (changed since the
 * last APT, assessed "delvis", flagged …); an open decision from an earlier APT is its own point; the
 * rektor may add points of their own (source custom, no goal).
 */
export const AgendaItem = z.strictObject({
  /** stable within the meeting: "goal-{goalId}", "decision-{noteId}", or a new id for a custom point */
  id: Id,
  /** the first reason it came on the agenda (custom for points the rektor added) */
  source: AgendaSource,
  goalId: Id.nullable(),
  /** the open decision this point follows up */
  decisionId: Id.nullable(),
  title: ShortText,
  /** e.g. "Ändrat sedan förra APT: indikatorn Andel …", "Bedömning T2: delvis", "Flaggat av Anna: …" */
  reasons: z.array(ShortText).max(50),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Agenda = z.array(AgendaItem).max(200, 'Högst 200 punkter på dagordningen');

/** planned: prepared, not started; live: someone has presented; ended: the record is saved and read-only. */
export const AptMeetingState = z.enum(['planned', 'live', 'ended']);
export type AptMeetingState = z.infer<typeof AptMeetingState>;

/** One APT of a unit: its agenda, where the presenter is, and whether it has ended. */
export const AptMeeting = z.strictObject({
  id: Id,
  forvaltningId: Id,
  unitId: Id,
  /** the plan year it reviews */
  year: Year,
  date: IsoDate,
  title: ShortText,
  state: AptMeetingState,
  agenda: Agenda,
  /** the agenda point the presenter shows; null before anyone presents */
  currentItemId: Id.nullable(),
  presenter: Actor.nullable(),
  /** the plan changes on the agenda are those after this moment: the end of the unit's previous APT; null: none before */
  changesSince: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: Actor,
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  endedBy: Actor.nullable(),
});
export type AptMeeting = z.infer<typeof AptMeeting>;

export const AptNoteType = z.enum(['note', 'decision']);
export type AptNoteType = z.infer<typeof AptNoteType>;

/** A note's or decision's text: something visible, at most 4 000 characters. */
const NoteText = LongText.refine(hasVisibleText, 'Skriv något').refine((t) => t.length <= 4_000, 'Högst 4 000 tecken');

/**
 * A note or a decision written in an APT about one agenda point. Each is its own item, so two people
 * typing at once never overwrite each other. A decision stays open (and on every later APT's agenda)
 * until someone closes it.
 */
export const AptNote = z.strictObject({
  id: Id,
  forvaltningId: Id,
  unitId: Id,
  year: Year,
  /** the meeting it was written in (indexed: the live view reads one meeting's notes) */
  parentId: Id,
  agendaItemId: Id,
  /** the goal the agenda point is about, so the plan shows the note beside it */
  goalId: Id.nullable(),
  type: AptNoteType,
  text: NoteText,
  /** decisions: who is responsible (a name as typed) and by when */
  responsible: ShortText.nullable(),
  due: IsoDate.nullable(),
  closedAt: z.iso.datetime().nullable(),
  closedBy: Actor.nullable(),
  createdAt: z.iso.datetime(),
  createdBy: Actor,
  changedAt: z.iso.datetime(),
  changedBy: Actor,
});
export type AptNote = z.infer<typeof AptNote>;

/** A goal someone in the unit wants discussed at the next APT, with a short reason (set in the plan tab). */
export const GoalFlag = z.strictObject({
  id: Id,
  forvaltningId: Id,
  unitId: Id,
  year: Year,
  goalId: Id,
  reason: ShortText.pipe(z.string().max(300, 'Högst 300 tecken')),
  flaggedAt: z.iso.datetime(),
  flaggedBy: Actor,
  /** the ended APT whose agenda had it: it no longer comes on the next agenda */
  discussedIn: Id.nullable(),
});
export type GoalFlag = z.infer<typeof GoalFlag>;

export const StoredAptMeeting = AptMeeting.extend({ eTag: ETag });
export type StoredAptMeeting = z.infer<typeof StoredAptMeeting>;
export const StoredAptNote = AptNote.extend({ eTag: ETag });
export type StoredAptNote = z.infer<typeof StoredAptNote>;
export const StoredGoalFlag = GoalFlag.extend({ eTag: ETag });
export type StoredGoalFlag = z.infer<typeof StoredGoalFlag>;

// ---- Requests ----

/** POST /units/{unitId}/apt: prepare the next APT; its agenda starts as the proposal (GET …/apt/agenda). */
export const AptMeetingCreate = z.strictObject({
  year: Year,
  date: IsoDate,
  /** default "APT {date}" */
  title: ShortText.optional(),
});
export type AptMeetingCreate = z.infer<typeof AptMeetingCreate>;

/** PATCH /apt/{meetingId} with If-Match (rektor or avdelningschef, before it ends): changes exactly what it names. */
export const AptMeetingUpdate = z.strictObject({
  date: IsoDate.optional(),
  title: ShortText.optional(),
  /** the whole agenda in its new order: points removed, reordered or added (custom) */
  agenda: Agenda.optional(),
});
export type AptMeetingUpdate = z.infer<typeof AptMeetingUpdate>;

/** POST /apt/{meetingId}/position: the presenter shows this point (a planned meeting becomes live). No If-Match: the last presenter wins. */
export const AptPosition = z.strictObject({ currentItemId: Id });
export type AptPosition = z.infer<typeof AptPosition>;

/** POST /apt/{meetingId}/notes: anyone of the unit, while the meeting has not ended. */
export const AptNoteCreate = z.strictObject({
  agendaItemId: Id,
  type: AptNoteType,
  text: NoteText,
  responsible: ShortText.nullable().optional(),
  due: IsoDate.nullable().optional(),
});
export type AptNoteCreate = z.infer<typeof AptNoteCreate>;

/** PATCH /apt/notes/{noteId} with If-Match: edit the text (while the meeting runs) or close/reopen a decision (any time). */
export const AptNoteUpdate = z.strictObject({
  text: NoteText.optional(),
  responsible: ShortText.nullable().optional(),
  due: IsoDate.nullable().optional(),
  closed: z.boolean().optional(),
});
export type AptNoteUpdate = z.infer<typeof AptNoteUpdate>;

/** POST /units/{unitId}/apt/flags */
export const GoalFlagCreate = z.strictObject({ year: Year, goalId: Id, reason: GoalFlag.shape.reason });
export type GoalFlagCreate = z.infer<typeof GoalFlagCreate>;

// ---- Responses ----

/** GET /units/{unitId}/apt/agenda?year=: what the next APT's agenda would hold now. */
export const AgendaProposal = z.strictObject({
  unitId: Id,
  year: Year,
  /** the period whose report items are on it */
  period: Period,
  changesSince: z.iso.datetime().nullable(),
  items: Agenda,
});
export type AgendaProposal = z.infer<typeof AgendaProposal>;

/** GET /units/{unitId}/apt?year=: the unit's APTs of that year, newest date first. */
export const AptMeetingList = z.array(StoredAptMeeting);

/**
 * GET /apt/{meetingId}: the meeting and every note written in it, oldest first. Its ETag covers both,
 * so the presentation polls it with If-None-Match and gets 304 until someone moves or writes.
 */
export const AptMeetingView = z.strictObject({
  meeting: StoredAptMeeting,
  notes: z.array(StoredAptNote),
});
export type AptMeetingView = z.infer<typeof AptMeetingView>;

/** One indicator as the stage shows it: target and the latest reported value, formatted as the tab formats them. */
export const StageIndicator = z.strictObject({
  indicatorId: Id,
  name: ShortText,
  target: z.string().nullable(),
  latest: z.strictObject({ period: Period, value: z.string() }).nullable(),
  /** null: no value or no target to compare with */
  belowTarget: z.boolean().nullable(),
});
export type StageIndicator = z.infer<typeof StageIndicator>;

/**
 * GET /apt/{meetingId}/items/{agendaItemId}: what the stage shows of one point — the goal, its indicators,
 * its activities' status and the unit's analysis in the meeting's period; or the decision it follows up.
 */
export const AgendaItemDetail = z.strictObject({
  item: AgendaItem,
  goal: z
    .strictObject({
      goalId: Id,
      heading: ShortText,
      description: LongText,
      indicators: z.array(StageIndicator),
      activities: z.array(z.strictObject({ activityId: Id, text: ShortText, status: ActivityStatus.nullable() })),
      period: Period,
      assessment: Assessment.nullable(),
      analysis: LongText,
    })
    .nullable(),
  decision: StoredAptNote.nullable(),
});
export type AgendaItemDetail = z.infer<typeof AgendaItemDetail>;

/** GET /units/{unitId}/apt/notes?year=: notes and decisions about the plan's goals, newest first, with their meeting's date. */
export const GoalAptNotes = z.array(StoredAptNote.extend({ meetingDate: IsoDate, meetingTitle: ShortText }));
export type GoalAptNotes = z.infer<typeof GoalAptNotes>;

/** GET /units/{unitId}/apt/flags?year=: flags not yet discussed. */
export const GoalFlagList = z.array(StoredGoalFlag);
