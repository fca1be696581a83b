/** @jest-environment jsdom */
// Att göra: what waits for the caller grouped by why, each linking to where it is acted on, and the
// state of every plan and report in the order a reader looks for them.
import { screen, within } from '@testing-library/react';
import type { ApprovalStatusRow, TodoItem } from '@vp/shared';
import { renderInFluent } from '../report/testing';
import { StatusTable } from './StatusTable';
import { TodoList } from './TodoList';

const row = (fields: Partial<ApprovalStatusRow> & Pick<ApprovalStatusRow, 'subject' | 'approvalId'>): ApprovalStatusRow => ({
  forvaltningId: 'f1',
  unitId: 'u1',
  unitName: 'Enhet Ett',
  year: 2021,
  period: null,
  state: 'draft',
  version: 1,
  changedAt: null,
  changedBy: null,
  ...fields,
});
const todo = (fields: Partial<TodoItem> & Pick<TodoItem, 'subject' | 'approvalId' | 'reason'>): TodoItem => ({ ...row(fields), dueDate: null, comment: null, ...fields });

describe('Väntar på mig', () => {
  it('groups by why, in the order att godkänna, återremitterat, deadline snart; each links to its page', () => {
    renderInFluent(
      <TodoList
        items={[
          todo({ approvalId: 'a', subject: 'unitReport', period: 'T1', reason: 'dueSoon', dueDate: '2021-05-15' }),
          todo({ approvalId: 'b', subject: 'unitReport', period: 'T1', unitId: 'u2', unitName: 'Enhet Två', reason: 'toApprove', state: 'submitted' }),
          todo({
            approvalId: 'c',
            subject: 'unitPlan',
            reason: 'returned',
            state: 'returned',
            comment: 'Målen för läsning saknar indikatorer.',
            changedAt: '2021-04-02T08:00:00.000Z',
            changedBy: { id: 'dev-chef', name: 'Avdelningschef' },
          }),
          todo({ approvalId: 'd', subject: 'summary', unitId: null, unitName: null, period: 'T1', reason: 'toApprove', state: 'submitted' }),
        ]}
      />,
    );
    const groups = screen.getAllByRole('region');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual(['Att godkänna (2)', 'Återremitterat till dig (1)', 'Inte inskickat – deadline snart (1)']);
    const links = (group: HTMLElement) => within(group).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')]);
    expect(links(groups[0]!)).toEqual([
      ['Enhet Två – Uppföljning T1 2021', '#/report/u2/2021/T1'],
      ['Förvaltningen – Sammanställning T1 2021', '#/overview/f1/2021/T1'],
    ]);
    expect(links(groups[1]!)).toEqual([['Enhet Ett – Plan 2021', '#/plan/u1/2021']]);
    expect(groups[1]).toHaveTextContent(/Återremitterad av Avdelningschef .*Målen för läsning saknar indikatorer\./);
    expect(groups[2]).toHaveTextContent('Ska vara inskickad senast 15 maj 2021');
  });

  it('says so when nothing waits', () => {
    renderInFluent(<TodoList items={[]} />);
    expect(screen.getByText('Inget väntar på dig just nu.')).toBeTruthy();
  });
});

it('the status table: unit by unit, the plan before its reports in period order, the förvaltning’s summary last, each with its state and link', () => {
  renderInFluent(
    <StatusTable
      rows={[
        row({ approvalId: 's', subject: 'summary', unitId: null, unitName: null, period: 'T1', state: 'approved' }),
        row({ approvalId: 'u2-plan', subject: 'unitPlan', unitId: 'u2', unitName: 'Enhet Två' }),
        row({ approvalId: 'u1-vb', subject: 'unitReport', period: 'VB' }),
        row({ approvalId: 'u1-t1', subject: 'unitReport', period: 'T1', state: 'returned', changedAt: '2021-05-02T08:00:00.000Z', changedBy: { id: 'r', name: 'Rektor' } }),
        row({ approvalId: 'u1-plan', subject: 'unitPlan', state: 'approved', version: 2 }),
      ]}
    />,
  );
  const rows = within(screen.getByRole('table', { name: 'Status för planer och rapporter' })).getAllByRole('row').slice(1);
  expect(rows.map((r) => within(r).getAllByRole('cell').slice(0, 3).map((c) => c.textContent))).toEqual([
    ['Enhet Ett', 'Plan 2021', 'Godkänd Version 2'],
    ['Enhet Ett', 'Uppföljning T1 2021', 'Återremitterad Version 1'],
    ['Enhet Ett', 'Verksamhetsberättelse 2021', 'Utkast Version 1'],
    ['Enhet Två', 'Plan 2021', 'Utkast Version 1'],
    ['Förvaltningen', 'Sammanställning T1 2021', 'Godkänd Version 1'],
  ]);
  expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '#/report/u1/2021/T1');
  expect(rows[1]).toHaveTextContent(/2 maj 2021 \d\d:00 av Rektor/);
});
