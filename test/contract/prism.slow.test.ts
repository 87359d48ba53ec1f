// Contract test: every operation, called through its SDK method with valid arguments (built from
// the operation model, test/support/operation-calls.ts), against a Prism mock of our openapi.json
// and one of Raff's October 2026 spec. Prism validates each request against its spec and answers
// 422/400 (401 for missing security, 404 for an unknown route, 405 for a wrong method) when the
// request breaks it, naming what it broke in an `sl-violations` header. Every call must be
// accepted by both mocks, and the SDK must unwrap the 2xx answer Prism makes from each spec (its
// examples, or a body it invents from the schema where a spec has none). Where it cannot unwrap
// Raff's, the operation is in NOT_UNWRAPPED_FROM_RAFF with the reason; an entry that starts to
// unwrap fails too, so the list stays true.
//
// The calls run a few at a time against both mocks at once (each Prism is one process, so the
// two use both cores); the per-operation tests then read what their call did.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaffAPIError, RaffClient } from '../../src/index.js';
import {
  COMPOSITE_METHODS,
  OPERATION_CALLS,
  type OperationCall,
} from '../support/operation-calls.js';
import { REFERENCE_EXPECTED, REFERENCE_SPEC, referenceSpec } from '../support/reference-spec.js';
import { closedPort } from '../support/sockets.js';

const PRISM = fileURLToPath(new URL('../../node_modules/.bin/prism', import.meta.url));
const OURS = fileURLToPath(new URL('../../openapi.json', import.meta.url));
const PROJECT = '5f0c3a9e-8d1b-4c2a-9f3e-7a6b5c4d3e2f';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The statuses Prism answers when a request breaks the spec. */
const REJECTED = new Set([400, 401, 404, 405, 422]);
const START_TIMEOUT = 60_000;
/** Calls in flight per mock: enough to keep a Prism process busy while the SDK waits. */
const CONCURRENCY = 6;

/**
 * Operations whose 2xx answer, as Prism makes it from Raff's October spec, the SDK cannot unwrap,
 * each with the reason. Prism answers with a spec's example, or, where there is none, with a
 * body it invents from the schema; Raff's schemas mark no response field required, so an
 * invented body may leave out the payload the SDK returns.
 */
const NOT_UNWRAPPED_FROM_RAFF: Readonly<Record<string, string>> = {};

interface Prism {
  readonly url: string;
  stop(): Promise<void>;
}

/** Whether something accepts TCP connections on the loopback port. */
function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts `prism mock` on a free loopback port and waits until the port accepts connections.
 * Prism logs only errors (`-v error`): its log line per request costs a quarter of its time per
 * request, and the log is not read.
 */
async function startPrism(spec: string): Promise<Prism> {
  const port = await closedPort();
  // Its own process group, so that stopping it stops everything it runs.
  const child: ChildProcess = spawn(
    PRISM,
    ['mock', '--errors', '-v', 'error', '-h', '127.0.0.1', '-p', String(port), spec],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined && running()) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  // Should the worker end without afterAll (a crash, a timeout), Prism must not outlive it.
  const onExit = () => signal('SIGKILL');
  process.once('exit', onExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    process.off('exit', onExit);
    if (!running()) return;
    signal('SIGTERM');
    const kill = setTimeout(() => signal('SIGKILL'), 5_000);
    await exited;
    clearTimeout(kill);
  };

  // What it says (errors only), kept for the message should it not start.
  let output = '';
  const read = (chunk: Buffer) => {
    output = `${output}${chunk.toString()}`.slice(-10_000);
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  let failed: Error | undefined;
  child.once('error', (error) => {
    failed = error;
  });
  const deadline = performance.now() + START_TIMEOUT;
  while (!(await accepting(port))) {
    if (failed === undefined && !running()) {
      failed = new Error(`Prism exited (${child.signalCode ?? child.exitCode}) before listening`);
    }
    if (failed === undefined && performance.now() > deadline) {
      failed = new Error(`Prism did not start within ${START_TIMEOUT} ms`);
    }
    if (failed !== undefined) {
      await stop();
      throw new Error(`${failed.message}:\n${output}`, { cause: failed });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}

function clientFor(prism: Prism): RaffClient {
  return new RaffClient({
    apiKey: `raff_${'0'.repeat(64)}`,
    baseUrl: prism.url,
    projectId: PROJECT,
    maxRetries: 0,
    logLevel: 'off',
  });
}

/**
 * The composite methods resolve role slugs through `listRoles`, so their params use the roles of
 * Prism's `listRoles` answer. Skips, with the reason, when no params can be valid.
 */
async function invokeComposite(
  client: RaffClient,
  call: OperationCall,
  skip: (note: string) => never,
): Promise<unknown> {
  const { data: roles } = await client.roles.list();
  const account = roles.find((role) => role.scope === 'account');
  const project = roles.find((role) => role.scope === 'project');
  const available = roles.map((role) => `${role.slug} (${role.scope})`).join(', ');
  const [projectId = PROJECT, memberId = PROJECT] = call.path.match(UUID) ?? [];
  switch (call.sdkMethod) {
    case 'apiKeys.create':
      if (account === undefined) skip(`the listRoles answer has no account role: ${available}`);
      // With a project role this is createApiKey, addProjectMember and getApiKey.
      return client.apiKeys.create({
        name: 'Contract test',
        role: account.slug,
        ...(project === undefined ? {} : { projects: [PROJECT], project_role: project.slug }),
        expires_in: '30d',
      });
    case 'projects.members.add':
      if (project === undefined) skip(`the listRoles answer has no project role: ${available}`);
      return client.projects.members.add(projectId, {
        api_key_id: '7fc3b7cc-b853-44e1-8bfe-24a648cb698b',
        role: project.slug,
      });
    case 'databases.setPublicAccess':
      // The plain arguments: the example's allowlist is not empty.
      return call.invoke(client);
    case 'projects.members.update':
      return client.projects.members.update(projectId, memberId, {
        ...(project === undefined ? {} : { role: project.slug }),
        status: 'suspended',
      });
    default:
      return skip(`no params for the composite method ${call.sdkMethod}`);
  }
}

function invoke(
  client: RaffClient,
  call: OperationCall,
  skip: (note: string) => never,
): Promise<unknown> {
  return COMPOSITE_METHODS.has(call.sdkMethod)
    ? invokeComposite(client, call, skip)
    : call.invoke(client);
}

/** The status, the body and Prism's list of what the request broke. */
function detail(error: RaffAPIError): string {
  const violations = error.headers['sl-violations'];
  return [
    `${error.status}: ${error.message}`,
    `body: ${JSON.stringify(error.body)}`,
    ...(violations === undefined ? [] : [`violations: ${violations}`]),
  ].join('\n');
}

/** What one call did: resolved, skipped (with why), answered with an error, or threw. */
type Outcome =
  | { readonly kind: 'resolved' }
  | { readonly kind: 'skipped'; readonly note: string }
  | { readonly kind: 'answered'; readonly error: RaffAPIError }
  | { readonly kind: 'threw'; readonly error: unknown };

class Skip extends Error {}

/** Runs every call against one mock, CONCURRENCY at a time, and records what each did. */
async function callAll(prism: Promise<Prism>): Promise<ReadonlyMap<string, Outcome>> {
  const client = clientFor(await prism);
  const outcomes = new Map<string, Outcome>();
  const skip = (note: string): never => {
    throw new Skip(note);
  };
  let next = 0;
  const worker = async () => {
    while (next < OPERATION_CALLS.length) {
      const call = OPERATION_CALLS[next++] as OperationCall;
      let outcome: Outcome;
      try {
        await invoke(client, call, skip);
        outcome = { kind: 'resolved' };
      } catch (error) {
        if (error instanceof Skip) outcome = { kind: 'skipped', note: error.message };
        else if (error instanceof RaffAPIError) outcome = { kind: 'answered', error };
        else outcome = { kind: 'threw', error };
      }
      outcomes.set(call.operationId, outcome);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

// Both mocks start, and both sets of calls run, at once: the tests below only read the outcomes.
const runs: {
  ours?: Promise<ReadonlyMap<string, Outcome>>;
  raff?: Promise<ReadonlyMap<string, Outcome>>;
} = {};
const mocks: Promise<Prism>[] = [];
beforeAll(() => {
  const ours = startPrism(OURS);
  mocks.push(ours);
  runs.ours = callAll(ours);
  if (existsSync(REFERENCE_SPEC)) {
    const raff = startPrism(REFERENCE_SPEC);
    mocks.push(raff);
    runs.raff = callAll(raff);
  }
  for (const promise of [...mocks, runs.ours, runs.raff]) promise?.catch(() => undefined);
});
afterAll(async () => {
  const started = await Promise.allSettled(mocks);
  await Promise.all(
    started.map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)),
  );
});

/** The outcome of `call` in a run, failing on what no mock may do. */
async function outcomeOf(
  run: Promise<ReadonlyMap<string, Outcome>> | undefined,
  call: OperationCall,
  skip: (note: string) => never,
): Promise<Outcome> {
  const outcome = (await (run as Promise<ReadonlyMap<string, Outcome>>)).get(call.operationId);
  if (outcome === undefined) throw new Error(`${call.operationId} was not called`);
  if (outcome.kind === 'skipped') return skip(outcome.note);
  if (outcome.kind === 'threw') throw outcome.error;
  if (outcome.kind === 'answered') {
    const { error } = outcome;
    expect(REJECTED.has(error.status), `Prism rejected the request: ${detail(error)}`).toBe(false);
    if (error.status < 200 || error.status > 299) expect.fail(`Prism answered ${detail(error)}`);
  }
  return outcome;
}

describe('against our openapi.json', () => {
  it.for(OPERATION_CALLS)(
    '$sdkMethod ($method $template) is accepted and resolves',
    { timeout: START_TIMEOUT * 2 },
    async (call, { skip }) => {
      const outcome = await outcomeOf(runs.ours, call, skip);
      if (outcome.kind === 'answered') {
        expect.fail(`the SDK could not unwrap Prism's answer: ${detail(outcome.error)}`);
      }
    },
  );
});

describe.runIf(REFERENCE_EXPECTED)("against Raff's October 2026 spec", () => {
  it.for(OPERATION_CALLS)(
    '$sdkMethod ($method $template) is accepted, and resolves unless listed',
    { timeout: START_TIMEOUT * 2 },
    async (call, { skip }) => {
      referenceSpec(skip);
      const outcome = await outcomeOf(runs.raff, call, skip);
      const listed = NOT_UNWRAPPED_FROM_RAFF[call.operationId];
      if (outcome.kind === 'answered' && listed === undefined) {
        expect.fail(
          `the SDK could not unwrap Prism's answer from Raff's spec, and NOT_UNWRAPPED_FROM_RAFF does not list it: ${detail(outcome.error)}`,
        );
      }
      if (outcome.kind === 'resolved' && listed !== undefined) {
        expect.fail(`it resolves now: remove it from NOT_UNWRAPPED_FROM_RAFF (${listed})`);
      }
    },
  );
});
