/** @jest-environment jsdom */
// Smedjebacken's focus-area plan in the plan view: the texts, the nämnd's goals and the verksamhetsmål
// as lists under a heading each, then Fokus 1–7 with their activities and Uppföljning/redovisning.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildGoalTree, sortSections, type PlanTree } from '@vp/shared';
import { smedjebackenData as smb } from '../../../functions/src/seed/demo/smedjebacken';
import type { PlanActions } from './PlanActions';
import { PlanView } from './PlanView';

const eTag = '"1"';
const stored = <T,>(items: T[]) => items.map((i) => ({ ...i, eTag }));
const tree: PlanTree = {
  forvaltning: { ...smb.forvaltningar[0]!, eTag },
  unit: { ...smb.units[0]!, eTag },
  plan: { ...smb.plans[0]!, eTag },
  year: 2020,
  sections: sortSections(stored(smb.sections)),
  goals: buildGoalTree(stored(smb.goals), [], stored(smb.activities)),
};

function renderPlan(actions?: PlanActions, query = '') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PlanView tree={tree} query={query} actions={actions} onCopyLink={() => undefined} />
    </FluentProvider>,
  );
}

function recording() {
  const calls: string[] = [];
  const record = (name: string) => (item: { id: string }) => void calls.push(`${name} ${item.id}`);
  const actions: PlanActions = {
    addGoal: record('addGoal'),
    editGoal: record('editGoal'),
    deleteGoal: record('deleteGoal'),
    moveGoal: (goal, siblings, direction) => void calls.push(`moveGoal ${goal.id} ${direction} among ${siblings.map((s) => s.id).join(',')}`),
    addActivity: record('addActivity'),
    editActivity: record('editActivity'),
    deleteActivity: record('deleteActivity'),
    editSection: record('editSection'),
  };
  return { calls, actions };
}

it('shows the texts, then the nämnd’s goals and the verksamhetsmål as lists, then the focus areas, in the source’s order', () => {
  renderPlan();
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
    'Planens texter',
    'Nämndens övergripande mål',
    'Verksamhetsmål 2020–2023',
    'Fokus 1: Strategisk kompetensförsörjning',
    'Fokus 2: Digitalisering',
    'Fokus 3: ESTER',
    'Fokus 4: NTA (Naturvetenskap och teknik för alla)',
    'Fokus 5: Utveckla barnens inre motivation genom motivationslyftet',
    'Fokus 6: Språkutvecklande arbetssätt',
    'Fokus 7: Barnomsorgskön hanteras av kö samordnaren',
  ]);
  const board = screen.getByRole('region', { name: 'Nämndens övergripande mål' });
  expect(within(board).getAllByRole('listitem')).toHaveLength(8);
  expect(within(board).getByText('Förvaltningens – skrivskyddat')).toBeInTheDocument();
  expect(within(board).getByText('Sjukfrånvaron ska minska.')).toBeInTheDocument();
  const operational = screen.getByRole('region', { name: 'Verksamhetsmål 2020–2023' });
  expect(within(operational).getAllByRole('listitem')).toHaveLength(4);
  expect(within(operational).getByText('Andelen högskoleutbildad personal ska öka i förskolan.')).toBeInTheDocument();
});

it('shows a focus area’s activities with the plan’s dates and its Uppföljning/redovisning', () => {
  renderPlan();
  const fokus1 = screen.getByRole('region', { name: 'Fokus 1: Strategisk kompetensförsörjning' });
  expect(within(fokus1).getByText('Fokusområde')).toBeInTheDocument();
  const table = within(fokus1).getByRole('table', { name: 'Aktiviteter: Fokus 1: Strategisk kompetensförsörjning' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(5);
  expect(rows[0]).toHaveTextContent('Vakanta tjänster ska annonseras ut på hemsida, webcruiter och sociala medier.');
  expect(rows[0]).toHaveTextContent('2020-01-01');
  expect(rows[0]).toHaveTextContent('2023-12-31');
  expect(within(fokus1).getByText('Uppföljning/redovisning')).toBeInTheDocument();
  expect(within(fokus1).queryByText('Uppföljning')).toBeNull();
  expect(within(fokus1).getByText('Årligen kontrollera andelen behöriga förskollärare i organisationen. Detta sker i bokslutet.')).toBeInTheDocument();
  const fokus7 = screen.getByRole('region', { name: 'Fokus 7: Barnomsorgskön hanteras av kö samordnaren' });
  expect(within(fokus7).getByRole('row', { name: /Placeringar av barn/ })).toHaveTextContent('kö samordnaren i samarbete med rektorer');
});

it('lets the förskola edit its focus areas and verksamhetsmål, move a focus area among the focus areas, never the nämnd’s goals', () => {
  const { calls, actions } = recording();
  renderPlan(actions);
  fireEvent.click(screen.getByRole('button', { name: 'Redigera: Fokus 2: Digitalisering' }));
  fireEvent.click(screen.getByRole('button', { name: 'Redigera: Andelen högskoleutbildad personal ska öka i förskolan.' }));
  fireEvent.click(screen.getByRole('button', { name: 'Flytta upp: Fokus 2: Digitalisering' }));
  expect(calls).toEqual([
    'editGoal smb-fokus-2',
    'editGoal smb-vm-1',
    'moveGoal smb-fokus-2 -1 among smb-fokus-1,smb-fokus-2,smb-fokus-3,smb-fokus-4,smb-fokus-5,smb-fokus-6,smb-fokus-7',
  ]);
  expect(screen.getByRole('button', { name: 'Flytta upp: Fokus 1: Strategisk kompetensförsörjning' })).toBeDisabled();
  const board = screen.getByRole('region', { name: 'Nämndens övergripande mål' });
  expect(within(board).queryByRole('button', { name: /^Redigera/ })).toBeNull();
});

it('a search keeps only the matching goals of a list', () => {
  renderPlan(undefined, 'sjukfrånvaron');
  const board = screen.getByRole('region', { name: 'Nämndens övergripande mål' });
  expect(within(board).getAllByRole('listitem')).toHaveLength(1);
  expect(screen.queryByRole('region', { name: 'Verksamhetsmål 2020–2023' })).toBeNull();
  expect(screen.queryByRole('region', { name: /^Fokus/ })).toBeNull();
});
