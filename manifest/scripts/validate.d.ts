export interface ValidationResult {
  valid: boolean;
  /** One readable line per schema violation ("<json pointer> <message>"); empty when valid. */
  errors: string[];
}
export type SchemaKind = 'manifest' | 'localization';
export const SCHEMA_VERSION: string;
export function schemaPath(kind: SchemaKind): string;
export function schemaUrl(kind: SchemaKind): string;
export function validateManifest(manifest: unknown): ValidationResult;
export function validateLocalization(localization: unknown): ValidationResult;
