/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { buildGoalTree, sortSections, type PlanTree } from '@vp/shared';
import { useState } from 'react';
import { forvaltningData } from '../../../functions/src/seed/demo/forvaltning';
import { hagerstensasenData } from '../../../functions/src/seed/demo/hagerstensasen';
import { countMatches } from './filterPlan';
import { PlanSearch } from './PlanSearch';

const eTag = '"1"';
const stored = <T,>(items: T[]) => items.map((i) => ({ ...i, eTag }));
const tree: PlanTree = {
  forvaltning: { ...forvaltningData.forvaltningar[0]!, eTag },
  unit: { ...hagerstensasenData.units[0]!, eTag },
  plan: { ...hagerstensasenData.plans[0]!, eTag },
  year: 2021,
  sections: sortSections(stored(hagerstensasenData.sections)),
  goals: buildGoalTree(stored([...forvaltningData.goals, ...hagerstensasenData.goals]), stored(forvaltningData.indicators), stored(forvaltningData.activities)),
};

function Searching() {
  const [query, setQuery] = useState('');
  return <PlanSearch tree={tree} query={query} onChange={setQuery} />;
}

it('announces how many hits the search marks, in Swedish', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <Searching />
    </FluentProvider>,
  );
  const status = screen.getByRole('status');
  expect(status).toHaveTextContent('Filtrera mål, indikatorer, aktiviteter och texter');
  const box = screen.getByRole('searchbox', { name: 'Sök i planen' });
  expect(box).toHaveAccessibleDescription('Filtrera mål, indikatorer, aktiviteter och texter');

  fireEvent.change(box, { target: { value: 'forskollarare' } });
  const hits = countMatches(tree.goals, tree.sections, 'forskollarare');
  expect(hits).toBeGreaterThan(1);
  expect(status).toHaveTextContent(new RegExp(`^${hits} träffar$`));

  fireEvent.change(box, { target: { value: '4,9' } });
  expect(status).toHaveTextContent(/^1 träff$/);

  fireEvent.change(box, { target: { value: 'rymdfärja' } });
  expect(status).toHaveTextContent(/^Inga träffar$/);
});
