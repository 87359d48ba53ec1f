import { readFileSync } from 'node:fs';
// A namespace import: bundles often open with their own `createRequire` (for CommonJS packages).
import * as nodeModule from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * openapi.json as parsed JSON.
 *
 * @internal
 */
export type OpenApiDocument = Readonly<Record<string, unknown>>;

let loaded: OpenApiDocument | undefined;

/**
 * Where openapi.json may be. This file sits two folders below the package root both in the
 * source (src/testing/) and in the build (dist/testing/, bundled into index.js, index.cjs and
 * cli.js), so `../../openapi.json` is the package's own copy; a bundle made anywhere else (a
 * user's test bundle, scripts/demo.mjs) finds it through the installed, or self-referenced,
 * package. Keep the file at this depth.
 */
function places(): URL[] {
  const places = [new URL('../../openapi.json', import.meta.url)];
  try {
    const manifest = nodeModule.createRequire(import.meta.url).resolve('@raff/sdk/package.json');
    places.push(new URL('openapi.json', pathToFileURL(manifest)));
  } catch {
    // Not resolvable as a package from here: the first place is the only one.
  }
  return places;
}

function isDocument(value: unknown): value is OpenApiDocument {
  return typeof value === 'object' && value !== null && 'openapi' in value && 'paths' in value;
}

/**
 * The package's openapi.json, read and parsed once, on first use: the emulator validates requests
 * against the schemas it names (generated/emulator.ts holds JSON pointers into it, not copies).
 *
 * @throws {Error} When no openapi.json of the package can be found or parsed.
 * @internal
 */
export function openApiDocument(): OpenApiDocument {
  if (loaded !== undefined) return loaded;
  const looked: string[] = [];
  for (const url of places()) {
    let text: string;
    try {
      text = readFileSync(url, 'utf8');
    } catch {
      looked.push(fileURLToPath(url));
      continue;
    }
    const parsed: unknown = JSON.parse(text);
    if (!isDocument(parsed)) throw new Error(`${fileURLToPath(url)} is not an OpenAPI document`);
    loaded = parsed;
    return parsed;
  }
  throw new Error(
    `The Raff emulator reads openapi.json from the @raff/sdk package; none at ${looked.join(' or ')}`,
  );
}
