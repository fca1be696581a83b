// Test helpers of the edit dialogs: an in-memory ApiClient and a Fluent render. Not exported from index.ts.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { ActivityNode, GoalNode } from '@vp/shared';
import { ApiError, type ApiClient } from '../api/client';

export interface Call {
  method: 'create' | 'update' | 'remove' | 'getItem';
  collection: string;
  id?: string;
  eTag?: string;
  body?: unknown;
}

type Item = Record<string, unknown> & { id: string; eTag: string };

/** An ApiClient over a map of items, checking eTags like the server; `failNext` makes the next write fail. */
export function createFakeApi() {
  const items = new Map<string, Item>();
  const calls: Call[] = [];
  let version = 100;
  let failure: ApiError | null = null;
  let gate: Promise<void> | null = null;
  const key = (collection: string, id: string) => `${collection}/${id}`;
  const newETag = () => `"${++version}"`;

  async function write<R>(call: Call, action: () => R): Promise<R> {
    calls.push(call);
    if (gate) await gate;
    if (failure) {
      const error = failure;
      failure = null;
      throw error;
    }
    return action();
  }

  function stored(collection: string, id: string, eTag: string): Item {
    const item = items.get(key(collection, id));
    if (!item) throw new ApiError(404, 'NOT_FOUND', `Hittar inget med id "${id}"`);
    if (item.eTag !== eTag) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta sedan du öppnade det.', [], item);
    return item;
  }

  const notUsed = () => Promise.reject(new Error('not used in these tests'));
  const api = {
    listForvaltningar: notUsed,
    listUnits: notUsed,
    listDevUsers: notUsed,
    getPlan: notUsed,
    getItem: (_unitId: string, _year: number, collection: string, id: string) =>
      write({ method: 'getItem', collection, id }, () => {
        const item = items.get(key(collection, id));
        if (!item) throw new ApiError(404, 'NOT_FOUND', `Hittar inget med id "${id}"`);
        return item;
      }),
    create: (unitId: string, year: number, collection: string, body: Record<string, unknown>) =>
      write({ method: 'create', collection, body }, () => {
        const item: Item = { ...body, id: `new-${version}`, unitId, year, eTag: newETag() };
        items.set(key(collection, item.id), item);
        return item;
      }),
    update: (_unitId: string, _year: number, collection: string, id: string, eTag: string, body: Record<string, unknown>) =>
      write({ method: 'update', collection, id, eTag, body }, () => {
        const next: Item = { ...stored(collection, id, eTag), ...body, eTag: newETag() };
        items.set(key(collection, id), next);
        return next;
      }),
    remove: (_unitId: string, _year: number, collection: string, id: string, eTag: string) =>
      write({ method: 'remove', collection, id, eTag }, () => {
        stored(collection, id, eTag);
        items.delete(key(collection, id));
      }),
  } as unknown as ApiClient;

  return {
    api,
    calls,
    writes: () => calls.filter((c) => c.method !== 'getItem'),
    /** Stores an item, as if someone saved it. */
    put(collection: string, item: Item) {
      items.set(key(collection, item.id), item);
    },
    get: (collection: string, id: string) => items.get(key(collection, id)),
    failNext(error: ApiError) {
      failure = error;
    },
    /** Holds every request until the returned function is called. */
    hold(): () => void {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

export function renderInFluent(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

/** The texts an element is described by (Fluent Field links hint and validation message this way). */
export function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
}

/** An enhetsmål as the plan tree gives it to the dialogs; tests override what they need. */
export function goalNode(over: Partial<GoalNode> = {}): GoalNode {
  return {
    id: 'g1',
    forvaltningId: 'hagersten',
    unitId: 'u1',
    year: 2026,
    parentId: 'n1',
    order: 0,
    level: 'unitGoal',
    number: null,
    title: 'Alla barn möter böcker',
    description: '',
    expectedResults: [],
    workingMethods: '',
    resources: [],
    followUp: [],
    development: '',
    eTag: '"1"',
    owner: 'unit',
    indicators: [],
    activities: [],
    children: [],
    ...over,
  };
}

/** A unit's activity as the plan tree gives it to the dialogs. */
export function activityNode(over: Partial<ActivityNode> = {}): ActivityNode {
  return {
    id: 'a1',
    forvaltningId: 'hagersten',
    unitId: 'u1',
    year: 2026,
    parentId: 'g1',
    order: 0,
    text: 'Läsvecka',
    start: '2026-03-02',
    end: '2026-03-06',
    responsible: 'Rektor',
    resources: '',
    eTag: '"3"',
    owner: 'unit',
    ...over,
  };
}
