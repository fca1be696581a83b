/** The SharePoint (Microsoft Graph) store adapter: what the rest of the app may use. */
export { clientCredentialsToken, graphScope, type ClientCredentialsOptions } from './clientCredentialsToken';
export { createGraphClient, type GraphClientOptions } from './graphClient';
export { NULL_SENTINEL, listSpecs } from './listSchema';
export { provision, type ProvisionResult } from './provision';
export type { RetryPolicy } from './retryPolicy';
export { sharePointSettingsFromEnv, type SettingsResult, type SharePointSettings } from './settings';
export { SharePointStore, type SharePointStoreOptions } from './sharePointStore';
export { deltaFollowUp, type DeltaFollowUpReader } from './deltaFollowUp';
export { DeltaMirror, DeltaUnsupportedError, type DeltaMirrorOptions, type DeltaMirrorStats } from './deltaMirror';
