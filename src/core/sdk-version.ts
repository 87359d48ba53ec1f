// Written by scripts/sync-version.mjs from package.json (`npm version` runs it): do not edit.
/** The version of `@raff/sdk`, as sent in the User-Agent. */
export const SDK_VERSION = '0.1.0';
