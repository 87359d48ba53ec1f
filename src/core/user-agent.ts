import { SDK_VERSION } from './sdk-version.js';

// RFC 9110 §10.1.5: User-Agent = product *( RWS ( product / comment ) ); product = token
// ["/" token]; a comment is parenthesised text (nested comments and quoted pairs not taken here).
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const PRODUCT = `${TOKEN}(?:/${TOKEN})?`;
const COMMENT = '\\([\\t\\x20-\\x27\\x2a-\\x5b\\x5d-\\x7e]*\\)';

/**
 * What the `userAgent` option takes: one or more RFC 9110 product tokens (`my-tool/1.2`),
 * optionally with comments (`my-tool/1.2 (+https://example.com)`), starting with a product.
 *
 * @internal
 */
export const USER_AGENT_PRODUCTS = new RegExp(`^${PRODUCT}(?:[ \\t]+(?:${PRODUCT}|${COMMENT}))*$`);

const VERSION_TOKEN = new RegExp(`^${TOKEN}$`);

interface RuntimeGlobals {
  readonly Bun?: { readonly version?: unknown };
  readonly Deno?: { readonly version?: { readonly deno?: unknown } };
  readonly process?: { readonly versions?: { readonly node?: unknown } };
  readonly window?: unknown;
  readonly document?: unknown;
}

/**
 * The runtime and its full version as a product token: `bun/1.2.0`, `deno/2.1.0` or
 * `node/22.11.0` (Bun and Deno also report a Node version, so they are asked first). `undefined`
 * where none of them runs (an edge runtime): the SDK's own token then stands alone.
 *
 * @internal
 */
export function runtimeProduct(
  g: RuntimeGlobals = globalThis as RuntimeGlobals,
): string | undefined {
  const product = (name: string, version: unknown) =>
    typeof version === 'string' && VERSION_TOKEN.test(version) ? `${name}/${version}` : undefined;
  if (g.Bun !== undefined) return product('bun', g.Bun.version);
  if (g.Deno !== undefined) return product('deno', g.Deno.version?.deno);
  return product('node', g.process?.versions?.node);
}

// Detected once: the runtime does not change under a running process.
let sdkProducts: string | undefined;

/**
 * The `User-Agent` the client sends: the tool's own products (the `userAgent` option) first, then
 * `raff-sdk-typescript/<version>` and the runtime, e.g.
 * `my-tool/1.2 raff-sdk-typescript/0.2.0 node/22.11.0`.
 *
 * `undefined` in a browser: there the browser sends its own User-Agent, and a script-set one is
 * either dropped (Chrome, Safari) or would have to be allowed by the API's CORS preflight.
 *
 * @internal
 */
export function userAgentHeader(toolProducts: string | undefined): string | undefined {
  const g = globalThis as RuntimeGlobals;
  if (g.window !== undefined && g.document !== undefined) return undefined;
  if (sdkProducts === undefined) {
    const runtime = runtimeProduct(g);
    sdkProducts = `raff-sdk-typescript/${SDK_VERSION}${runtime === undefined ? '' : ` ${runtime}`}`;
  }
  return toolProducts === undefined ? sdkProducts : `${toolProducts} ${sdkProducts}`;
}
