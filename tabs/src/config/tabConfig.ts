import { pages } from '@microsoft/teams-js';

/** What the page answers Teams' Save with (the part of pages.config.SaveEvent it uses). */
export interface SaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}

/** Teams' side of the configuration page, as the page uses it; component tests hand in a fake. */
export interface TabConfig {
  setValidityState(valid: boolean): void;
  /** Teams keeps one handler: registering again replaces the last. */
  registerOnSaveHandler(handler: (saveEvent: SaveEvent) => void): void;
  setConfig(config: pages.InstanceConfig): Promise<void>;
}

export const teamsTabConfig: TabConfig = {
  setValidityState: (valid) => pages.config.setValidityState(valid),
  registerOnSaveHandler: (handler) => pages.config.registerOnSaveHandler(handler),
  setConfig: (config) => pages.config.setConfig(config),
};
