'use strict';
// Validates a Teams app manifest (and its localization files) against Microsoft's official JSON
// schemas, which ship in the npm package @microsoft/app-manifest (build/json-schemas/teams/v<ver>/).
// Those schemas declare JSON Schema draft-04, hence Ajv's draft-04 build.

const fs = require('node:fs');
const path = require('node:path');
const AjvDraft04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

/** The manifest schema version this app targets; manifest.json's manifestVersion must equal it. */
const SCHEMA_VERSION = '1.30';

const SCHEMA_FILES = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

/** Absolute path of an official schema file inside node_modules/@microsoft/app-manifest. */
function schemaPath(kind) {
  const file = SCHEMA_FILES[kind];
  if (!file) throw new Error(`Unknown schema kind: ${kind}`);
  const pkgJson = require.resolve('@microsoft/app-manifest/package.json');
  return path.join(path.dirname(pkgJson), 'build', 'json-schemas', 'teams', `v${SCHEMA_VERSION}`, file);
}

/** The `$schema` URL a file of this kind should declare. */
function schemaUrl(kind) {
  return `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/${SCHEMA_FILES[kind]}`;
}

const compiled = new Map();

function validatorFor(kind) {
  let validate = compiled.get(kind);
  if (!validate) {
    const schema = JSON.parse(fs.readFileSync(schemaPath(kind), 'utf8'));
    // strictTypes off: it would only log warnings about the official schema's loose typing (e.g.
    // `maxItems` without `type: array`). The rest of strict mode stays on, so an unknown keyword or
    // format in the schema fails loudly instead of being ignored.
    // unicodeRegExp off: some official `pattern`s (e.g. `\[\b…\b]` in the localization schema) are
    // valid JavaScript regexes only without the `u` flag.
    const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ['uri', 'email', 'regex', 'uuid']);
    validate = ajv.compile(schema);
    compiled.set(kind, validate);
  }
  return validate;
}

function formatError(e) {
  const where = e.instancePath || '(root)';
  let detail = '';
  if (e.keyword === 'additionalProperties') detail = `: "${e.params.additionalProperty}"`;
  else if (e.keyword === 'enum') detail = `: ${JSON.stringify(e.params.allowedValues)}`;
  else if (e.keyword === 'const') detail = `: ${JSON.stringify(e.params.allowedValue)}`;
  return `${where} ${e.message}${detail}`;
}

function run(kind, doc) {
  const validate = validatorFor(kind);
  const valid = validate(doc) === true;
  const errors = valid ? [] : (validate.errors || []).map(formatError);
  return { valid, errors };
}

/** Validate a parsed manifest.json against the official manifest schema. */
function validateManifest(manifest) {
  return run('manifest', manifest);
}

/** Validate a parsed localization file (e.g. en-us.json) against the official localization schema. */
function validateLocalization(localization) {
  return run('localization', localization);
}

module.exports = { SCHEMA_VERSION, schemaPath, schemaUrl, validateManifest, validateLocalization };
