import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Functions package's version (functions/package.json, deployed with the app), read once. */
export const apiVersion: string = (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
