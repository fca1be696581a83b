/**
 * The förskola's results table of its SKA plan 2018/2019 (seed 003, *Uppföljning av arbetet med
 * förskolans prioriterade kunskapsområden*): per förskoleenhet the share of five-year-olds reaching the
 * goals of four areas in 2017/18, for pojkar, flickor and totalt, as the percentages it prints (it has
 * no counts); "85" for Järna's naturvetenskap pojkar and "89" for the total's as printed. Its Totalt
 * rows are kept as published totals: 2017/2018 for all three groups, 2011/12–2016/17 totalt only.
 */
import type { SkaCell, SkaGroup, SkaPublishedTotal, SkaResult } from '@vp/shared';
import { sodertaljeForvaltningId, sodertaljeUnitId, type SodertaljeUnitKey } from './sodertalje';

const areas = [
  { key: 'sprak', label: 'Språkutveckling' },
  { key: 'lek', label: 'Lek och samspel' },
  { key: 'nt', label: 'Naturvetenskap och teknik' },
  { key: 'matematik', label: 'Matematik' },
];
const groups: SkaGroup[] = ['pojkar', 'flickor', 'totalt'];

/** 12 printed numbers: per area (in the order above) pojkar, flickor, totalt. */
type Printed = [number, number, number, number, number, number, number, number, number, number, number, number];

function cells(printed: Printed): SkaCell[] {
  return areas.flatMap((area, a) => groups.map((group, g) => ({ area: area.key, group, value: { type: 'percent' as const, percent: printed[a * 3 + g]! } })));
}

const printed2017: [SodertaljeUnitKey, Printed][] = [
  ['brunnsang-grusasen', [89.1, 98.3, 93.0, 91.4, 99.0, 94.6, 93.3, 97.9, 95.3, 92.2, 96.8, 94.1]],
  ['centrum-blombacka', [85.0, 92.6, 90.4, 86.7, 95.0, 90.8, 87.4, 86.9, 87.1, 92.6, 92.6, 92.6]],
  ['enhorna-lina', [85.5, 92.5, 88.5, 84.6, 96.1, 89.6, 87.9, 97.6, 92.0, 87.5, 93.3, 90.0]],
  ['ronna-karlhov', [87.3, 87.9, 87.7, 87.7, 91.9, 89.9, 93.2, 93.4, 93.3, 91.8, 89.4, 90.5]],
  ['rosberga', [78.3, 78.0, 78.1, 90.2, 98.0, 94.1, 86.9, 88.3, 87.6, 81.2, 82.1, 81.6]],
  ['vastra', [85.2, 80.8, 83.0, 95.1, 84.6, 89.9, 86.6, 90.5, 88.6, 91.5, 80.3, 85.9]],
  ['tveta', [79.1, 82.0, 80.5, 86.3, 96.4, 91.2, 79.2, 85.2, 82.1, 79.3, 88.5, 83.8]],
  ['jarna', [82.5, 76.2, 79.7, 88.6, 88.7, 88.6, 85, 83.7, 84.4, 85.7, 85.7, 85.7]],
  ['vardinge', [100, 97.7, 98.6, 96.7, 100, 98.7, 97.1, 92.9, 94.5, 91.1, 84.7, 87.2]],
  ['holo-morko', [90.5, 95.3, 93.0, 89.7, 92.0, 90.9, 95.2, 94.4, 94.8, 92.1, 94.0, 93.1]],
  ['mariekall-saltskog', [92.7, 95.5, 93.7, 96.6, 98.5, 97.3, 94.7, 94.8, 94.7, 95.3, 98.0, 96.2]],
  ['ostertalje', [83.8, 94.6, 89.2, 90.2, 99.6, 94.9, 89.9, 97.2, 93.6, 91.6, 96.1, 94.1]],
  ['rosenlund-fornhojden', [85.8, 88.1, 87.1, 88.7, 91.0, 90.0, 96.0, 92.7, 94.0, 92.0, 90.2, 90.9]],
];

const total2017: Printed = [85.4, 89.7, 87.7, 89.7, 95.5, 92.5, 89, 91.3, 90.1, 89.5, 91.5, 90.5];

/** The earlier Totalt rows: per läsår the totalt of the four areas. */
const totalHistory: [number, [number, number, number, number]][] = [
  [2016, [87.9, 91.5, 89.7, 89.8]],
  [2015, [90.1, 93.6, 92.1, 91.0]],
  [2014, [87.5, 90.1, 87.3, 89.4]],
  [2013, [86.2, 89.5, 84.8, 86.9]],
  [2012, [88.7, 90.7, 84.3, 88.1]],
  [2011, [84.6, 86.5, 80.7, 87.3]],
];

const publishedTotals: SkaPublishedTotal[] = [
  ...cells(total2017).map((c) => ({ schoolYear: 2017, area: c.area, group: c.group, percent: (c.value as { percent: number }).percent })),
  ...totalHistory.flatMap(([schoolYear, totals]) => areas.map((area, a) => ({ schoolYear, area: area.key, group: 'totalt' as const, percent: totals[a]! }))),
];

export const sodertaljeResults: SkaResult[] = [
  {
    id: 'sdt-ska-2018-forskola-resultat-1',
    forvaltningId: sodertaljeForvaltningId,
    unitId: null,
    year: 2018,
    scope: 'forskola',
    order: 0,
    heading: 'Uppföljning av arbetet med förskolans prioriterade kunskapsområden',
    question: 'Når verksamhetens femåringar de uppsatta målen för respektive kunskapsområde?',
    basis: 'Underlag för bedömningen av verksamhetens resultat är dokumentation i de olika journalerna relaterade till nedan angivna kunskapsområden.',
    areas,
    groups,
    rows: printed2017.map(([key, printed]) => ({ unitId: sodertaljeUnitId(key), schoolYear: 2017, cells: cells(printed) })),
    publishedTotals,
  },
];
