import type { ApprovalDigest, PlanTree, Store } from '@vp/shared';
import { readUnitPlan } from '../readPlan';
import { readUnitReport } from '../reports/readUnitReport';
import { planDigest, reportDigest, summaryDigest } from './approvalDigest';
import type { ResolvedSubject } from './approvalSubject';
import { latestSummary } from './latestSummary';

/** The subject as it is now: its digest, and the content an approval keeps (the plan tree, the report, the summary); null content: no summary yet. */
export interface SubjectContent {
  digest: ApprovalDigest;
  content: unknown;
  /** a unit report's plan, read for its digest: what names the report's entries */
  plan?: PlanTree;
}

export async function readSubjectContent(store: Store, subject: ResolvedSubject): Promise<SubjectContent> {
  const { ref } = subject;
  switch (ref.kind) {
    case 'unitPlan': {
      const tree = await readUnitPlan(store, ref.unitId, ref.year);
      return { digest: planDigest(tree), content: tree };
    }
    case 'unitReport': {
      const [tree, report] = await Promise.all([readUnitPlan(store, ref.unitId, ref.year, { inForce: true }), readUnitReport(store, ref.unitId, ref.year, ref.period)]);
      return { digest: reportDigest(tree, report), content: report, plan: tree };
    }
    case 'summary': {
      const [summary, analyses] = await Promise.all([latestSummary(store, ref.forvaltningId, ref.year, ref.period), store.list('goalAnalysis', { forvaltningId: ref.forvaltningId, year: ref.year, period: ref.period })]);
      const { eTag: _, ...content } = summary ?? { eTag: '' };
      // The förvaltning's analyses of its nämndmål are part of what is approved.
      const written = analyses.map(({ eTag: _eTag, ...analysis }) => analysis).sort((a, b) => a.goalId.localeCompare(b.goalId));
      return { digest: summaryDigest(subject.ownerName, ref.year, ref.period, summary), content: summary === null ? null : { ...content, analyses: written } };
    }
  }
}
