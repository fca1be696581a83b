import type { InvocationContext, Timer } from '@azure/functions';
import { reportingPeriodAt, type Store } from '@vp/shared';
import { AppError } from '../app/errors';
import { readFollowUpData, type ReadFollowUpData } from '../app/overview/followUpData';
import { createSummary, timerActor } from '../app/overview/summaries';

/** 05:00 on 15 May, 15 September and 15 January: after each tertial and the year have ended. */
export const tertialSummarySchedule = '0 0 5 15 1,5,9 *';

/**
 * Timer trigger: stores a dated summary of the period just ended for every förvaltning. One
 * förvaltning that cannot be summarised does not stop the others; the run still fails afterwards,
 * naming it, so the failure is seen in the Functions' monitoring.
 */
export const tertialSummary =
  (store: Store, now: () => Date = () => new Date(), followUp: ReadFollowUpData = readFollowUpData(store)) =>
  async (_timer: Timer, context: InvocationContext): Promise<void> => {
    const at = now();
    const { year, period } = reportingPeriodAt(at);
    const failed: string[] = [];
    for (const forvaltning of await store.list('forvaltning')) {
      try {
        const summary = await createSummary(store, timerActor, forvaltning.id, year, period, at, followUp);
        context.log(`Tertialsammanställning ${period} ${year} för ${forvaltning.name}: ${summary.id}`);
      } catch (error) {
        // Submitted or approved already (an early approval): what was approved stays the newest summary.
        if (error instanceof AppError && error.code === 'CONFLICT') {
          context.log(`Tertialsammanställning ${period} ${year} för ${forvaltning.name}: ingen ny, ${error.message}`);
          continue;
        }
        failed.push(forvaltning.name);
        context.error(`Tertialsammanställning ${period} ${year} för ${forvaltning.name} misslyckades`, error);
      }
    }
    if (failed.length > 0) throw new Error(`Tertialsammanställning ${period} ${year} misslyckades för ${failed.join(', ')}; de övriga sparades`);
  };
