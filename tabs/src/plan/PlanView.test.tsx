/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildGoalTree, sortSections, type PlanTree } from '@vp/shared';
import { forvaltningData } from '../../../functions/src/seed/demo/forvaltning';
import { hagerstensasenData } from '../../../functions/src/seed/demo/hagerstensasen';
import type { PlanActions } from './PlanActions';
import { PlanView } from './PlanView';

const eTag = '"1"';
const stored = <T,>(items: T[]) => items.map((i) => ({ ...i, eTag }));
const tree: PlanTree = {
  forvaltning: { ...forvaltningData.forvaltningar[0]!, eTag },
  unit: { ...hagerstensasenData.units[0]!, eTag },
  plan: { ...hagerstensasenData.plans[0]!, eTag },
  year: 2021,
  sections: sortSections(stored(hagerstensasenData.sections)),
  goals: buildGoalTree(
    stored([...forvaltningData.goals, ...hagerstensasenData.goals]),
    stored([...forvaltningData.indicators, ...hagerstensasenData.indicators]),
    stored([...forvaltningData.activities, ...hagerstensasenData.activities]),
  ),
};

function renderPlan(actions?: PlanActions, query = '') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PlanView tree={tree} query={query} actions={actions} onCopyLink={() => undefined} />
    </FluentProvider>,
  );
}

const recording = () => {
  const calls: string[] = [];
  const record = (name: string) => (item: { id: string }) => void calls.push(`${name} ${item.id}`);
  const actions: PlanActions = {
    addGoal: record('addGoal'),
    editGoal: record('editGoal'),
    deleteGoal: record('deleteGoal'),
    moveGoal: (goal, _siblings, direction) => void calls.push(`moveGoal ${goal.id} ${direction}`),
    addActivity: record('addActivity'),
    editActivity: record('editActivity'),
    deleteActivity: record('deleteActivity'),
    editSection: record('editSection'),
  };
  return { calls, actions };
};

describe('the plan view', () => {
  it('shows the cascade with indicator tables and marks förvaltning goals read-only', () => {
    renderPlan();
    const area = screen.getByRole('region', { name: /^1\.3 I Stockholm når barn sin fulla potential/ });
    const table = within(area).getAllByRole('table', { name: /^Indikatorer/ })[0]!;
    const row = within(table).getByRole('row', { name: /Antal barn per grupp/ });
    expect(row).toHaveTextContent('16');
    expect(row).toHaveTextContent('Tertial');
    expect(within(area).getAllByText('Förvaltningens – skrivskyddat').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /^Redigera/ })).toBeNull();
  });

  it('offers editing only on the unit’s own goals', () => {
    const { calls, actions } = recording();
    renderPlan(actions);
    const ownTitle = hagerstensasenData.goals[0]!.title;
    fireEvent.click(screen.getByRole('button', { name: `Redigera: ${ownTitle}` }));
    expect(calls).toEqual(['editGoal hag-em-1']);
    expect(screen.queryByRole('button', { name: /^Redigera: 1\.3 / })).toBeNull();
    const namndmal = screen.getByRole('region', { name: /^Alla barn i förskolan utvecklar sin förståelse/ });
    fireEvent.click(within(namndmal).getAllByRole('button', { name: /^Lägg till enhetsmål/ })[0]!);
    expect(calls).toContain('addGoal nm-1.3-1');
  });

  it('collapses and expands a goal with a labelled toggle', () => {
    renderPlan();
    const toggle = screen.getByRole('button', { name: /^2 En hållbart växande/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: /^2\.5 / })).toBeNull();
  });

  it('filters by the search query', () => {
    renderPlan(undefined, 'fossilfri');
    expect(screen.getByRole('region', { name: /^Hägersten-Älvsjö stadsdelsnämnd är en fossilfri organisation/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^1\.3 / })).toBeNull();
  });
});
