import { createHash } from 'node:crypto';
import type { Period } from '@vp/shared';

/**
 * One report per unit, year and period: its header's id says which, so two first saves at once cannot
 * both create one (the second gets CONFLICT). Ids are at most 100 characters; longer ones are hashed.
 */
export function reportId(unitId: string, year: number, period: Period): string {
  const id = `${unitId}.${year}.${period}`;
  return id.length <= 100 ? id : `report.${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}
