/**
 * raff-tool's entry point: `npm run example:tool -- vms list -o json` runs it from source
 * (scripts/demo.mjs bundles it with esbuild), `node raff-tool.mjs …` once bundled.
 */
import { run } from './cli.js';

process.exitCode = await run(process.argv.slice(2), process);
