// The public side of Functions: prices, runtimes, and the starter templates a deployment can use.
import type { components } from '../../../../generated/openapi.js';
import type { FunctionRuntime, SourceFile } from './records.js';

type Schemas = components['schemas'];

/**
 * Functions prices in us-east (USD).
 *
 * @internal
 */
export const FUNCTIONS_PRICE = {
  name: 'functions-standard',
  region: 'us-east',
  price_per_gb_second: 0.0000125,
  price_per_vcpu_second: 0.000018,
  warm_rate_multiplier: 0.3,
  free_gb_seconds: 400_000,
  free_vcpu_seconds: 200_000,
  price_per_ai_conversion: 0.3,
  free_ai_conversions: 5,
} as const satisfies Schemas['FunctionsPricing'];

/**
 * The runtimes a function can be built with.
 *
 * @internal
 */
export const RUNTIMES: readonly Schemas['FunctionRuntimeInfo'][] = [
  {
    id: 'python',
    label: 'Python',
    handler_kind: 'asgi',
    signature: 'async def app(scope, receive, send)',
    available: true,
    detect_hint: 'requirements.txt, pyproject.toml or main.py',
  },
  {
    id: 'node',
    label: 'Node.js',
    handler_kind: 'fetch',
    signature: 'export default { fetch(request) { return new Response("ok") } }',
    available: true,
    detect_hint: 'package.json or index.js / index.ts',
  },
  {
    id: 'go',
    label: 'Go',
    handler_kind: 'net_http',
    signature: 'func Handler(w http.ResponseWriter, r *http.Request)',
    available: true,
    detect_hint: 'go.mod or main.go',
  },
  {
    id: 'docker',
    label: 'Container',
    handler_kind: 'container',
    signature: 'any server listening on $PORT',
    available: true,
    detect_hint: 'Dockerfile at the source root',
  },
];

/** The files whose presence lets the build pick each runtime. */
const ENTRY_FILES: Readonly<Record<FunctionRuntime, readonly string[]>> = {
  python: ['requirements.txt', 'pyproject.toml', 'main.py', 'app.py'],
  node: ['package.json', 'index.js', 'index.mjs', 'index.ts'],
  go: ['go.mod', 'main.go'],
  docker: ['Dockerfile'],
};

/**
 * Why a build of `files` for `runtime` fails, or `undefined` when it builds.
 *
 * @internal
 */
export function buildProblem(
  runtime: FunctionRuntime,
  files: readonly SourceFile[],
): string | undefined {
  const names = new Set(files.map((file) => file.name));
  const entries = ENTRY_FILES[runtime];
  if (entries.some((name) => names.has(name))) return undefined;
  return `no ${entries.join(', ')} at the source root: nothing tells the build how to start a ${runtime} function`;
}

/** Which runtime each starter template builds. */
const TEMPLATE_RUNTIME: Readonly<Record<string, FunctionRuntime>> = {
  python: 'python',
  typescript: 'node',
  node: 'node',
  go: 'go',
};

const TEMPLATE_FILES: Readonly<Record<string, readonly SourceFile[]>> = {
  python: [
    {
      name: 'main.py',
      content:
        'async def app(scope, receive, send):\n' +
        "    await send({'type': 'http.response.start', 'status': 200, 'headers': [(b'content-type', b'text/plain')]})\n" +
        "    await send({'type': 'http.response.body', 'body': b'Hello from Raff Functions'})\n",
    },
    { name: 'requirements.txt', content: '' },
  ],
  typescript: [
    {
      name: 'index.ts',
      content:
        'export default {\n  fetch(request: Request): Response {\n    return new Response("Hello from Raff Functions");\n  },\n};\n',
    },
    { name: 'package.json', content: '{ "type": "module" }\n' },
  ],
  node: [
    {
      name: 'index.js',
      content:
        'export default {\n  fetch(request) {\n    return new Response("Hello from Raff Functions");\n  },\n};\n',
    },
    { name: 'package.json', content: '{ "type": "module" }\n' },
  ],
  go: [
    {
      name: 'main.go',
      content:
        'package main\n\nimport "net/http"\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\tw.Write([]byte("Hello from Raff Functions"))\n}\n',
    },
    { name: 'go.mod', content: 'module example.com/hello\n\ngo 1.23\n' },
  ],
};

/**
 * A starter template's files, and why it cannot build for `runtime` (another language's starter).
 *
 * @internal
 */
export function templateSource(
  template: string,
  runtime: FunctionRuntime,
): { files: readonly SourceFile[]; problem: string | undefined } {
  const files = TEMPLATE_FILES[template] ?? [];
  const fits = TEMPLATE_RUNTIME[template] === runtime;
  return {
    files,
    problem: fits ? undefined : `the ${template} template does not build on the ${runtime} runtime`,
  };
}
