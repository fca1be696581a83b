import { followUpQueries, readFollowUpData, toFollowUpData, type ReadFollowUpData } from '../app/overview/followUpData';
import { DeltaMirror, DeltaUnsupportedError, type DeltaMirrorOptions } from './deltaMirror';
import type { SharePointStore } from './sharePointStore';

/** A ReadFollowUpData that keeps its lists current with Graph's list-item delta; `mirror` is there to look into. */
export type DeltaFollowUpReader = ReadFollowUpData & { readonly mirror: DeltaMirror; /** false once Graph refused delta */ readonly usesDelta: boolean };

/**
 * The overview's follow-up data over SharePoint, kept in a delta mirror (see DeltaMirror): the first
 * call for a förvaltning, year and period costs what the plain reader costs plus one $batch of
 * `token=latest` requests; every later call costs one $batch of delta requests (one per list, more
 * pages only when many items changed) and gives the same FollowUpData the plain reader would.
 * Build one per process and share it: the mirror lives as long as the reader. Where Graph refuses
 * list-item delta (a national cloud without it), it reads plainly from then on.
 */
export function deltaFollowUp(store: SharePointStore, options: DeltaMirrorOptions = {}): DeltaFollowUpReader {
  const mirror = new DeltaMirror(store.graph, options);
  const plain = readFollowUpData(store);
  let supported = true;
  const read: ReadFollowUpData = async (forvaltningId, year, period) => {
    if (!supported) return plain(forvaltningId, year, period);
    try {
      return toFollowUpData(await mirror.listMany(followUpQueries(forvaltningId, year, period)));
    } catch (error) {
      if (!(error instanceof DeltaUnsupportedError)) throw error;
      supported = false;
      return plain(forvaltningId, year, period);
    }
  };
  return Object.defineProperties(read, { mirror: { value: mirror }, usesDelta: { get: () => supported } }) as DeltaFollowUpReader;
}
