import { ApprovalAction, type ApprovalRefusal, ApprovalState, type ApprovalSubject, approvalStep } from './approval';
import type { Caller, Role } from './identity';

const caller = (role: Role, forvaltningId: string | null, unitIds: string[]): Caller => ({ id: role, name: role, role, forvaltningId, unitIds });

const callers = {
  'personal of A': caller('staff', 'f1', ['ua']),
  'rektor of A': caller('rektor', 'f1', ['ua']),
  'rektor of B': caller('rektor', 'f1', ['ub']),
  'avdelningschef of f1': caller('avdelningschef', 'f1', []),
  'avdelningschef of f2': caller('avdelningschef', 'f2', []),
  'läsare of f1': caller('lasare', 'f1', []),
};
type Who = keyof typeof callers;

const unitA = { id: 'ua', forvaltningId: 'f1' };
const subjects = {
  "A's plan": { kind: 'unitPlan', unit: unitA },
  "A's report": { kind: 'unitReport', unit: unitA },
  "f1's summary": { kind: 'summary', forvaltningId: 'f1' },
} satisfies Record<string, ApprovalSubject>;
type What = keyof typeof subjects;

type Outcome = ApprovalState | ApprovalRefusal;
/** The outcome from each state, in the order draft (utkast), submitted (inskickad), approved (godkänd), returned (återremitterad). */
type Row = [Who, What, ApprovalAction, [Outcome, Outcome, Outcome, Outcome]];

const C = 'conflict';
// What each caller may do; every (caller, subject, action) not listed is forbidden in every state.
const allowed: Row[] = [
  ['personal of A', "A's plan", 'submit', ['submitted', C, C, 'submitted']],
  ['personal of A', "A's report", 'submit', ['submitted', C, C, 'submitted']],

  ['rektor of A', "A's plan", 'submit', ['submitted', C, C, 'submitted']],
  ['rektor of A', "A's plan", 'approve', [C, 'approved', C, C]],
  ['rektor of A', "A's plan", 'return', [C, 'returned', C, C]],
  ['rektor of A', "A's plan", 'reopen', [C, C, 'draft', C]],
  ['rektor of A', "A's report", 'submit', ['submitted', C, C, 'submitted']],
  ['rektor of A', "A's report", 'approve', [C, 'approved', C, C]],
  ['rektor of A', "A's report", 'return', [C, 'returned', C, C]],
  ['rektor of A', "A's report", 'reopen', [C, C, 'draft', C]],

  // The avdelningschef receives the unit's reports (submitted or approved) and may send one back.
  ['avdelningschef of f1', "A's report", 'return', [C, 'returned', 'returned', C]],
  ['avdelningschef of f1', "f1's summary", 'submit', ['submitted', C, C, 'submitted']],
  ['avdelningschef of f1', "f1's summary", 'approve', [C, 'approved', C, C]],
  ['avdelningschef of f1', "f1's summary", 'return', [C, 'returned', C, C]],
  ['avdelningschef of f1', "f1's summary", 'reopen', [C, C, 'draft', C]],
];

const key = (who: Who, what: What, action: ApprovalAction) => `${who} | ${what} | ${action}`;
const listed = new Map(allowed.map(([who, what, action, outcomes]) => [key(who, what, action), outcomes]));

const table: [Who, What, ApprovalAction, ApprovalState, Outcome][] = [];
for (const who of Object.keys(callers) as Who[])
  for (const what of Object.keys(subjects) as What[])
    for (const action of ApprovalAction.options) {
      const outcomes = listed.get(key(who, what, action)) ?? ['forbidden', 'forbidden', 'forbidden', 'forbidden'];
      const [draft, submitted, approved, returned] = outcomes;
      table.push([who, what, action, 'draft', draft], [who, what, action, 'submitted', submitted], [who, what, action, 'approved', approved], [who, what, action, 'returned', returned]);
    }

const comment = 'Målen saknar analys.';
const englishIds = [...ApprovalState.options, ...ApprovalAction.options, 'unitPlan', 'unitReport', 'summary', 'staff', 'lasare'];

/** A refusal speaks Swedish: a sentence naming who may act or what state the item is in, and none of the code's ids. */
function expectSwedish(reason: string) {
  expect(reason).toMatch(/^[A-ZÅÄÖ].*\.$/);
  expect(reason).toMatch(/rektor|personal|avdelningschef|läsare|utkast|inskickad|godkänd|återremitterad|kommentar|ändras/);
  for (const id of englishIds) expect(reason).not.toMatch(new RegExp(`\\b${id}\\b`));
}

describe('approvalStep: role × subject × action × state', () => {
  it('covers every caller, subject, action and state', () => {
    expect(table).toHaveLength(6 * 3 * 4 * 4);
    expect(listed.size).toBe(allowed.length); // no row listed twice
  });

  it.each(table)('%s, %s, %s from %s → %s', (who, what, action, state, expected) => {
    const step = approvalStep(callers[who], subjects[what], state, action, comment);
    if (step.ok) expect(step.next).toBe(expected);
    else {
      expect(step.refusal).toBe(expected);
      expectSwedish(step.reason);
    }
  });
});

describe('returning needs a comment', () => {
  it.each([
    ['rektor of A', "A's plan", 'submitted'],
    ['avdelningschef of f1', "A's report", 'approved'],
    ['avdelningschef of f1', "f1's summary", 'submitted'],
  ] as const)('%s returning %s (%s) without one is refused', (who, what, state) => {
    for (const missing of [undefined, '', '  \n ']) {
      const step = approvalStep(callers[who], subjects[what], state, 'return', missing);
      expect(step).toEqual({ ok: false, refusal: 'commentRequired', reason: expect.any(String) });
      if (!step.ok) expectSwedish(step.reason);
    }
  });

  it('says what to do, in Swedish', () => {
    expect(approvalStep(callers['rektor of A'], subjects["A's plan"], 'submitted', 'return')).toEqual({
      ok: false,
      refusal: 'commentRequired',
      reason: 'Skriv vad som behöver ändras när du återremitterar enhetens plan.',
    });
  });
});

describe('refusals name the reason', () => {
  it('who may act, when the caller may not', () => {
    const step = approvalStep(callers['rektor of B'], subjects["A's report"], 'approved', 'return', comment);
    expect(step).toEqual({ ok: false, refusal: 'forbidden', reason: 'Bara enhetens rektor och förvaltningens avdelningschef kan återremittera enhetens rapport.' });
  });

  it('the state, when the caller may act but not now', () => {
    const step = approvalStep(callers['rektor of A'], subjects["A's plan"], 'returned', 'approve');
    expect(step).toEqual({ ok: false, refusal: 'conflict', reason: 'Det går inte att godkänna enhetens plan när den är återremitterad, bara när den är inskickad.' });
  });

  it('that a läsare reads only', () => {
    const step = approvalStep(callers['läsare of f1'], subjects["f1's summary"], 'submitted', 'approve');
    expect(step).toEqual({ ok: false, refusal: 'forbidden', reason: 'Som läsare kan du läsa förvaltningens sammanställning men inte godkänna den.' });
  });
});
