import { GoalLevel, type Actor, type Kind, type Store } from '@vp/shared';
import { demoSlices } from './demo';
import type { DemoData } from './demo/types';

export const seedActor: Actor = { id: 'seed', name: 'Demodata' };

const sliceKey: Partial<Record<Kind, keyof DemoData>> = {
  forvaltning: 'forvaltningar',
  unit: 'units',
  plan: 'plans',
  section: 'sections',
  goal: 'goals',
  indicator: 'indicators',
  activity: 'activities',
  competenceRow: 'competenceRows',
  skaResult: 'skaResults',
  skaAssessment: 'skaAssessments',
  skaAnalysis: 'skaAnalyses',
  skaArea: 'skaAreas',
};
const levelRank = (level: GoalLevel) => GoalLevel.options.indexOf(level);

/** Creates every demo item that is not stored yet (parents first); returns how many it created. */
export async function seedDemoData(store: Store, slices: DemoData[] = demoSlices): Promise<number> {
  let created = 0;
  for (const kind of Object.keys(sliceKey) as Kind[]) {
    const items = slices.flatMap((slice) => (slice[sliceKey[kind]!] ?? []) as { id: string; level?: GoalLevel }[]);
    if (kind === 'goal') items.sort((a, b) => levelRank(a.level!) - levelRank(b.level!));
    const existing = new Set((await store.list(kind)).map((item) => item.id));
    for (const item of items.filter((i) => !existing.has(i.id))) {
      await store.create(kind, item as never, seedActor);
      created++;
    }
  }
  return created;
}
