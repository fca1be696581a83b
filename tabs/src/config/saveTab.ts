import type { pages } from '@microsoft/teams-js';
import { StoredUnit, type Stored, type Unit } from '@vp/shared';
import { ApiError, type ApiClient } from '../api/client';
import type { TabConfig } from './tabConfig';

/** Why a save did not finish: the API refused the link (its Swedish message), or Teams did not take the tab. */
export class SaveFailed extends Error {
  constructor(
    readonly step: 'link' | 'config',
    message: string,
  ) {
    super(message);
    this.name = 'SaveFailed';
  }
}

export interface SaveTab {
  api: Pick<ApiClient, 'linkUnitToTeam'>;
  tabConfig: Pick<TabConfig, 'setConfig'>;
  unit: Stored<Unit>;
  /** The Team's group to link the unit to first; null: no link */
  linkTo: string | null;
  /** The channel the tab is saved in, kept with the link (approvals are posted there) */
  channelId?: string;
  config: pages.InstanceConfig;
  /** The unit as the API now has it: linked, or someone else's newer version after a 412 */
  onUnit(unit: Stored<Unit>): void;
}

/**
 * Saves the tab when Teams asks: the link first, so that a refused link adds no tab and the person
 * can decide (leave the link out, or try again), then Teams' setConfig. The linked unit is handed
 * back, so that saving again after Teams failed does not link twice.
 */
export async function saveTab({ api, tabConfig, unit, linkTo, channelId, config, onUnit }: SaveTab): Promise<void> {
  if (linkTo) {
    try {
      onUnit(await api.linkUnitToTeam(unit.id, linkTo, unit.eTag, channelId));
    } catch (error) {
      // Stale: the newer unit says where it stands now, and its eTag lets a retry through.
      const newer = error instanceof ApiError && error.status === 412 ? StoredUnit.safeParse(error.current) : null;
      if (newer?.success) onUnit(newer.data);
      throw new SaveFailed('link', error instanceof Error ? error.message : String(error));
    }
  }
  try {
    await tabConfig.setConfig(config);
  } catch (error) {
    throw new SaveFailed('config', error instanceof Error ? error.message : String(error));
  }
}
