import { collections, type Indicator, type Stored } from '@vp/shared';
import { useCallback, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { EditorState } from '../edit/useItemEditor';
import { useSaveWithConflict } from '../edit/useSaveWithConflict';
import { useLoad } from '../recover/useLoad';

/** The dialog's choice: every unit, or the units checked. */
export interface Applicability {
  all: boolean;
  unitIds: readonly string[];
}

export interface ApplicabilityEditorOptions {
  api: ApiClient;
  forvaltningId: string;
  year: number;
  indicatorId: string;
  /** The förvaltning's units in the order the dialog lists them; the saved list keeps this order. */
  unitIds: readonly string[];
  onSaved(indicator: Stored<Indicator>): void;
  onClose(): void;
}

const choiceOf = (ids: Indicator['applicableUnitIds']): Applicability => ({ all: ids === null, unitIds: ids ?? [] });
const sameUnits = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));
const sameChoice = (a: Applicability, b: Applicability) => a.all === b.all && (a.all || sameUnits(a.unitIds, b.unitIds));

/**
 * Which units a förvaltning indicator applies to: reads the indicator (for its list and eTag), PATCHes
 * only applicableUnitIds with If-Match, and resolves a 412 by saving over the newer version or taking it.
 */
export function useApplicabilityEditor({ api, forvaltningId, year, indicatorId, unitIds, onSaved, onClose }: ApplicabilityEditorOptions) {
  const load = useLoad(useCallback(() => api.getForvaltningItem<Indicator>(forvaltningId, year, 'indicators', indicatorId), [api, forvaltningId, year, indicatorId]));
  const saver = useSaveWithConflict<Indicator>();
  // The version the choice started from: the one read, or the newer one taken after a conflict.
  const [taken, setTaken] = useState<Stored<Indicator> | null>(null);
  const base = taken ?? load.data ?? null;
  const [edited, setEdited] = useState<Applicability | null>(null);
  const [tried, setTried] = useState(false);
  const stored = base ? choiceOf(base.applicableUnitIds) : null;
  const choice = edited ?? stored ?? { all: true, unitIds: [] };
  const current = saver.conflict?.current ?? null;

  // In the dialog's order; unit ids the list holds that the dialog does not show are kept.
  const body = () => ({ applicableUnitIds: choice.all ? null : [...unitIds, ...choice.unitIds.filter((id) => !unitIds.includes(id))].filter((id) => choice.unitIds.includes(id)) });
  const check = collections.indicators.update.safeParse(body());
  const dirty = stored !== null && !sameChoice(choice, stored);

  async function save(eTag: string) {
    setTried(true);
    if (!check.success) return;
    if (!dirty && !current) return onClose();
    const saved = await saver.save(() => api.updateForvaltningItem<'indicators', Indicator>(forvaltningId, year, 'indicators', indicatorId, eTag, body()), {
      updating: true,
      onFieldErrors: () => undefined,
    });
    if (saved) onSaved(saved);
  }

  const state: EditorState = {
    dirty,
    saving: saver.saving,
    error: saver.error,
    conflict: saver.conflict ? (current ? 'changed' : 'deleted') : null,
    submit: () => void (base && save(base.eTag)),
    saveMine: () => void (current && save(current.eTag)),
    useTheirs() {
      if (!current) return;
      setTaken(current);
      setEdited(null);
      saver.clearConflict();
    },
  };

  return {
    state,
    load,
    choice,
    /** A unit list the schema refuses (none checked), once Spara was tried. */
    invalid: tried && !check.success,
    /** The newer version's choice while a conflict shows, when it differs from this one. */
    theirs: current && !sameChoice(choiceOf(current.applicableUnitIds), choice) ? choiceOf(current.applicableUnitIds) : null,
    setAll: (all: boolean) => setEdited({ ...choice, all }),
    setUnit: (unitId: string, on: boolean) => setEdited({ all: false, unitIds: on ? [...choice.unitIds, unitId] : choice.unitIds.filter((id) => id !== unitId) }),
  };
}
