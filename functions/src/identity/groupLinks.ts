import type { GroupLinks, Store } from '@vp/shared';

/** The group ids the links name, for asking Graph about exactly those. */
export function linkedGroupIds(links: GroupLinks): string[] {
  return [...links.forvaltningar, ...links.units].flatMap((item) => (item.groupId ? [item.groupId] : []));
}

export interface GroupLinksReader {
  read(): Promise<GroupLinks>;
  /** A link was changed by this process: read them again on the next request. */
  changed(): void;
}

/**
 * Which unit and förvaltning each Microsoft 365 group is linked to, read from the store (one $batch
 * over SharePoint) and kept for maxAgeMs: every request needs it, a link changes seldom (and this
 * process forgets them when it changes one). A failed read is not kept.
 */
export function groupLinksReader(store: Store, maxAgeMs = 60_000, now: () => number = Date.now): GroupLinksReader {
  let cached: { at: number; links: Promise<GroupLinks> } | undefined;
  const read = () => {
    if (!cached || now() - cached.at >= maxAgeMs) {
      const links = store.listMany([{ kind: 'forvaltning' }, { kind: 'unit' }] as const).then(([forvaltningar, units]) => ({
        forvaltningar: forvaltningar.map(({ id, groupId }) => ({ id, groupId })),
        units: units.map(({ id, forvaltningId, groupId }) => ({ id, forvaltningId, groupId })),
      }));
      const entry = { at: now(), links };
      links.catch(() => {
        if (cached === entry) cached = undefined;
      });
      cached = entry;
    }
    return cached.links;
  };
  const changed = () => {
    cached = undefined;
  };
  return { read, changed };
}
