import type { ApprovalAction, ApprovalKind } from './approval';
import { formatStockholmDateTime } from './format/dates';
import { formatCount } from './format/numbers';
import type { ApprovalDigest, ApprovalEvent } from './schemas/approval';

/** An Adaptive Card as JSON, as ChannelPost.card stores it and Graph posts it. */
export type AdaptiveCard = Record<string, unknown>;

/** The step the card tells of, as the history keeps it (the approved snapshot is not needed). */
export type ApprovalCardEvent = Omit<ApprovalEvent, 'snapshot'>;

export interface ApprovalCardInput {
  event: ApprovalCardEvent;
  /** the unit's name, or the förvaltning's for the summary */
  subjectName: string;
  /** the button's target: approvalDeepLink(…) */
  link: string;
}

/**
 * The steps told in the unit's channel: an approval and a return are news to the unit. Submitting
 * and reopening concern the approver or nobody, so they would only be noise in the channel.
 */
export const postedActions: readonly ApprovalAction[] = ['approve', 'return'];

export function isPostedAction(action: ApprovalAction): boolean {
  return postedActions.includes(action);
}

/** Teams renders Adaptive Cards up to 1.5 (not 1.6). */
export const approvalCardVersion = '1.5';

/** Teams refuses a message over about 28 KB; the card keeps well inside it by shortening what can be long. */
const maxCommentCharacters = 3_000;
const maxBelowTargetRows = 10;
const maxNameCharacters = 150;

const headline: Record<ApprovalAction, { text: string; color: string }> = {
  approve: { text: 'Godkänd', color: 'Good' },
  return: { text: 'Återremitterad', color: 'Attention' },
  submit: { text: 'Inskickad', color: 'Accent' },
  reopen: { text: 'Öppnad igen', color: 'Default' },
};

const commentHeading: Record<ApprovalAction, string> = {
  approve: 'Kommentar',
  return: 'Det här behöver ändras',
  submit: 'Kommentar',
  reopen: 'Kommentar',
};

const subjectLabel: Record<ApprovalKind, string> = { unitPlan: 'Enhet', unitReport: 'Enhet', summary: 'Förvaltning' };
const openTitle: Record<ApprovalKind, string> = { unitPlan: 'Öppna planen', unitReport: 'Öppna rapporten', summary: 'Öppna sammanställningen' };

/**
 * The card posted to the channel when a plan, report or summary is approved or returned: what, by
 * whom and when, what was approved (the digest), the comment, and one button that opens the tab
 * there. Text people wrote (titles, names, the comment) goes in TextRuns, which Teams shows as
 * written, never as markdown. No Action.Submit: a card posted through Graph has no bot to answer it.
 */
export function approvalCard({ event, subjectName, link }: ApprovalCardInput): AdaptiveCard {
  const { text, color } = headline[event.action];
  const version = event.version > 1 ? ` (version ${event.version})` : '';
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: approvalCardVersion,
    fallbackText: `${text}: ${event.digest.title}`,
    body: [
      { type: 'TextBlock', text, weight: 'Bolder', color, wrap: true },
      runs([{ text: event.digest.title, size: 'Large', weight: 'Bolder' }], 'None'),
      runs([{ text: `${text} av ${event.by.name}, ${formatStockholmDateTime(event.at)}${version}`, isSubtle: true }], 'Small'),
      runs([{ text: `${subjectLabel[event.subject]}: `, weight: 'Bolder' }, { text: subjectName }]),
      ...digestElements(event.digest),
      ...commentElements(event.comment, commentHeading[event.action]),
    ],
    actions: [{ type: 'Action.OpenUrl', title: openTitle[event.subject], url: link }],
  };
}

type Run = { text: string; size?: string; weight?: string; isSubtle?: boolean };

/** Plain text as written: a RichTextBlock's TextRuns take no markdown. */
function runs(inlines: Run[], spacing?: string): AdaptiveCard {
  return { type: 'RichTextBlock', inlines: inlines.map((run) => ({ type: 'TextRun', ...run })), ...(spacing ? { spacing } : {}) };
}

function heading(text: string): AdaptiveCard {
  return { type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' };
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function digestElements(digest: ApprovalDigest): AdaptiveCard[] {
  const facts = [
    { title: 'Mål', value: formatCount(digest.goals) },
    { title: 'Indikatorer', value: formatCount(digest.indicators) },
    { title: 'Aktiviteter', value: formatCount(digest.activities) },
  ];
  if (digest.progress) facts.push({ title: 'Ifyllt', value: `${formatCount(digest.progress.filled)} av ${formatCount(digest.progress.total)}` });
  if (digest.assessed) {
    const { fully, partly, not, none } = digest.assessed;
    facts.push(
      { title: 'Mål som uppfylls helt', value: formatCount(fully) },
      { title: 'Mål som uppfylls delvis', value: formatCount(partly) },
      { title: 'Mål som inte uppfylls', value: formatCount(not) },
      { title: 'Mål utan bedömning', value: formatCount(none) },
    );
  }
  return [{ type: 'FactSet', facts, spacing: 'Medium' }, ...belowTargetElements(digest.belowTarget)];
}

function belowTargetElements(belowTarget: ApprovalDigest['belowTarget']): AdaptiveCard[] {
  if (belowTarget === null) return [];
  if (belowTarget.length === 0) return [{ type: 'TextBlock', text: 'Alla indikatorer når sina målvärden.', wrap: true, spacing: 'Medium' }];
  const shown = belowTarget.slice(0, maxBelowTargetRows);
  const cell = (items: AdaptiveCard[]) => ({ type: 'TableCell', items });
  const header = ['Indikator', 'Värde', 'Målvärde'].map((text) => cell([{ type: 'TextBlock', text, weight: 'Bolder', wrap: true }]));
  const rows = shown.map((row) => ({
    type: 'TableRow',
    cells: [cell([runs([{ text: shorten(row.name, maxNameCharacters) }])]), cell([runs([{ text: row.value }])]), cell([runs([{ text: row.target }])])],
  }));
  const rest = belowTarget.length - shown.length;
  return [
    heading(`Indikatorer som inte når målvärdet (${formatCount(belowTarget.length)})`),
    { type: 'Table', columns: [{ width: 3 }, { width: 1 }, { width: 1 }], rows: [{ type: 'TableRow', cells: header }, ...rows], spacing: 'Small' },
    ...(rest > 0 ? [{ type: 'TextBlock', text: `… och ${formatCount(rest)} till. Alla finns i Verksamhetsplan.`, isSubtle: true, wrap: true }] : []),
  ];
}

/** The comment line by line (a TextRun's line breaks are not kept by every Teams client), blank lines as paragraph spacing. */
function commentElements(comment: string, title: string): AdaptiveCard[] {
  if (!comment.trim()) return [];
  const shortened = comment.length > maxCommentCharacters;
  const lines = shorten(comment, maxCommentCharacters).split(/\r\n|\r|\n/);
  const blocks: AdaptiveCard[] = [];
  let gap = false;
  for (const line of lines) {
    if (!line.trim()) {
      gap = blocks.length > 0;
      continue;
    }
    blocks.push(runs([{ text: line }], blocks.length === 0 ? 'Small' : gap ? 'Medium' : 'None'));
    gap = false;
  }
  return [
    heading(title),
    ...blocks,
    ...(shortened ? [{ type: 'TextBlock', text: 'Kommentaren är förkortad här. Hela finns i Verksamhetsplan.', isSubtle: true, wrap: true }] : []),
  ];
}
