// Strings of approvals: the panel beside a plan, report or summary, its dialogs and channel posts, and Att göra.
import { approvalStateLabel, formatCount, type ApprovalAction, type ContentChange, type ApprovalKind, type ApprovalState, type ChannelPostState, type Period, type TodoReason } from '@vp/shared';

const capital = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

const svNoun: Record<ApprovalKind, string> = { unitPlan: 'planen', unitReport: 'rapporten', summary: 'sammanställningen' };

const sv = {
  title: 'Godkännande',
  states: approvalStateLabel,
  version: (n: number) => `Version ${n}`,
  actions: { submit: 'Skicka in', approve: 'Godkänn', return: 'Återremittera', reopen: 'Öppna igen' } satisfies Record<ApprovalAction, string>,
  sending: 'Skickar…',
  cancel: 'Avbryt',
  close: 'Stäng',
  locked: { submitted: 'Kan inte ändras medan den granskas.', approved: 'Den godkända versionen kan inte ändras förrän den öppnas igen.' },
  returnedBy: (name: string, at: string) => `Återremitterad av ${name} ${at}`,

  dialog: {
    titles: {
      submit: (kind: ApprovalKind) => `Skicka in ${svNoun[kind]}?`,
      approve: (kind: ApprovalKind) => `Godkänna ${svNoun[kind]}?`,
      return: (kind: ApprovalKind) => `Återremittera ${svNoun[kind]}`,
      reopen: (kind: ApprovalKind) => `Öppna ${svNoun[kind]} igen?`,
    } satisfies Record<ApprovalAction, (kind: ApprovalKind) => string>,
    submitText: (kind: ApprovalKind) => `Den som godkänner får ${svNoun[kind]} att granska. Den kan inte ändras medan den granskas, bara om den återremitteras eller öppnas igen.`,
    approveText: 'Det här godkänner du, så som det ser ut nu:',
    approvePosted: 'Ett meddelande om godkännandet skickas till enhetens kanal i Teams.',
    returnText: (kind: ApprovalKind) => `${capital(svNoun[kind])} går tillbaka för att ändras. Skriv vad som behöver ändras: kommentaren visas i historiken och i kanalen.`,
    reopenText: (kind: ApprovalKind, version: number) =>
      `${capital(svNoun[kind])} kan ändras igen som version ${version + 1}. Den godkända versionen ${version} finns kvar att läsa i historiken.`,
    comment: 'Kommentar',
    commentOptional: 'Frivillig.',
    commentRequired: 'Skriv vad som behöver ändras innan du återremitterar.',
    failed: 'Det gick inte att slutföra.',
    conflictTitle: 'Någon annan hann före',
    conflictText: (kind: ApprovalKind, state: ApprovalState, version: number) =>
      `${capital(svNoun[kind])} är nu ${approvalStateLabel[state].toLowerCase()} (version ${version}). Panelen visar det nya läget.`,
    conflictAgain: 'Försök igen med det nya läget',
  },

  digest: {
    counts: (goals: number, indicators: number, activities: number) =>
      `${formatCount(goals)} mål, ${formatCount(indicators)} ${indicators === 1 ? 'indikator' : 'indikatorer'}, ${formatCount(activities)} ${activities === 1 ? 'aktivitet' : 'aktiviteter'}`,
    progress: 'Ifyllt',
    progressOf: (filled: number, total: number) => `${formatCount(filled)} av ${formatCount(total)}`,
    notAssessed: 'Ej bedömda',
    belowTarget: 'Indikatorer som inte når målet',
    noneBelowTarget: 'Inga indikatorer under målet.',
    valueAgainstTarget: (value: string, target: string) => `${value} (mål ${target})`,
  },

  history: {
    title: (n: number) => `Historik (${n})`,
    empty: 'Inget är inskickat än.',
    steps: { submit: 'Inskickad', approve: 'Godkänd', return: 'Återremitterad', reopen: 'Öppnad igen' } satisfies Record<ApprovalAction, string>,
    step: (step: string, name: string) => `${step} av ${name}`,
    version: (n: number) => `version ${n}`,
  },

  changes: {
    title: 'Ändrat sedan godkännandet',
    since: (version: number, name: string, at: string) => `Jämfört med version ${version}, godkänd av ${name} ${at}.`,
    none: 'Inget har ändrats sedan godkännandet.',
    kinds: { added: 'Tillagt', removed: 'Borttaget', changed: 'Ändrat' } satisfies Record<ContentChange['change'], string>,
    before: 'Godkänt',
    after: 'Nu',
    /** The fields a plan, report or summary item has, as people know them; others fall back to the edit dialogs' labels. */
    fields: {
      title: 'Titel',
      text: 'Text',
      name: 'Namn',
      description: 'Beskrivning',
      expectedResults: 'Förväntade resultat',
      workingMethods: 'Arbetssätt',
      responsible: 'Ansvarig',
      resources: 'Resurser',
      start: 'Start',
      end: 'Slut',
      annualTarget: 'Årsmål',
      assessment: 'Bedömning',
      analysis: 'Analys',
      value: 'Värde',
      numerator: 'Täljare',
      denominator: 'Nämnare',
      weight: 'Vikt',
      comment: 'Kommentar',
      status: 'Status',
    } as Record<string, string>,
  },

  posts: {
    title: (n: number) => `Meddelanden till kanalen (${n})`,
    empty: 'Inga meddelanden än.',
    states: {
      sent: 'Skickat',
      pending: 'Väntar',
      sending: 'Skickas',
      failed: 'Misslyckades – försök igen',
      noTeams: 'Inte skickat – ingen Teams-koppling',
    } satisfies Record<ChannelPostState, string>,
    postedBy: (name: string, at: string) => `Från ${name}, ${at}`,
    retry: 'Försök igen',
    retrying: 'Skickar igen…',
    retryFailed: 'Meddelandet kunde inte skickas igen.',
    cardFailed: 'Kortet kunde inte visas.',
    card: 'Kortet så som det postas',
  },

  todo: {
    nav: 'Att göra',
    title: 'Att göra',
    waiting: 'Väntar på mig',
    reasons: { toApprove: 'Att godkänna', returned: 'Återremitterat till dig', dueSoon: 'Inte inskickat – deadline snart' } satisfies Record<TodoReason, string>,
    nothing: 'Inget väntar på dig just nu.',
    due: (date: string) => `Ska vara inskickad senast ${date}`,
    status: 'Status för planer och rapporter',
    noStatus: 'Inga planer eller rapporter för året.',
    unit: 'Enhet',
    what: 'Vad',
    state: 'Läge',
    changed: 'Senast ändrad',
    changedBy: (at: string, name: string) => `${at} av ${name}`,
    forvaltning: 'Förvaltningen',
  },
  subjects: {
    unitPlan: (year: number) => `Plan ${year}`,
    unitReport: (year: number, period: Period) => (period === 'VB' ? `Verksamhetsberättelse ${year}` : `Uppföljning ${period} ${year}`),
    summary: (year: number, period: Period) => `Sammanställning ${period} ${year}`,
  },
};

type Approval = typeof sv;

const enNoun: Record<ApprovalKind, string> = { unitPlan: 'the plan', unitReport: 'the report', summary: 'the summary' };
const enState: Record<ApprovalState, string> = { draft: 'Draft', submitted: 'Submitted', approved: 'Approved', returned: 'Returned' };

const en: Approval = {
  title: 'Approval',
  states: enState,
  version: (n) => `Version ${n}`,
  actions: { submit: 'Submit', approve: 'Approve', return: 'Return', reopen: 'Reopen' },
  sending: 'Sending…',
  cancel: 'Cancel',
  close: 'Close',
  locked: { submitted: 'Cannot be changed while under review.', approved: 'The approved version cannot be changed until it is reopened.' },
  returnedBy: (name, at) => `Returned by ${name} ${at}`,

  dialog: {
    titles: {
      submit: (kind) => `Submit ${enNoun[kind]}?`,
      approve: (kind) => `Approve ${enNoun[kind]}?`,
      return: (kind) => `Return ${enNoun[kind]}`,
      reopen: (kind) => `Reopen ${enNoun[kind]}?`,
    },
    submitText: (kind) => `The approver gets ${enNoun[kind]} to review. It cannot be changed while under review, only if it is returned or reopened.`,
    approveText: 'This is what you approve, as it is now:',
    approvePosted: 'A message about the approval is posted to the unit’s channel in Teams.',
    returnText: (kind) => `${capital(enNoun[kind])} goes back to be changed. Say what needs changing: the comment shows in the history and in the channel.`,
    reopenText: (kind, version) => `${capital(enNoun[kind])} can be changed again as version ${version + 1}. The approved version ${version} stays readable in the history.`,
    comment: 'Comment',
    commentOptional: 'Optional.',
    commentRequired: 'Say what needs changing before you return it.',
    failed: 'This could not be completed.',
    conflictTitle: 'Someone else got there first',
    conflictText: (kind, state, version) => `${capital(enNoun[kind])} is now ${enState[state].toLowerCase()} (version ${version}). The panel shows where it stands now.`,
    conflictAgain: 'Try again with the new state',
  },

  digest: {
    counts: (goals, indicators, activities) =>
      `${formatCount(goals)} ${goals === 1 ? 'goal' : 'goals'}, ${formatCount(indicators)} ${indicators === 1 ? 'indicator' : 'indicators'}, ${formatCount(activities)} ${activities === 1 ? 'activity' : 'activities'}`,
    progress: 'Filled in',
    progressOf: (filled, total) => `${formatCount(filled)} of ${formatCount(total)}`,
    notAssessed: 'Not assessed',
    belowTarget: 'Indicators short of their target',
    noneBelowTarget: 'No indicators below target.',
    valueAgainstTarget: (value, target) => `${value} (target ${target})`,
  },

  history: {
    title: (n) => `History (${n})`,
    empty: 'Nothing has been submitted yet.',
    steps: { submit: 'Submitted', approve: 'Approved', return: 'Returned', reopen: 'Reopened' },
    step: (step, name) => `${step} by ${name}`,
    version: (n) => `version ${n}`,
  },

  changes: {
    title: 'Changed since approval',
    since: (version, name, at) => `Compared with version ${version}, approved by ${name} ${at}.`,
    none: 'Nothing has changed since the approval.',
    kinds: { added: 'Added', removed: 'Removed', changed: 'Changed' },
    before: 'Approved',
    after: 'Now',
    fields: {
      title: 'Title',
      text: 'Text',
      name: 'Name',
      description: 'Description',
      expectedResults: 'Expected results',
      workingMethods: 'Working methods',
      responsible: 'Responsible',
      resources: 'Resources',
      start: 'Start',
      end: 'End',
      annualTarget: 'Annual target',
      assessment: 'Assessment',
      analysis: 'Analysis',
      value: 'Value',
      numerator: 'Numerator',
      denominator: 'Denominator',
      weight: 'Weight',
      comment: 'Comment',
      status: 'Status',
    },
  },

  posts: {
    title: (n) => `Messages to the channel (${n})`,
    empty: 'No messages yet.',
    states: { sent: 'Sent', pending: 'Waiting', sending: 'Sending', failed: 'Failed – try again', noTeams: 'Not sent – no Teams connection' },
    postedBy: (name, at) => `From ${name}, ${at}`,
    retry: 'Try again',
    retrying: 'Sending again…',
    retryFailed: 'The message could not be sent again.',
    cardFailed: 'The card could not be shown.',
    card: 'The card as it is posted',
  },

  todo: {
    nav: 'To do',
    title: 'To do',
    waiting: 'Waiting for me',
    reasons: { toApprove: 'To approve', returned: 'Returned to you', dueSoon: 'Not submitted – deadline soon' },
    nothing: 'Nothing is waiting for you right now.',
    due: (date) => `To be submitted by ${date}`,
    status: 'State of plans and reports',
    noStatus: 'No plans or reports for the year.',
    unit: 'Unit',
    what: 'What',
    state: 'State',
    changed: 'Last changed',
    changedBy: (at, name) => `${at} by ${name}`,
    forvaltning: 'The administration',
  },
  subjects: {
    unitPlan: (year) => `Plan ${year}`,
    unitReport: (year, period) => (period === 'VB' ? `Annual report ${year}` : `Follow-up ${period} ${year}`),
    summary: (year, period) => `Summary ${period} ${year}`,
  },
};

export const approval = { sv, en };
