/** The SharePoint (Microsoft Graph) store adapter: what the rest of the app may use. */
export { createGraphClient, graphScope, type GraphClientOptions } from './graphClient';
export { graphCredential } from './graphCredential';
export { openGraphClient } from './openGraphClient';
export { NULL_SENTINEL, listSpecs } from './listSchema';
export { provision, type ProvisionResult } from './provision';
export type { RetryPolicy } from './retryPolicy';
export { SharePointStore, type SharePointStoreOptions } from './sharePointStore';
export { deltaFollowUp, type DeltaFollowUpReader } from './deltaFollowUp';
export { DeltaMirror, DeltaUnsupportedError, type DeltaMirrorOptions, type DeltaMirrorStats } from './deltaMirror';
