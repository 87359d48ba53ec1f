import { describe, expect, it } from 'vitest';
import { RaffClient } from '../../src/client.js';
import { optionsSchema } from '../../src/core/option-schemas.js';
import { RaffValidationError } from '../../src/index.js';
import { KEY, testClient } from '../support/client.js';
import { expectNoSecret } from '../support/secrets.js';

// Every option the schema declares, in its order: the list the message must show.
const OPTIONS = Object.keys(
  (optionsSchema() as unknown as { _zod: { def: { shape: object } } })._zod.def.shape,
).join(', ');

function construct(options: Record<string, unknown>): RaffValidationError {
  try {
    new RaffClient(options as ConstructorParameters<typeof RaffClient>[0]);
  } catch (error) {
    expect(error).toBeInstanceOf(RaffValidationError);
    return error as RaffValidationError;
  }
  throw new Error('expected the constructor to throw');
}

async function rejection(promise: Promise<unknown>): Promise<RaffValidationError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RaffValidationError);
  return error as RaffValidationError;
}

describe('client options: messages name the option, the expected type and the type given', () => {
  it.each([
    [{ projectId: 42 }, 'projectId: expected string, received number'],
    [{ timeout: '30000' }, 'timeout: expected number, received string'],
    [{ maxRetries: null }, 'maxRetries: expected number, received null'],
    [
      { dangerouslyAllowBrowser: 'yes' },
      'dangerouslyAllowBrowser: expected boolean, received string',
    ],
    [{ headers: { 'X-Team': 7 } }, 'headers.X-Team: expected string, received number'],
    [{ headers: [] }, 'headers: expected record, received array'],
  ])('%j', (options, message) => {
    const error = construct({ apiKey: KEY, ...options });
    expect(error.message).toBe(`Invalid client options: ${message}`);
    expect(error.issues).toHaveLength(1);
  });

  it('keeps a schema’s own words and adds the type given when the type was wrong', () => {
    expect(construct({ apiKey: KEY, baseUrl: 8080 }).message).toBe(
      'Invalid client options: baseUrl: must be a URL string (received number)',
    );
    expect(construct({ apiKey: KEY, fetch: {} }).message).toBe(
      'Invalid client options: fetch: must be a fetch function (received object)',
    );
    expect(construct({ apiKey: KEY, logLevel: 3 }).message).toBe(
      'Invalid client options: logLevel: must be one of off, error, warn, info, debug (received number)',
    );
    expect(construct({ apiKey: KEY, rateLimit: 5 }).message).toBe(
      "Invalid client options: rateLimit: must be 'standard', 'high' or { perSecond: 1-10000, burst: 0-100000 } (whole numbers) (received number)",
    );
  });

  it('keeps a schema’s own words alone when the type was right', () => {
    expect(construct({ apiKey: KEY, logLevel: 'verbose' }).message).toBe(
      'Invalid client options: logLevel: must be one of off, error, warn, info, debug',
    );
    expect(construct({ apiKey: KEY, projectId: 'has space' }).message).toBe(
      'Invalid client options: projectId: must be 1-128 visible ASCII characters (no spaces, control characters or non-ASCII)',
    );
  });

  it('names an unknown option, suggests the right one and lists the valid ones', () => {
    expect(OPTIONS).toMatch(/^apiKey, projectId, baseUrl, .*timeout, totalTimeout, maxRetries, /);
    const error = construct({ apikey: KEY });
    expect(error.message).toBe(
      `Invalid client options: unknown option "apikey" (did you mean "apiKey"? valid options: ${OPTIONS})`,
    );
    expect(error.issues).toEqual([
      {
        path: [],
        code: 'unrecognized_keys',
        message: error.message.slice('Invalid client options: '.length),
      },
    ]);
  });

  it('lists several unknown options, with a suggestion for each one that has a close match', () => {
    expect(construct({ apiKey: KEY, projectID: 'p', retries: 2, colour: 'red' }).message).toBe(
      `Invalid client options: unknown options "projectID", "retries", "colour" ("projectID": did you mean "projectId"? "retries": did you mean "maxRetries"? valid options: ${OPTIONS})`,
    );
  });

  it('never shows the value given, which could be a secret', () => {
    for (const options of [
      { apiKey: KEY, timeout: KEY },
      { apiKey: KEY, projectId: { key: KEY } },
      { apiKey: KEY, headers: { Authorization: [KEY] } },
      { apiKey: KEY, [KEY]: true },
      { apiKey: KEY, logLevel: KEY },
    ]) {
      expectNoSecret(KEY, { error: construct(options) });
    }
  });
});

describe('method parameters: the same messages', () => {
  const raff = testClient();

  it('says a project object was given where apiKeys.create takes project ids', async () => {
    const project = { id: '5f0c3a9e-8d1b-4c2a-9f3e-7a6b5c4d3e2f', name: 'Default' };
    const error = await rejection(
      raff.apiKeys.create({
        name: 'CI',
        role: 'member',
        projects: [project as unknown as string],
        project_role: 'viewer',
      }),
    );
    expect(error.message).toBe(
      'Invalid apiKeys.create params: projects.0: expected string, received object',
    );
    expect(error.issues).toEqual([
      { path: ['projects', 0], code: 'invalid_type', message: 'expected string, received object' },
    ]);
  });

  it('says what was missing, what type came instead, and keeps the refinements’ words', async () => {
    const error = await rejection(
      raff.apiKeys.create({
        role: 'member',
        expires_at: 5,
        projects: ['p1'],
      } as unknown as Parameters<typeof raff.apiKeys.create>[0]),
    );
    expect(error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'name: is required (expected string)',
      'expires_at: must be a Date or an ISO 8601 string (received number)',
    ]);
  });

  it('names an unknown apiKeys.create parameter and suggests the right one', async () => {
    const error = await rejection(
      raff.apiKeys.create({ name: 'CI', role: 'member', porjects: [] } as unknown as Parameters<
        typeof raff.apiKeys.create
      >[0]),
    );
    expect(error.message).toBe(
      'Invalid apiKeys.create params: unknown parameter "porjects" (did you mean "projects"? valid parameters: name, role, projects, project_role, expires_in, expires_at, rate_limit_tier)',
    );
  });

  it('gives listExpiring the same messages', async () => {
    expect(
      (await rejection(raff.apiKeys.listExpiring({ within_days: '7' as unknown as number })))
        .message,
    ).toBe('Invalid listExpiring params: within_days: expected number, received string');
    expect(
      (await rejection(raff.apiKeys.listExpiring({ now: '2026-01-01' as unknown as Date })))
        .message,
    ).toBe('Invalid listExpiring params: now: expected Date, received string');
    expect(
      (
        await rejection(
          raff.apiKeys.listExpiring({ withinDays: 3 } as unknown as { within_days: number }),
        )
      ).message,
    ).toBe(
      'Invalid listExpiring params: unknown parameter "withinDays" (did you mean "within_days"? valid parameters: within_days, now)',
    );
    expect((await rejection(raff.apiKeys.listExpiring({ within_days: 1.5 }))).message).toBe(
      'Invalid listExpiring params: within_days: must be a whole number of days from 0 to 3650',
    );
  });
});
