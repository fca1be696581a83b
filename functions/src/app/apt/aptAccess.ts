import { canEditUnit, canRead, leadsApt, type Actor, type Caller } from '@vp/shared';
import { AppError } from '../errors';

type UnitRef = { id: string; forvaltningId: string };

export function assertLeadsApt(caller: Caller, unit: UnitRef): void {
  if (!leadsApt(caller, unit)) throw new AppError('FORBIDDEN', 'Bara enhetens rektor eller förvaltningens avdelningschef förbereder och leder APT.');
}

/** Who takes part: everyone who may edit the unit (its staff, rektor, the avdelningschef). */
export function assertTakesPart(caller: Caller, unit: UnitRef): void {
  if (!canEditUnit(caller, unit)) throw new AppError('FORBIDDEN', 'Bara enhetens personal, rektor och förvaltningens avdelningschef deltar i enhetens APT.');
}

/** null: reading anonymously in local mode. */
export function assertReadsApt(caller: Caller | null, forvaltningId: string): void {
  if (caller !== null && !canRead(caller, forvaltningId)) throw new AppError('FORBIDDEN', 'Du kan bara läsa APT i din egen förvaltning.');
}

export const isPresenter = (caller: Caller, presenter: Actor | null) => presenter !== null && presenter.id === caller.id;
