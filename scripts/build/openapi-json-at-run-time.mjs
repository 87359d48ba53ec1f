// Stands in for the emulator's `import spec from '../../openapi.json'` in the build of
// @raff/sdk/testing (see tsup.config.ts): the tarball ships openapi.json at its root, and the
// emulator reads it from there when it loads instead of carrying a second copy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The root of the installed @raff/sdk, as a directory URL. */
function packageRoot() {
  // Installed, dist/testing/ is two levels below the package root (as src/testing/ is below the
  // repository's). The package.json there says whether this file still sits in the package.
  const beside = new URL('../../', import.meta.url);
  try {
    const manifest = JSON.parse(readFileSync(new URL('package.json', beside), 'utf8'));
    if (manifest.name === '@raff/sdk') return beside;
  } catch (error) {
    if (error?.code !== 'ENOENT') throw error;
  }
  // Bundled into another file (a test harness built with esbuild, the benchmark's copy of
  // dist/): the package is wherever `@raff/sdk` resolves from that file.
  const manifest = createRequire(import.meta.url).resolve('@raff/sdk/package.json');
  return new URL('./', pathToFileURL(manifest));
}

function readSpec() {
  const file = new URL('openapi.json', packageRoot());
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`@raff/sdk/testing cannot read ${fileURLToPath(file)}`, { cause: error });
  }
}

/** openapi.json, parsed: what the emulator validates requests and responses against. */
// biome-ignore lint/style/noDefaultExport: it stands in for a JSON module, whose export is its default.
export default JSON.parse(readSpec());
