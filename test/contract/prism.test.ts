// Contract test: every namespace method, called with valid arguments, is accepted by a Prism mock
// of a spec. Prism validates each request against the spec and answers 422/400 (401 for missing
// security, 404 for an unknown route, 405 for a wrong method) when the request breaks it, naming
// what it broke in an `sl-violations` header. Against our openapi.json every call must also
// resolve: the SDK unwraps Prism's example answers. Against Raff's published spec (outside this
// repository, skipped when absent) only acceptance is asserted: its answers may differ from ours,
// so an "unexpected body" on a 2xx answer is tolerated there and listed after the run.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaffAPIError, RaffClient } from '../../src/index.js';
import {
  COMPOSITE_METHODS,
  OPERATION_CALLS,
  type OperationCall,
} from '../support/operation-calls.js';
import { closedPort } from '../support/sockets.js';

const PRISM = fileURLToPath(new URL('../../node_modules/.bin/prism', import.meta.url));
const OURS = fileURLToPath(new URL('../../openapi.json', import.meta.url));
const PUBLISHED = fileURLToPath(
  new URL('../../../shared/reference/raff-docs/openapi.yaml', import.meta.url),
);
const HAS_PUBLISHED = existsSync(PUBLISHED);
const PROJECT = '5f0c3a9e-8d1b-4c2a-9f3e-7a6b5c4d3e2f';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The statuses Prism answers when a request breaks the spec. */
const REJECTED = new Set([400, 401, 404, 405, 422]);
const START_TIMEOUT = 60_000;

interface Prism {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `prism mock` on a free loopback port and waits until it says it is listening. */
async function startPrism(spec: string): Promise<Prism> {
  const port = await closedPort();
  // Its own process group, so that stopping it stops everything it runs.
  const child: ChildProcess = spawn(
    PRISM,
    ['mock', '--errors', '-h', '127.0.0.1', '-p', String(port), spec],
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

  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Prism did not start within ${START_TIMEOUT} ms:\n${output}`)),
        START_TIMEOUT,
      );
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Prism is listening')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code, sig) => {
        clearTimeout(timer);
        reject(new Error(`Prism exited (${sig ?? code}) before listening:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  // It logs every request; nobody reads that past startup.
  child.stdout?.resume();
  child.stderr?.resume();
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

// Both mocks start at once: starting is most of the wait.
const mocks: { ours?: Promise<Prism>; published?: Promise<Prism> } = {};
beforeAll(() => {
  mocks.ours = startPrism(OURS);
  mocks.ours.catch(() => undefined);
  if (HAS_PUBLISHED) {
    mocks.published = startPrism(PUBLISHED);
    mocks.published.catch(() => undefined);
  }
});
afterAll(async () => {
  const started = await Promise.allSettled([mocks.ours, mocks.published]);
  await Promise.all(
    started.map((result) => (result.status === 'fulfilled' ? result.value?.stop() : undefined)),
  );
});

describe('against our openapi.json', () => {
  let client: RaffClient;
  beforeAll(async () => {
    client = clientFor(await (mocks.ours as Promise<Prism>));
  }, START_TIMEOUT + 5_000);

  it.for(OPERATION_CALLS)(
    '$sdkMethod ($method $template) is accepted and resolves',
    async (call, { skip }) => {
      try {
        await invoke(client, call, skip);
      } catch (error) {
        if (error instanceof RaffAPIError) expect.fail(`Prism answered ${detail(error)}`);
        throw error;
      }
    },
  );
});

describe.runIf(HAS_PUBLISHED)("against Raff's published openapi.yaml", () => {
  let client: RaffClient;
  /** Operations whose 2xx answer the SDK could not unwrap. */
  const unexpected: string[] = [];
  beforeAll(async () => {
    client = clientFor(await (mocks.published as Promise<Prism>));
  }, START_TIMEOUT + 5_000);
  afterAll(() => {
    if (unexpected.length > 0) {
      console.info(
        `2xx answers of the published spec the SDK did not unwrap:\n${unexpected.join('\n')}`,
      );
    }
  });

  it.for(OPERATION_CALLS)('$sdkMethod ($method $template) is accepted', async (call, { skip }) => {
    try {
      await invoke(client, call, skip);
    } catch (error) {
      if (!(error instanceof RaffAPIError)) throw error;
      expect(REJECTED.has(error.status), `Prism rejected the request: ${detail(error)}`).toBe(
        false,
      );
      if (error.status < 200 || error.status > 299) expect.fail(`Prism answered ${detail(error)}`);
      unexpected.push(`  ${call.operationId} (${call.sdkMethod}): ${error.message}`);
    }
  });
});
