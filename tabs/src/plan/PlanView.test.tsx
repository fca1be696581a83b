/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildGoalTree, foldForSearch, sortSections, type PlanTree } from '@vp/shared';
import { forvaltningData } from '../../../functions/src/seed/demo/forvaltning';
import { hagerstensasenData } from '../../../functions/src/seed/demo/hagerstensasen';
import { malarhojdenVastertorpData } from '../../../functions/src/seed/demo/malarhojden-vastertorp';
import { countMatches } from './filterPlan';
import type { PlanActions } from './PlanActions';
import { PlanView } from './PlanView';
import { Preschools } from './Preschools';

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
    const toggle = screen.getByRole('button', { name: /^2\. En hållbart växande/ });
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

describe('searching the plan', () => {
  const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')].map((m) => m.textContent!);

  it('marks every hit it counts, whatever the case and diacritics', () => {
    const { container } = renderPlan(undefined, 'FORSKOLLARARE');
    fireEvent.click(screen.getByRole('button', { name: 'Visa alla' }));
    const found = marks(container);
    expect(found).toContain('förskollärare');
    expect(found.every((text) => foldForSearch(text) === 'forskollarare')).toBe(true);
    expect(found).toHaveLength(countMatches(tree.goals, tree.sections, 'FORSKOLLARARE'));
    // The plan text that matches is opened to show its hits.
    const text = screen.getByRole('region', { name: 'Kompetensutvecklingsinsatser' });
    expect(within(text).getByText('förskollärare', { selector: 'mark' })).toBeInTheDocument();
  });

  it('finds and marks an indicator’s target as the table writes it', () => {
    const { container } = renderPlan(undefined, '4,9');
    const row = screen.getByRole('row', { name: /Antal förskolebarn per anställd/ });
    expect(within(row).getByText('4,9', { selector: 'mark' })).toBeInTheDocument();
    expect(marks(container)).toEqual(['4,9']);
  });

  it('marks nothing without a query', () => {
    const { container } = renderPlan();
    fireEvent.click(screen.getByRole('button', { name: 'Visa alla' }));
    expect(container.querySelector('mark')).toBeNull();
  });
});

describe('the plan’s texts', () => {
  const toggles = (area: HTMLElement) => within(area).queryAllByRole('button', { expanded: false }).concat(within(area).queryAllByRole('button', { expanded: true }));

  const before = [
    'Inledning',
    'Verksamhetsbeskrivning',
    'Ledningsorganisation',
    'Kvalitéts- och utvecklingsarbetet',
    'Samverkan med vårdnadshavarna',
    'Kompetensutvecklingsinsatser',
    'Processen för arbetet med Verksamhetsplanen',
  ];
  const economy = ['Redovisning av ekonomi', 'Resursanvändning', 'Budget 2021', 'Övrigt'];
  const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

  it('lists the texts in the document’s order: the economy part after the goals, the empty ones grouped closed', () => {
    renderPlan();
    const area = screen.getByRole('region', { name: 'Planens texter' });
    expect(within(area).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(before);
    const end = screen.getByRole('region', { name: 'Ekonomi och övrigt' });
    const goals = screen.getAllByRole('region').filter((r) => r.id.startsWith('goal-'));
    expect(follows(area, goals[0]!)).toBe(true);
    expect(follows(goals.at(-1)!, end)).toBe(true);
    expect(within(end).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Tomma avsnitt (4)']);
    const empty = within(end).getByRole('button', { name: 'Tomma avsnitt (4)' });
    expect(empty).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Budget 2021')).toBeNull();
    fireEvent.click(empty);
    expect(empty).toHaveAttribute('aria-expanded', 'true');
    expect(within(end).getAllByRole('listitem').map((li) => li.textContent)).toEqual(economy);
    expect(toggles(area)).toHaveLength(7);
    expect(toggles(end)).toHaveLength(1);
  });

  it('shows a written economy text after the goals, and keeps Övrigt after it in a search', () => {
    const written = tree.sections.map((s) => (s.key === 'budget-2021' ? { ...s, text: 'Budgeten är i balans.' } : s));
    const { rerender } = renderPlan();
    const show = (query: string) =>
      rerender(
        <FluentProvider theme={webLightTheme}>
          <PlanView tree={{ ...tree, sections: written }} query={query} onCopyLink={() => undefined} />
        </FluentProvider>,
      );
    show('');
    const end = screen.getByRole('region', { name: 'Ekonomi och övrigt' });
    expect(within(end).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Budget 2021', 'Tomma avsnitt (3)']);
    fireEvent.click(within(end).getByRole('button', { name: 'Budget 2021' }));
    expect(within(end).getByText('Budgeten är i balans.')).toBeInTheDocument();
    // Searching for Övrigt alone: it stays after the goals, where the plan has it.
    show('övrigt');
    expect(screen.queryByRole('region', { name: 'Planens texter' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Ekonomi och övrigt' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Övrigt']);
  });

  it('opens and closes every text, and the empty ones, with Visa alla and Dölj alla', () => {
    renderPlan();
    const area = screen.getByRole('region', { name: 'Planens texter' });
    const end = screen.getByRole('region', { name: 'Ekonomi och övrigt' });
    const expanded = () => [area, end].flatMap((a) => within(a).queryAllByRole('button', { expanded: true }));
    expect(expanded()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Visa alla' }));
    expect([area, end].flatMap((a) => within(a).queryAllByRole('button', { expanded: false }))).toHaveLength(0);
    expect(expanded()).toHaveLength(8);
    expect(within(area).getByText(/^Alla kommunala förskolor i den nya stadsdelen/)).toBeInTheDocument();
    expect(within(end).getByText('Budget 2021')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Dölj alla' }));
    expect(expanded()).toHaveLength(0);
    expect(screen.queryByText('Budget 2021')).toBeNull();
  });

  it('offers the rektor to write an empty text', () => {
    const { calls, actions } = recording();
    renderPlan(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Tomma avsnitt (4)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Redigera: Budget 2021' }));
    expect(calls).toEqual(['editSection hag-sec-budget-2021']);
  });

  it('lets the reader close a text a search opened', () => {
    renderPlan(undefined, 'vårdnadshavare');
    const toggle = screen.getByRole('button', { name: 'Samverkan med vårdnadshavarna' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('the unit’s preschools', () => {
  it('lists each preschool with its children, and the total', () => {
    renderPlan();
    const area = screen.getByRole('region', { name: 'Förskolor' });
    const items = within(area).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]).toHaveTextContent(/^Mellanberget, Personnevägen 91 – 153 barn$/);
    expect(items[5]).toHaveTextContent(/^Teatersällskapet – 210 barn/);
    // The plan's note stands with it: it replaces two of the others.
    expect(within(items[5]!).getByText(/^Nybyggd förskola .* kommer att ersätta Mellanbergets och Isbjörnens förskolor/)).toBeInTheDocument();
    expect(within(area).getByText('Totalt 641 barn')).toBeInTheDocument();
  });

  it('gives the unit’s own total where the plan counts no children per preschool', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Preschools unit={malarhojdenVastertorpData.units[0]!} />
      </FluentProvider>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['HattisMälarhöjden', 'KroppåsMälarhöjden', 'RegnbågenMälarhöjden', 'ToppenMälarhöjden', 'SnöbollenVästertorp', 'StörtloppetVästertorp', 'VasanVästertorp']);
    expect(screen.getByText('Totalt 511 barn')).toBeInTheDocument();
  });
});
