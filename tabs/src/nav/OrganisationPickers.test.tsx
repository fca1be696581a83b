/** @jest-environment jsdom */
// The organisation and plan pickers: the organisation select lists every förvaltning the caller reads
// (with its municipality when the name lacks it) and leads to its first unit's plan; the plan select
// offers the chosen organisation's plans of every kind, the one on the page shown as chosen.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Forvaltning, ForvaltningPlans, SkaPlanRef, Stored, Unit } from '@vp/shared';
import { renderInFluent } from '../report/testing';
import { OrganisationPickers } from './OrganisationPickers';
import { organisationStart } from './planChoices';
import type { OrganisationChoice } from './useOrganisationChoice';

const forvaltning = (id: string, name: string, municipality: string) => ({ id, name, municipality, committee: 'Nämnd', eTag: '"1"' }) as Stored<Forvaltning>;
const unit = (id: string, forvaltningId: string, name: string) => ({ id, forvaltningId, name, description: '', preschools: [], eTag: '"1"' }) as Stored<Unit>;

const forvaltningar = [forvaltning('sthlm', 'Hägersten-Älvsjö stadsdelsförvaltning', 'Stockholms stad'), forvaltning('smb', 'Familje- och utbildningsförvaltningen, Smedjebackens kommun', 'Smedjebackens kommun'), forvaltning('sdt', 'Utbildningskontoret', 'Södertälje kommun')];
const units = [unit('mv', 'sthlm', 'Mälarhöjden/Västertorps förskolor'), unit('hag', 'sthlm', 'Hägerstensåsens förskolor'), unit('smb-f', 'smb', 'Förskolan')];
const plan = (unitId: string, year: number, title: string) => ({ id: `${unitId}-${year}`, forvaltningId: 'sthlm', unitId, year, title, eTag: '"1"' });
const sthlmPlans: ForvaltningPlans = { unitPlans: [plan('hag', 2021, 'Verksamhetsplan 2021'), plan('mv', 2021, 'Verksamhetsplan 2021'), plan('hag', 2022, 'Verksamhetsplan 2022')], competenceYears: [2024, 2023] };

const choice = (forvaltningId: string | undefined, plans?: ForvaltningPlans, shown = forvaltningar, ska: SkaPlanRef[] = []): OrganisationChoice => ({
  forvaltningar: shown,
  read: true,
  forvaltningId,
  plans,
  ska,
  // The hook leads to the organisation's first plan once read; here to where it falls back.
  startOf: async (id, list) => organisationStart(id, list),
  loads: [],
});
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const optionsOf = (name: string) => [...select(name).options].map((o) => o.textContent);

test('the organisation select names each förvaltning with its municipality, and choosing one leads to its first unit’s newest plan', async () => {
  const onNavigate = jest.fn();
  renderInFluent(<OrganisationPickers choice={choice('sthlm', sthlmPlans)} units={units} currentHash="#/plan/hag/2021" onNavigate={onNavigate} />);
  expect(optionsOf('Organisation')).toEqual(['Hägersten-Älvsjö stadsdelsförvaltning, Stockholms stad', 'Familje- och utbildningsförvaltningen, Smedjebackens kommun', 'Utbildningskontoret, Södertälje kommun']);
  expect(select('Organisation').selectedOptions[0]?.textContent).toBe('Hägersten-Älvsjö stadsdelsförvaltning, Stockholms stad');
  fireEvent.change(select('Organisation'), { target: { value: 'smb' } });
  await waitFor(() => expect(onNavigate).toHaveBeenLastCalledWith('#/plan/smb-f'));
  // No units: its own plans (the competence-supply plan's page picks the year).
  fireEvent.change(select('Organisation'), { target: { value: 'sdt' } });
  await waitFor(() => expect(onNavigate).toHaveBeenLastCalledWith('#/competence/sdt'));
});

test('the plan select offers the organisation’s unit plans by unit name, newest first, then its competence-supply plans', () => {
  const onNavigate = jest.fn();
  renderInFluent(<OrganisationPickers choice={choice('sthlm', sthlmPlans)} units={units} currentHash="#/plan/hag/2021" onNavigate={onNavigate} />);
  expect(optionsOf('Plan')).toEqual([
    'Hägerstensåsens förskolor: Verksamhetsplan 2022',
    'Hägerstensåsens förskolor: Verksamhetsplan 2021',
    'Mälarhöjden/Västertorps förskolor: Verksamhetsplan 2021',
    'Kompetensförsörjningsplan 2024',
    'Kompetensförsörjningsplan 2023',
  ]);
  expect(select('Plan').selectedOptions[0]?.textContent).toBe('Hägerstensåsens förskolor: Verksamhetsplan 2021');
  fireEvent.change(select('Plan'), { target: { value: '#/competence/sthlm/2023' } });
  expect(onNavigate).toHaveBeenCalledWith('#/competence/sthlm/2023');
});

test('a page whose plan is not among the choices shows "Välj plan", and choosing it again navigates nowhere', () => {
  const onNavigate = jest.fn();
  renderInFluent(<OrganisationPickers choice={choice('sthlm', sthlmPlans)} units={units} currentHash="#/plan/hag/2031" onNavigate={onNavigate} />);
  expect(select('Plan').selectedOptions[0]?.textContent).toBe('Välj plan');
  fireEvent.change(select('Plan'), { target: { value: '' } });
  expect(onNavigate).not.toHaveBeenCalled();
});

test('one förvaltning: no organisation select; plans not read yet: the plan select waits, disabled', () => {
  renderInFluent(<OrganisationPickers choice={choice('sthlm', undefined, forvaltningar.slice(0, 1))} units={units} currentHash={undefined} />);
  expect(screen.queryByRole('combobox', { name: 'Organisation' })).toBeNull();
  expect(select('Plan')).toBeDisabled();
});

test('the plans for systematic quality work follow, by läsår and scope', () => {
  renderInFluent(<OrganisationPickers choice={choice('sdt', { unitPlans: [], competenceYears: [] }, forvaltningar, [{ year: 2018, scope: 'kommun' }, { year: 2018, scope: 'forskola' }])} units={units} currentHash="#/ska/sdt/2018/forskola" />);
  expect(optionsOf('Plan')).toEqual(['Systematiskt kvalitetsarbete 2018/2019: Utbildningskontoret', 'Systematiskt kvalitetsarbete 2018/2019: Förskolan']);
  expect(select('Plan').selectedOptions[0]?.textContent).toBe('Systematiskt kvalitetsarbete 2018/2019: Förskolan');
});
