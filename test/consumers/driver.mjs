// The consumer-check driver, without vitest: packs the package once, installs the tarball into
// throwaway consumer projects (fixtures/esm-app, fixtures/cjs-app), type-checks a TypeScript
// consumer, bundles the backups Lambda example with esbuild, and runs the consumer checks (and,
// for the runtime matrix, the unit suite) under one runtime at a time.
// scripts/test-runtimes.mjs is the command line; this file only does the work.
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/consumers/fixtures');

/**
 * What `npm pack` may put in the tarball; anything else fails the run. No source maps: the ESM
 * build is not minified, and maps would have to embed their sources to point at anything that
 * ships.
 */
const PACKED = [
  /^dist\/.+\.(?:c?js|d\.c?ts)$/,
  /^dist\/openapi\.json\.gz$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^THIRD_PARTY_NOTICES\.md$/,
  /^package\.json$/,
];

/**
 * Runs a command to completion and collects its output. A command that outlives `timeoutMs` is
 * killed with its whole process group (it runs detached in a group of its own for that).
 */
export function run(argv, { cwd = ROOT, env = process.env, timeoutMs = 120_000 } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const done = (code, signal, error) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, error, ms: Date.now() - started });
    };
    child.once('error', (error) => done(null, null, error));
    child.once('close', (code, signal) => done(code, signal));
  });
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** The last `lines` lines of a command's output, for a failure message. */
export function tail(result, lines = 25) {
  const text = `${result.stdout}\n${result.stderr}`.trim();
  const why = result.timedOut
    ? `timed out after ${result.ms} ms`
    : (result.error?.message ?? `exit ${result.code ?? result.signal}`);
  return `${why}\n${text.split('\n').slice(-lines).join('\n')}`;
}

async function mtime(path) {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestIn(paths) {
  let newest = 0;
  for (const path of paths) {
    const info = await stat(path);
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
      }
    }
  }
  return newest;
}

/** Builds dist/ with `npm run build` when it is missing or older than its sources. */
export async function ensureBuild(log) {
  const built = await mtime(join(ROOT, 'dist/index.js'));
  const sources = await newestIn(
    ['src', 'generated', 'tsup.config.ts', 'package.json'].map((path) => join(ROOT, path)),
  );
  if (built !== undefined && built >= sources) {
    log('dist/ is up to date with src/');
    return;
  }
  log(built === undefined ? 'dist/ is missing: npm run build' : 'dist/ is stale: npm run build');
  const result = await run(['npm', 'run', 'build'], { timeoutMs: 300_000 });
  if (result.code !== 0) throw new Error(`npm run build failed: ${tail(result)}`);
}

/**
 * Packs the package into `workDir` and checks that the tarball holds only the intended files.
 * @returns the tarball path, its packed and unpacked sizes and its file list.
 */
export async function pack(workDir) {
  const result = await run(['npm', 'pack', '--json', '--pack-destination', workDir]);
  if (result.code !== 0) throw new Error(`npm pack failed: ${tail(result)}`);
  const [info] = JSON.parse(result.stdout);
  const files = info.files.map((file) => file.path).sort();
  return {
    tarball: join(workDir, info.filename),
    filename: info.filename,
    size: info.size,
    unpackedSize: info.unpackedSize,
    entryCount: info.entryCount,
    files,
    unexpected: files.filter((path) => !PACKED.some((pattern) => pattern.test(path))),
  };
}

async function devVersion(name) {
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const version = manifest.devDependencies?.[name];
  if (version === undefined) throw new Error(`${name} is not a devDependency`);
  return `${name}@${version}`;
}

/**
 * Lays out the two consumer projects in `workDir` and installs the tarball into each, with the
 * repo's own pinned TypeScript, @types/node and esbuild. `--prefer-offline`: everything but the
 * tarball normally comes from the npm cache that `npm ci` filled.
 */
export async function installProjects(workDir, tarball) {
  const tools = await Promise.all(['typescript', '@types/node', 'esbuild'].map(devVersion));
  const projects = { esm: join(workDir, 'esm-app'), cjs: join(workDir, 'cjs-app') };
  await Promise.all(
    Object.entries(projects).map(async ([kind, dir]) => {
      await cp(join(FIXTURES, `${kind}-app`), dir, { recursive: true });
      await cp(join(FIXTURES, 'shared'), dir, { recursive: true });
      await cp(join(FIXTURES, 'types'), dir, { recursive: true });
      const deps = kind === 'esm' ? tools : tools.filter((tool) => !tool.startsWith('esbuild@'));
      const result = await run(
        ['npm', 'install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...deps],
        { cwd: dir, timeoutMs: 300_000 },
      );
      if (result.code !== 0) throw new Error(`npm install in ${kind}-app failed: ${tail(result)}`);
    }),
  );
  return projects;
}

/** The TypeScript settings checked, and the consumer projects each is checked in. */
export const TYPE_CHECKS = [
  // node10 (`moduleResolution: node`) ignores `exports`: @raff/sdk/testing resolves through
  // package.json `typesVersions`.
  { resolution: 'node10', projects: ['cjs'] },
  { resolution: 'node16', projects: ['esm', 'cjs'] },
  { resolution: 'nodenext', projects: ['esm', 'cjs'] },
  { resolution: 'bundler', projects: ['esm'] },
];

/**
 * Type-checks fixtures/types/consumer.ts against the installed .d.ts (ESM project) and .d.cts
 * (CommonJS project) with skipLibCheck off. Runtime-independent, so it runs once.
 */
export async function typecheck(projects) {
  const results = {};
  for (const { resolution, projects: kinds } of TYPE_CHECKS) {
    results[resolution] = {};
    await Promise.all(
      kinds.map(async (kind) => {
        const dir = projects[kind];
        const tsc = join(dir, 'node_modules/typescript/bin/tsc');
        const result = await run([process.execPath, tsc, '-p', `tsconfig.${resolution}.json`], {
          cwd: dir,
        });
        results[resolution][kind] =
          result.code === 0
            ? { status: 'pass', ms: result.ms }
            : { status: 'fail', ms: result.ms, detail: tail(result) };
      }),
    );
  }
  return results;
}

/**
 * Bundles examples/backups-lambda.ts from the ESM project (so `@raff/sdk` resolves to the
 * installed tarball) for `platform: 'node'`, as ESM and as CommonJS, into `outDir`: a folder
 * with no node_modules above it, so the bundles can only run if they are self-contained.
 */
export async function bundleLambda(projects, outDir) {
  const dir = projects.esm;
  await mkdir(join(dir, 'lambda'), { recursive: true });
  await cp(join(ROOT, 'examples/backups-lambda.ts'), join(dir, 'lambda/handler.ts'));
  const esbuild = await import(pathToFileURL(join(dir, 'node_modules/esbuild/lib/main.js')).href);
  const bundles = {};
  for (const [format, ext] of [
    ['esm', 'mjs'],
    ['cjs', 'cjs'],
  ]) {
    const outfile = join(outDir, `handler.${ext}`);
    try {
      const { metafile } = await esbuild.build({
        absWorkingDir: dir,
        entryPoints: ['lambda/handler.ts'],
        outfile,
        bundle: true,
        platform: 'node',
        format,
        target: 'node20',
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = Object.keys(metafile.inputs);
      const bytes = (await stat(outfile)).size;
      bundles[format] = {
        status: 'pass',
        outfile,
        bytes,
        sdkFiles: inputs.filter((input) => input.includes('node_modules/@raff/sdk/')).length,
        testingBundled: inputs.some((input) => input.includes('@raff/sdk/dist/testing/')),
      };
    } catch (error) {
      bundles[format] = { status: 'fail', detail: String(error?.message ?? error) };
    }
  }
  // esbuild keeps a service process alive for further builds; there are none.
  await esbuild.stop();
  return bundles;
}

/**
 * The Node lines every check must pass on. Node 20 reached its end of life in April 2026: while
 * `engines` still allows 20.19, it is checked as best effort (reported, never a failure).
 */
export const REQUIRED_NODE_MAJORS = [22, 24, 26];

/** A Node release line fetched from the npm registry's `node` package, e.g. `node@26`. */
function nodeLine(spec, required) {
  return {
    label: `Node ${spec.replace(/^node@/, '')}`,
    kind: 'node',
    required: { checks: required, unit: required },
    resolve: () =>
      resolveWithNpx(['-p', spec, 'node', '-p', 'process.execPath + " " + process.version']),
  };
}

/**
 * A runtime: `argv(file, args)` is how it runs a script, `binDir` is put first on PATH so that
 * `#!/usr/bin/env node` finds it (Node only). `required.checks`: a failed consumer check fails
 * the run; `required.unit`: so does a failed unit suite.
 */
export const RUNTIMES = {
  node: {
    label: 'Node (this machine)',
    kind: 'node',
    // Required on a supported line, best effort on Node 20 (CI's own test step still runs the
    // unit suite there, and fails on it).
    required: {
      checks: REQUIRED_NODE_MAJORS.includes(Number(process.versions.node.split('.')[0])),
      unit: true,
    },
    resolve: async () => ({ bin: process.execPath, version: process.version.slice(1) }),
  },
  node22: nodeLine('node@22', true),
  node24: nodeLine('node@24', true),
  node26: nodeLine('node@26', true),
  node20: nodeLine('node@20.19', false),
  bun: {
    label: 'Bun',
    kind: 'bun',
    required: { checks: true, unit: false },
    resolve: () =>
      resolveWithNpx([
        '-p',
        'bun@1',
        'bun',
        '-e',
        'console.log(process.execPath + " " + Bun.version)',
      ]),
  },
  deno: {
    label: 'Deno',
    kind: 'deno',
    required: { checks: true, unit: false },
    resolve: () =>
      resolveWithNpx([
        '-p',
        'deno@2',
        'deno',
        'eval',
        'console.log(Deno.execPath() + " " + Deno.version.deno)',
      ]),
  },
};

/** Fetches a runtime from the npm registry (or npx's cache) and finds its executable. */
async function resolveWithNpx(args) {
  const result = await run(['npx', '-y', ...args], { timeoutMs: 300_000 });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  const [bin, version] = line.split(' ');
  if (result.code !== 0 || !bin || !version) throw new Error(`npx ${args[1]}: ${tail(result)}`);
  return { bin, version: version.replace(/^v/, '') };
}

/** The command line that runs `file` with `args` under a resolved runtime. */
export function argvFor(runtime, file, args = []) {
  if (runtime.kind === 'deno') return [runtime.bin, 'run', '-A', '--no-lock', file, ...args];
  return [runtime.bin, file, ...args];
}

function envFor(runtime) {
  const env = { ...process.env };
  // Let the fixtures' own variables win over whatever the caller has set.
  for (const name of ['RAFF_API_KEY', 'RAFF_PROJECT_ID', 'RAFF_API_URL', 'RAFF_LOG']) {
    delete env[name];
  }
  if (runtime.kind === 'node') env.PATH = `${dirname(runtime.bin)}:${env.PATH}`;
  env.NO_COLOR = '1';
  return env;
}

/** The `RESULT {…}` line a fixture prints when all its assertions held. */
function resultLine(stdout, marker = 'RESULT') {
  const line = stdout.split('\n').find((text) => text.startsWith(`${marker} `));
  return line === undefined ? undefined : JSON.parse(line.slice(marker.length + 1));
}

async function fixture(runtime, cwd, file, args = []) {
  const result = await run(argvFor(runtime, file, args), { cwd, env: envFor(runtime) });
  const loaded = resultLine(result.stdout, 'LOADED');
  const value = resultLine(result.stdout);
  const ok = result.code === 0 && value !== undefined;
  return {
    loaded: loaded !== undefined,
    status: ok ? 'pass' : 'fail',
    ms: result.ms,
    ...(ok ? { result: value } : { detail: tail(result) }),
  };
}

/**
 * Starts the installed `raff-emulator` bin under the runtime, reads the URL and the Owner key from
 * its stdout, makes a request, sends SIGINT and expects exit code 0.
 */
export async function binCheck(runtime, dir) {
  const bin = join(dir, 'node_modules/.bin/raff-emulator');
  // Node runs the bin as npm links it (its shebang, with this runtime first on PATH).
  const argv =
    runtime.kind === 'node' ? [bin, '--port', '0'] : argvFor(runtime, bin, ['--port', '0']);
  const started = Date.now();
  const child = spawn(argv[0], argv.slice(1), {
    cwd: dir,
    env: envFor(runtime),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => {
    child.once('error', (error) => resolve({ code: null, error }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  const fail = async (why) => {
    child.kill('SIGKILL');
    await exited;
    return { status: 'fail', ms: Date.now() - started, detail: `${why}\n${output.trim()}` };
  };
  const ready = await Promise.race([
    (async () => {
      while (true) {
        const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
        const key = /Owner key: (raff_[0-9a-f]{64})/.exec(output)?.[1];
        if (url !== undefined && key !== undefined) return { url, key };
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })(),
    exited.then((exit) => ({ exit })),
    new Promise((resolve) => setTimeout(() => resolve({ timeout: true }), 30_000).unref()),
  ]);
  if (ready.exit) return fail(`exited before printing its URL (${ready.exit.code})`);
  if (ready.timeout) return fail('printed no URL within 30 s');
  try {
    const response = await fetch(`${ready.url}/api/v1/projects`, {
      headers: { 'X-API-Key': ready.key },
    });
    const body = await response.json();
    const names = (body.data ?? []).map((project) => project.name).sort();
    if (response.status !== 200 || names.join() !== 'Default,customer1') {
      return fail(`GET /api/v1/projects: ${response.status} ${JSON.stringify(body)}`);
    }
  } catch (error) {
    return fail(`GET /api/v1/projects failed: ${error.message}`);
  }
  child.kill('SIGINT');
  const exit = await Promise.race([
    exited,
    new Promise((resolve) => setTimeout(() => resolve({ timeout: true }), 10_000).unref()),
  ]);
  if (exit.timeout) return fail('still running 10 s after SIGINT');
  if (exit.code !== 0) return fail(`exited with ${exit.code ?? exit.signal} after SIGINT`);
  return { status: 'pass', ms: Date.now() - started, result: { url: ready.url } };
}

/** Every consumer check under one runtime: import, require, the smoke test, Lambda, the bin. */
export async function consumerChecks(runtime, projects, bundles) {
  const checks = {};
  checks.esm = await fixture(runtime, projects.esm, 'index.mjs');
  checks.cjs = await fixture(runtime, projects.cjs, 'index.js');
  checks.smoke = await fixture(runtime, projects.esm, 'smoke.mjs');
  for (const format of ['esm', 'cjs']) {
    const bundle = bundles[format];
    checks[`lambda_${format}`] =
      bundle?.status === 'pass'
        ? await fixture(runtime, projects.esm, 'lambda-run.mjs', [bundle.outfile])
        : { status: 'fail', detail: 'the bundle was not built' };
  }
  checks.bin = await binCheck(runtime, projects.esm);
  return checks;
}

/**
 * Measurements that differ by runtime without being failures of the package: how often the
 * server receives a GET and a POST the SDK sent once, when a reused connection drops.
 */
export async function probes(runtime, projects) {
  const resend = await fixture(runtime, projects.esm, 'probe-resend.mjs');
  return { resend: resend.status === 'pass' ? resend.result : { error: resend.detail } };
}

/**
 * Runs the repo's vitest suite under the runtime (type tests off: they are tsc, whatever the
 * runtime) and reads the counts from vitest's JSON report.
 */
export async function unitSuite(runtime, reportPath, { timeoutMs }) {
  const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
  const args = [
    'run',
    '--typecheck.enabled=false',
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${reportPath}`,
  ];
  // `bun x vitest` would run vitest's `#!/usr/bin/env node` under Node; --bun makes Bun run it.
  const argv =
    runtime.kind === 'bun'
      ? [runtime.bin, '--bun', vitest, ...args]
      : runtime.kind === 'deno'
        ? [runtime.bin, 'run', '-A', '--no-lock', vitest, ...args]
        : [runtime.bin, vitest, ...args];
  await mkdir(dirname(reportPath), { recursive: true });
  const before = await mtime(reportPath);
  const result = await run(argv, { env: envFor(runtime), timeoutMs });
  const after = await mtime(reportPath);
  return {
    ...(await readReport(after !== before ? reportPath : undefined, result)),
    ms: result.ms,
  };
}

/** A unit-suite outcome from a vitest JSON report (undefined: vitest wrote none). */
export async function readReport(reportPath, result) {
  let report;
  if (reportPath !== undefined) {
    try {
      report = JSON.parse(await readFile(reportPath, 'utf8'));
    } catch {
      report = undefined;
    }
  }
  if (report === undefined) {
    return { status: 'fail', detail: `vitest wrote no report: ${result ? tail(result, 15) : ''}` };
  }
  const failedFiles = report.testResults
    .filter((file) => file.status !== 'passed')
    .map((file) => ({
      file: file.name.replace(ROOT, ''),
      failures: file.assertionResults
        .filter((test) => test.status === 'failed')
        .slice(0, 3)
        .map((test) => `${test.fullName}: ${(test.failureMessages[0] ?? '').split('\n')[0]}`),
      ...(file.message ? { message: file.message.split('\n')[0] } : {}),
    }));
  const ok = report.success && report.numFailedTests === 0 && failedFiles.length === 0;
  return {
    status: ok ? 'pass' : 'fail',
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    total: report.numTotalTests,
    files: report.numTotalTestSuites,
    ...(ok
      ? {}
      : { failedFiles: failedFiles.slice(0, 10), detail: result ? tail(result, 10) : '' }),
  };
}
