/** @jest-environment jsdom */
// Beside an approved subject that was reopened: what changed since the approved version, opened from the
// panel, read from the API (changes item by item, each field approved → now).
import { fireEvent, screen, within } from '@testing-library/react';
import { renderInFluent } from '../report/testing';
import { ApprovalPanel } from './ApprovalPanel';
import { createFakeApprovals, rektor, reportTarget, staff } from './testing';
import { useApproval } from './useApproval';

type Fake = ReturnType<typeof createFakeApprovals>;

function PanelOnPage({ fake }: { fake: Fake }) {
  const approval = useApproval(fake.api, reportTarget)!;
  return <ApprovalPanel api={fake.api} approval={approval} />;
}

const panel = () => screen.getByRole('region', { name: 'Godkännande' });

it('is offered only once something was approved', async () => {
  const fake = createFakeApprovals({ as: staff });
  renderInFluent(<PanelOnPage fake={fake} />);
  await within(panel()).findByText('Utkast');
  expect(within(panel()).queryByRole('button', { name: 'Ändrat sedan godkännandet' })).toBeNull();
  expect(fake.calls.some((c) => c.method === 'getApprovalChanges')).toBe(false);
});

it('lists what changed since the approved version when opened: the item, how, and each field approved → now', async () => {
  const fake = createFakeApprovals({ as: staff, state: 'submitted' });
  fake.stepAs(rektor, 'approve');
  fake.stepAs(rektor, 'reopen');
  fake.changeSinceApproval([
    { key: 'goalId:g1', title: 'Läsning', change: 'changed', fields: [{ field: 'assessment', before: 'fully', after: 'not' }] },
    { key: 'g9', title: 'Ett nytt mål', change: 'added', fields: [] },
  ]);
  renderInFluent(<PanelOnPage fake={fake} />);
  fireEvent.click(await within(panel()).findByRole('button', { name: 'Ändrat sedan godkännandet' }));
  expect(await within(panel()).findByText(/^Jämfört med version 1, godkänd av Rektor/)).toBeTruthy();
  const items = within(panel()).getAllByRole('listitem').filter((li) => li.closest('ul')?.parentElement?.closest('li') === null && /Ändrat|Tillagt/.test(li.textContent ?? ''));
  expect(items.map((li) => li.textContent)).toEqual(['ÄndratLäsningBedömning: Godkänt ”Målet bedöms uppfyllas helt” → Nu ”Målet bedöms inte uppfyllas”', 'TillagtEtt nytt mål']);
});

it('says so when nothing has changed', async () => {
  const fake = createFakeApprovals({ as: staff, state: 'submitted' });
  fake.stepAs(rektor, 'approve');
  renderInFluent(<PanelOnPage fake={fake} />);
  fireEvent.click(await within(panel()).findByRole('button', { name: 'Ändrat sedan godkännandet' }));
  expect(await within(panel()).findByText('Inget har ändrats sedan godkännandet.')).toBeTruthy();
});
