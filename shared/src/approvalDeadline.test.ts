import { approvalDeadline, isDueSoon } from './approvalDeadline';
import { legacyReportState, reportState } from './reportState';

it('dates the plan in February of its year, the reports ten days after their period, the summaries at the end of that month', () => {
  expect(approvalDeadline('unitPlan', 2026, null)).toBe('2026-02-28');
  expect(['T1', 'T2', 'VB'].map((p) => approvalDeadline('unitReport', 2026, p as 'T1'))).toEqual(['2026-05-10', '2026-09-10', '2027-01-10']);
  expect(['T1', 'T2', 'VB'].map((p) => approvalDeadline('summary', 2026, p as 'T1'))).toEqual(['2026-05-31', '2026-09-30', '2027-01-31']);
});

it('is due soon from 14 days before the deadline on, and after it', () => {
  expect(isDueSoon('2026-05-10', '2026-04-25')).toBe(false);
  expect(isDueSoon('2026-05-10', '2026-04-26')).toBe(true);
  expect(isDueSoon('2026-05-10', '2026-06-01')).toBe(true);
});

it("reads a report's state from its approval, else a header marked ready before approvals as submitted", () => {
  expect(reportState({ state: 'returned' }, { status: 'ready' })).toBe('returned');
  expect(reportState(null, { status: 'ready' })).toBe('submitted');
  expect(reportState(null, { status: 'draft' })).toBe('draft');
  expect(reportState(null, {})).toBe('draft');
  expect(reportState(undefined, null)).toBe('none');
  expect(legacyReportState({ status: 'draft' })).toBeNull();
});
