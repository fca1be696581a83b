import { rollupNoteWording, rollupNotes } from './rollupNotes';

const unit = (unitId: string) => ({ unitId, message: 'Andelen är över 100 %' });

it('notes nothing when every unit was used without remark', () => {
  expect(rollupNotes({ leftOutUnits: [], unitWarnings: [] })).toEqual([]);
});

it('counts the left-out and the warned units, in singular and plural', () => {
  expect(rollupNotes({ leftOutUnits: [unit('a')], unitWarnings: [unit('b')] })).toEqual(['1 enhet utelämnad ur värdet', '1 enhet med varning']);
  expect(rollupNotes({ leftOutUnits: [unit('a'), unit('b')], unitWarnings: [] })).toEqual(['2 enheter utelämnade ur värdet']);
  expect(rollupNotes({ leftOutUnits: [], unitWarnings: [unit('a'), unit('b'), unit('c')] })).toEqual(['3 enheter med varning']);
});

it("prints a unit's reason as the aggregation gave it", () => {
  expect(rollupNoteWording.leftOut('nämnare: Kan inte vara negativt')).toBe('Utelämnad ur förvaltningens värde: nämnare: Kan inte vara negativt');
  expect(rollupNoteWording.warning('Andelen är över 100 %')).toBe('Varning: Andelen är över 100 %');
});
