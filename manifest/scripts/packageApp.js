'use strict';
// Builds the Teams app package (the zip you upload to Teams or the Developer Portal).
//
//   npm run package:teams -- --env local      → manifest/build/appPackage.local.zip
//   npm run package:teams -- --env dev [--out <dir>]
//
// Steps: read env/.env.<env> (the toolkit's env folder at the repository root; environment variables
// of the same names win), replace every ${{NAME}} in manifest.json and the localization files, fail
// with the list of names left unresolved, validate against the official schemas (see validate.js),
// check the icons, and zip manifest.json, the localization files and the icons at the zip root.

const fs = require('node:fs');
const path = require('node:path');
const { zipSync, strToU8 } = require('fflate');
const { validateManifest, validateLocalization } = require('./validate');
const { readPngHeader } = require('./png');

const MANIFEST_DIR = path.resolve(__dirname, '..');
// The Teams Toolkit's env folder (teamsapp.yml: environmentFolderPath), one place for both.
const ENV_DIR = path.resolve(MANIFEST_DIR, '..', 'env');
const BUILD_DIR = path.join(MANIFEST_DIR, 'build');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ICON_SIZES = { color: 192, outline: 32 };
// Fixed timestamp for zip entries so the same input gives the same package.
const ZIP_MTIME = new Date(2024, 0, 1);

class PackageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PackageError';
  }
}

class UnresolvedPlaceholdersError extends PackageError {
  constructor(env, names) {
    super(
      `Unresolved placeholders for env "${env}": ${names.join(', ')}.\n` +
        `Set ${names.length === 1 ? 'it' : 'them'} in env/.env.${env} or as environment variables.`,
    );
    this.name = 'UnresolvedPlaceholdersError';
    this.names = names;
  }
}

/** Parse dotenv-style text: NAME=value lines, `#` comments, blank lines, optional quotes. */
function parseEnvFile(text) {
  const vars = {};
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new PackageError(`Cannot parse line ${i + 1} of env file: ${rawLine}`);
    let value = m[2];
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    else value = value.replace(/\s+#.*$/, '').trim();
    vars[m[1]] = value;
  });
  return vars;
}

/** Names of the environments that have an env/.env.<name> file (not the git-ignored .env.<name>.user secrets). */
function listEnvs(envDir = ENV_DIR) {
  if (!fs.existsSync(envDir)) return [];
  return fs
    .readdirSync(envDir)
    .filter((f) => f.startsWith('.env.') && !f.endsWith('.user'))
    .map((f) => f.slice('.env.'.length))
    .sort();
}

/**
 * Variables for an environment: its env file, overridden by (and supplemented with) the non-empty
 * values in `processEnv` (pass `{}` to use the file alone).
 */
function loadEnv(env, { envDir = ENV_DIR, processEnv = process.env } = {}) {
  if (!/^[A-Za-z0-9_-]+$/.test(env)) throw new PackageError(`Invalid env name: "${env}"`);
  const file = path.join(envDir, `.env.${env}`);
  if (!fs.existsSync(file)) {
    throw new PackageError(`No env file ${file}. Available envs: ${listEnvs(envDir).join(', ') || '(none)'}`);
  }
  const vars = parseEnvFile(fs.readFileSync(file, 'utf8'));
  for (const [name, value] of Object.entries(processEnv)) {
    if (value !== undefined && value !== '') vars[name] = value;
  }
  return vars;
}

/**
 * Replace every ${{NAME}} in JSON text. Values are inserted JSON-escaped (placeholders sit inside
 * JSON strings). A name with no value or an empty value is left in place and reported.
 */
function substitutePlaceholders(text, vars) {
  const unresolved = new Set();
  const out = text.replace(PLACEHOLDER, (whole, name) => {
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    if (value === undefined || value === '') {
      unresolved.add(name);
      return whole;
    }
    return JSON.stringify(String(value)).slice(1, -1);
  });
  return { text: out, unresolved: [...unresolved].sort() };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Relative file paths inside the package that manifest.json refers to (localizations, icons). */
function referencedFiles(manifest) {
  const languages = (manifest.localizationInfo && manifest.localizationInfo.additionalLanguages) || [];
  const localizations = languages.map((l) => l.file);
  if (manifest.localizationInfo && manifest.localizationInfo.defaultLanguageFile) {
    localizations.unshift(manifest.localizationInfo.defaultLanguageFile);
  }
  return { localizations, icons: { color: manifest.icons.color, outline: manifest.icons.outline } };
}

/**
 * Substitute and validate manifest.json and its localization files for an environment.
 * Returns the parsed results; throws PackageError (or UnresolvedPlaceholdersError) on any problem.
 */
function renderApp(env, { manifestDir = MANIFEST_DIR, envDir = ENV_DIR, processEnv = process.env } = {}) {
  const vars = loadEnv(env, { envDir, processEnv });
  const unresolved = new Set();
  const render = (relPath) => {
    const file = path.join(manifestDir, relPath);
    if (!fs.existsSync(file)) throw new PackageError(`Missing file referenced by the manifest: ${relPath}`);
    const result = substitutePlaceholders(fs.readFileSync(file, 'utf8'), vars);
    result.unresolved.forEach((n) => unresolved.add(n));
    return result.text;
  };

  const manifestText = render('manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(manifestText);
  } catch (e) {
    throw new PackageError(`manifest.json is not valid JSON after substitution: ${e.message}`);
  }
  const refs = referencedFiles(manifest);
  const localizations = {};
  for (const rel of refs.localizations) localizations[rel] = JSON.parse(render(rel));
  if (unresolved.size > 0) throw new UnresolvedPlaceholdersError(env, [...unresolved].sort());

  const problems = validateManifest(manifest).errors.map((e) => `manifest.json: ${e}`);
  for (const [rel, doc] of Object.entries(localizations)) {
    problems.push(...validateLocalization(doc).errors.map((e) => `${rel}: ${e}`));
  }
  for (const [kind, rel] of Object.entries(refs.icons)) {
    const file = path.join(manifestDir, rel);
    if (!fs.existsSync(file)) {
      problems.push(`icons.${kind}: file ${rel} not found`);
      continue;
    }
    const { width, height } = readPngHeader(fs.readFileSync(file));
    const want = ICON_SIZES[kind];
    if (width !== want || height !== want) {
      problems.push(`icons.${kind}: ${rel} is ${width}×${height}, must be ${want}×${want}`);
    }
  }
  if (problems.length > 0) {
    throw new PackageError(`The app package for env "${env}" is not valid:\n  ${problems.join('\n  ')}`);
  }
  return { manifest, manifestText, localizations, icons: refs.icons };
}

/** Render, validate and zip the app package. Returns the zip's path and the substituted manifest. */
function buildPackage({
  env,
  outDir = BUILD_DIR,
  manifestDir = MANIFEST_DIR,
  envDir = ENV_DIR,
  processEnv = process.env,
} = {}) {
  if (!env) throw new PackageError('No env given (use --env local|dev)');
  const app = renderApp(env, { manifestDir, envDir, processEnv });
  const entries = { 'manifest.json': strToU8(JSON.stringify(app.manifest, null, 2) + '\n') };
  for (const [rel, doc] of Object.entries(app.localizations)) {
    entries[path.posix.basename(rel)] = strToU8(JSON.stringify(doc, null, 2) + '\n');
  }
  for (const rel of Object.values(app.icons)) {
    entries[path.posix.basename(rel)] = new Uint8Array(fs.readFileSync(path.join(manifestDir, rel)));
  }
  const zip = zipSync(entries, { level: 9, mtime: ZIP_MTIME });
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${env}.zip`);
  fs.writeFileSync(zipPath, zip);
  return { zipPath, manifest: app.manifest, files: Object.keys(entries) };
}

function parseArgs(argv) {
  const args = { env: 'local', outDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s);
    const take = () => {
      const v = inline !== undefined ? inline : argv[++i];
      if (v === undefined || v === '') throw new PackageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--env' || flag === '-e') args.env = take();
    else if (flag === '--out') args.outDir = path.resolve(take());
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new PackageError(`Unknown argument: ${arg}`);
  }
  return args;
}

function main(argv = process.argv.slice(2)) {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      console.log(`Usage: npm run package:teams -- --env <${listEnvs().join('|')}> [--out <dir>]`);
      return 0;
    }
    const { zipPath, files } = buildPackage({ env: args.env, outDir: args.outDir });
    console.log(`Teams app package for env "${args.env}": ${path.relative(process.cwd(), zipPath)}`);
    console.log(`  contains: ${files.join(', ')}`);
    return 0;
  } catch (e) {
    if (e instanceof PackageError) {
      console.error(`package:teams failed: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = main();

module.exports = {
  PackageError,
  UnresolvedPlaceholdersError,
  parseEnvFile,
  listEnvs,
  loadEnv,
  substitutePlaceholders,
  renderApp,
  buildPackage,
  parseArgs,
  main,
};
