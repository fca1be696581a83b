/**
 * Södertälje kommun's utbildningskontoret and its förskola's 13 förskoleenheter (seed 003, *Plan för
 * systematiskt kvalitetsarbete 2018/2019*), named as the förskola's results table names them. Spaces the
 * PDF extraction left after a slash or hyphen are taken out ("Brunnsäng/ Grusåsen" → "Brunnsäng/Grusåsen",
 * "Hölö- Mörkö" → "Hölö-Mörkö"); "Rosenlund/ Fornhöjden", broken over two lines, is one name. The source
 * names no preschools of the units. The SKA plans themselves are in sodertaljeSka*.ts.
 */
import type { Unit } from '@vp/shared';
import { demoGroupIds, sodertaljeUnitGroupId } from './groups';
import type { DemoData } from './types';

export const sodertaljeForvaltningId = 'sodertalje-uk';

/** The förskoleenheter in the order of the results table: [id suffix, name]. */
export const sodertaljeUnitNames = [
  ['brunnsang-grusasen', 'Brunnsäng/Grusåsen'],
  ['centrum-blombacka', 'Centrum/Blombacka'],
  ['enhorna-lina', 'Enhörna/Lina'],
  ['ronna-karlhov', 'Ronna/Karlhov'],
  ['rosberga', 'Rösberga'],
  ['vastra', 'Västra'],
  ['tveta', 'Tveta'],
  ['jarna', 'Järna'],
  ['vardinge', 'Vårdinge'],
  ['holo-morko', 'Hölö-Mörkö'],
  ['mariekall-saltskog', 'Mariekäll/Saltskog'],
  ['ostertalje', 'Östertälje'],
  ['rosenlund-fornhojden', 'Rosenlund/Fornhöjden'],
] as const;

export type SodertaljeUnitKey = (typeof sodertaljeUnitNames)[number][0];
export const sodertaljeUnitId = (key: SodertaljeUnitKey) => `sdt-${key}`;

// Each linked to a Team of its own (placeholder ids, as the other demo units): a rektor nothing is linked
// to yet is offered only units without one.
const units: Unit[] = sodertaljeUnitNames.map(([key, name], i) => ({
  id: sodertaljeUnitId(key),
  forvaltningId: sodertaljeForvaltningId,
  name,
  description: '',
  preschools: [],
  groupId: sodertaljeUnitGroupId(i + 1),
}));

export const sodertaljeData: DemoData = {
  forvaltningar: [
    {
      id: sodertaljeForvaltningId,
      name: 'Utbildningskontoret, Södertälje kommun',
      municipality: 'Södertälje kommun',
      committee: 'Utbildningsnämnderna',
      groupId: demoGroupIds.sodertaljeUk,
    },
  ],
  units,
  plans: [],
  sections: [],
  goals: [],
  indicators: [],
  activities: [],
};
