import { readFileSync } from 'node:fs';
// A namespace import: bundles often open with their own `createRequire` (for CommonJS packages).
import * as nodeModule from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * openapi.json as parsed JSON.
 *
 * @internal
 */
export type OpenApiDocument = Readonly<Record<string, unknown>>;

let loaded: OpenApiDocument | undefined;

/**
 * Where openapi.json may be. Built, this file is bundled into dist/testing/, one folder below
 * dist/openapi.json.gz (the tarball's gzipped copy); in the source (src/testing/) it is two folders
 * below the repository's openapi.json. A bundle made anywhere else (a user's test bundle,
 * scripts/demo.mjs) finds it through the installed, or self-referenced, package
 * (`@raff/sdk/openapi.json.gz`). Keep the file at this depth.
 */
function places(): URL[] {
  const places = [
    new URL('../openapi.json.gz', import.meta.url),
    new URL('../../openapi.json', import.meta.url),
  ];
  try {
    places.push(
      pathToFileURL(nodeModule.createRequire(import.meta.url).resolve('@raff/sdk/openapi.json.gz')),
    );
  } catch {
    // Not resolvable as a package from here: the places above are the only ones.
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
      const bytes = readFileSync(url);
      text = (url.pathname.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
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
