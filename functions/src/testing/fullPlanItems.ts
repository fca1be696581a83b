// Test data: a create body per collection with every field filled (nothing left to a default) in
// Hägerstensåsens förskolor's plan 2021, and for every updatable field another valid value.
import type { Collection } from '@vp/shared';

export const fullItems = {
  goals: {
    level: 'unitGoal',
    parentId: 'nm-1.3-1',
    order: 5,
    number: '9.1',
    title: 'Alla barn läser varje dag',
    description: 'Läsning i alla grupper.',
    expectedResults: ['Fler barn lånar böcker', 'Barnen berättar om böckerna'],
    workingMethods: 'Högläsning efter lunch.',
    resources: ['Biblioteket', 'Språkombud'],
    followUp: ['Tertialvis i arbetslaget'],
    development: 'Vi vill prova bokcirklar.',
  },
  indicators: {
    parentId: 'nm-1.3-1',
    order: 3,
    name: 'Andel barn som läser hemma',
    measureUnit: '%',
    direction: 'higherIsBetter',
    annualTarget: { type: 'value', value: 80 },
    councilTarget: { type: 'text', text: 'Tas fram av nämnd' },
    periodicity: 'tertial',
    aggregation: { rule: 'ratioOfSums', numerator: 'Barn som läser hemma', denominator: 'Alla barn', factor: 100 },
    applicableUnitIds: ['hagerstensasens-forskolor', 'malarhojden-vastertorps-forskolor'],
  },
  activities: {
    parentId: 'nm-1.3-1',
    order: 2,
    text: 'Läsvecka i alla grupper',
    start: '2021-02-01',
    end: '2021-05-31',
    responsible: 'Rektor',
    resources: '20 timmar, 5 000 kronor',
  },
  sections: {
    order: 9,
    key: 'lasning',
    title: 'Läsning',
    text: 'Så arbetar vi med läsning.',
  },
} as const satisfies Record<Collection, Record<string, unknown>>;

/** Per collection, every field a PATCH may change, with a valid value other than the full item's. */
export const otherValues = {
  goals: {
    parentId: 'nm-1.3-2',
    order: 6,
    number: '9.2',
    title: 'Alla barn läser och berättar',
    description: 'Läsning och berättande.',
    expectedResults: ['Barnen berättar själva'],
    workingMethods: 'Högläsning efter lunch och före vilan.',
    resources: ['Stadsbiblioteket'],
    followUp: ['Vid varje APT', 'I kvalitetsdialogen'],
    development: 'Bokcirklar för vårdnadshavare.',
  },
  indicators: {
    parentId: 'nm-1.3-2',
    order: 4,
    name: 'Andel barn som läser varje dag',
    measureUnit: 'antal',
    direction: 'lowerIsBetter',
    annualTarget: { type: 'value', value: 90 },
    councilTarget: { type: 'value', value: 75 },
    periodicity: 'year',
    aggregation: { rule: 'sum' },
    applicableUnitIds: ['hagerstensasens-forskolor'],
  },
  activities: {
    parentId: 'nm-1.3-2',
    order: 3,
    text: 'Läsvecka med biblioteket',
    start: '2021-03-01',
    end: '2021-06-30',
    responsible: 'Förskollärare',
    resources: '40 timmar',
  },
  sections: {
    order: 10,
    key: 'lasning-och-sprak',
    title: 'Läsning och språk',
    text: 'Så arbetar vi med läsning och språk.',
  },
} as const satisfies Record<Collection, Record<string, unknown>>;

let created = 0;
/** A fully filled create body; sections get a key of their own (keys are unique within a plan). */
export function fullItem<C extends Collection>(collection: C): Record<string, unknown> {
  created += 1;
  return collection === 'sections' ? { ...fullItems.sections, key: `lasning-${created}` } : { ...fullItems[collection] };
}
