#!/usr/bin/env node
// Writes package.json's version into src/core/sdk-version.ts, which the User-Agent reads: the
// client never reads package.json at run time (a bundled Lambda has none). `npm version` runs this
// (the "version" script) before it commits; test/core/user-agent.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const target = new URL('src/core/sdk-version.ts', root);
const text =
  '// Written by scripts/sync-version.mjs from package.json (`npm version` runs it): do not edit.\n' +
  '/** The version of `@raff/sdk`, as sent in the User-Agent. */\n' +
  `export const SDK_VERSION = '${version}';\n`;
if (readFileSync(target, { encoding: 'utf8', flag: 'a+' }) !== text) writeFileSync(target, text);
console.log(`src/core/sdk-version.ts: ${version}`);
