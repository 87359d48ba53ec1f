import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ClientOptions, RaffClient, RaffValidationError } from '../../src/index.js';
import { API, KEY, OTHER_KEY, OTHER_PROJECT, PROJECT } from '../support/client.js';
import { expectNoSecret } from '../support/secrets.js';

const PROFILE_KEY = `raff_${'cd'.repeat(32)}`;
const FILE_KEY = `raff_${'ef'.repeat(32)}`;
const PROFILE_PROJECT = '11111111-2222-4333-8444-555555555555';
const PROFILE_URL = 'http://127.0.0.1:4010';
const ENV_URL = 'http://127.0.0.1:5010';

const dir = mkdtempSync(join(tmpdir(), 'raff-profiles-'));
let files = 0;

/** Writes a config file (mode 0600 unless told otherwise) and returns its path. */
function configFile(text: string, mode = 0o600): string {
  const path = join(dir, `config-${++files}.yaml`);
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
}

/** raff-cli's file: `default` and `work`, the current one `work` unless told otherwise. */
function cliConfig(current = 'work'): string {
  return configFile(
    [
      `current-profile: ${current}`,
      'profiles:',
      '    default:',
      `        api-key: ${OTHER_KEY}`,
      '    work:',
      `        api-url: ${PROFILE_URL}`,
      `        api-key: ${PROFILE_KEY}`,
      `        project-id: ${PROFILE_PROJECT}`,
    ].join('\n'),
  );
}

function keyFile(text: string): string {
  const path = join(dir, `key-${++files}`);
  writeFileSync(path, text);
  return path;
}

const ENV_NAMES = [
  'RAFF_API_KEY',
  'RAFF_API_KEY_FILE',
  'RAFF_API_URL',
  'RAFF_PROJECT_ID',
  'RAFF_PROFILE',
  'RAFF_CONFIG',
  'RAFF_LOG',
] as const;
type Env = Partial<Record<(typeof ENV_NAMES)[number], string>>;

beforeEach(() => {
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined);
  vi.stubEnv('RAFF_CONFIG', join(dir, 'absent.yaml'));
});
afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function client(options: ClientOptions, env: Env): RaffClient {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return new RaffClient({ logLevel: 'off', ...options });
}

function constructionError(options: ClientOptions, env: Env): RaffValidationError {
  try {
    client(options, env);
  } catch (error) {
    expect(error).toBeInstanceOf(RaffValidationError);
    return error as RaffValidationError;
  }
  throw new Error('expected construction to throw');
}

/** What a client resolved: the key's prefix, the base URL and the project. */
function resolved(raff: RaffClient) {
  return { key: raff.toJSON().apiKey, baseUrl: raff.baseUrl, projectId: raff.projectId };
}

const prefix = (key: string) => `${key.slice(0, 13)}…`;

describe('configuration precedence: option > environment > profile, per setting', () => {
  it.each<[string, ClientOptions, () => Env, string]>([
    [
      'an option over the environment and the profile',
      { apiKey: KEY },
      () => ({ RAFF_API_KEY: OTHER_KEY, RAFF_CONFIG: cliConfig() }),
      KEY,
    ],
    [
      'RAFF_API_KEY over the profile',
      {},
      () => ({ RAFF_API_KEY: OTHER_KEY, RAFF_CONFIG: cliConfig() }),
      OTHER_KEY,
    ],
    [
      'RAFF_API_KEY_FILE over the profile',
      {},
      () => ({ RAFF_API_KEY_FILE: keyFile(`${FILE_KEY}\n`), RAFF_CONFIG: cliConfig() }),
      FILE_KEY,
    ],
    [
      'the current profile when nothing else is set',
      {},
      () => ({ RAFF_CONFIG: cliConfig() }),
      PROFILE_KEY,
    ],
    [
      'the profile option over current-profile',
      { profile: 'default' },
      () => ({ RAFF_CONFIG: cliConfig() }),
      OTHER_KEY,
    ],
    [
      'RAFF_PROFILE over current-profile',
      {},
      () => ({ RAFF_PROFILE: 'default', RAFF_CONFIG: cliConfig() }),
      OTHER_KEY,
    ],
    [
      'the profile option over RAFF_PROFILE',
      { profile: 'work' },
      () => ({ RAFF_PROFILE: 'default', RAFF_CONFIG: cliConfig() }),
      PROFILE_KEY,
    ],
    [
      '`default` when the file names no current profile',
      {},
      () => ({ RAFF_CONFIG: configFile(`profiles:\n  default:\n    api-key: ${OTHER_KEY}\n`) }),
      OTHER_KEY,
    ],
  ])('key: %s', (_, options, env, expected) => {
    expect(resolved(client(options, env())).key).toBe(prefix(expected));
  });

  it.each<[string, ClientOptions, () => Env, string]>([
    [
      'an option over the environment and the profile',
      { apiKey: KEY, baseUrl: 'http://localhost:1' },
      () => ({ RAFF_API_URL: ENV_URL, RAFF_CONFIG: cliConfig() }),
      'http://localhost:1',
    ],
    [
      'RAFF_API_URL over the profile',
      { apiKey: KEY },
      () => ({ RAFF_API_URL: ENV_URL, RAFF_CONFIG: cliConfig() }),
      ENV_URL,
    ],
    [
      'the profile’s api-url when nothing else is set',
      { apiKey: KEY },
      () => ({ RAFF_CONFIG: cliConfig() }),
      PROFILE_URL,
    ],
    [
      'the default when the profile has none',
      { apiKey: KEY },
      () => ({ RAFF_CONFIG: cliConfig('default') }),
      API,
    ],
    ['the default when there is no file', { apiKey: KEY }, () => ({}), API],
  ])('base URL: %s', (_, options, env, expected) => {
    expect(resolved(client(options, env())).baseUrl).toBe(expected);
  });

  it.each<[string, ClientOptions, () => Env, string | undefined]>([
    [
      'an option over the environment and the profile',
      { apiKey: KEY, projectId: PROJECT },
      () => ({ RAFF_PROJECT_ID: OTHER_PROJECT, RAFF_CONFIG: cliConfig() }),
      PROJECT,
    ],
    [
      'projectId: null over the environment and the profile',
      { apiKey: KEY, projectId: null },
      () => ({ RAFF_PROJECT_ID: OTHER_PROJECT, RAFF_CONFIG: cliConfig() }),
      undefined,
    ],
    [
      'RAFF_PROJECT_ID over the profile',
      { apiKey: KEY },
      () => ({ RAFF_PROJECT_ID: OTHER_PROJECT, RAFF_CONFIG: cliConfig() }),
      OTHER_PROJECT,
    ],
    [
      'the profile’s project-id when nothing else is set',
      { apiKey: KEY },
      () => ({ RAFF_CONFIG: cliConfig() }),
      PROFILE_PROJECT,
    ],
    [
      'none when the profile has none',
      { apiKey: KEY },
      () => ({ RAFF_CONFIG: cliConfig('default') }),
      undefined,
    ],
  ])('project: %s', (_, options, env, expected) => {
    expect(resolved(client(options, env())).projectId).toBe(expected);
  });

  it('keeps apiKey: null keyless despite RAFF_API_KEY and the profile, which still gives the URL', () => {
    const raff = client({ apiKey: null }, { RAFF_API_KEY: KEY, RAFF_CONFIG: cliConfig() });
    expect(resolved(raff)).toEqual({ key: null, baseUrl: PROFILE_URL, projectId: PROFILE_PROJECT });
  });

  it('resolves each setting on its own: a key option still takes the profile’s URL and project', () => {
    expect(resolved(client({ apiKey: KEY }, { RAFF_CONFIG: cliConfig() }))).toEqual({
      key: prefix(KEY),
      baseUrl: PROFILE_URL,
      projectId: PROFILE_PROJECT,
    });
  });

  it('treats an empty profile option as none, so RAFF_PROFILE names the profile', () => {
    const config = cliConfig();
    expect(
      resolved(client({ profile: '' }, { RAFF_PROFILE: 'default', RAFF_CONFIG: config })).key,
    ).toBe(prefix(OTHER_KEY));
    expect(
      constructionError({ profile: '' }, { RAFF_PROFILE: 'gone', RAFF_CONFIG: config }).message,
    ).toContain('Profile "gone" (named by RAFF_PROFILE) is not in');
  });

  it('treats an empty variable as unset, as raff-cli does', () => {
    const raff = client({}, { RAFF_API_KEY: '', RAFF_API_URL: '', RAFF_CONFIG: cliConfig() });
    expect(resolved(raff)).toEqual({
      key: prefix(PROFILE_KEY),
      baseUrl: PROFILE_URL,
      projectId: PROFILE_PROJECT,
    });
  });

  it('sends the profile’s key and project on the wire', async () => {
    const config = configFile(
      `profiles:\n  default:\n    api-key: ${PROFILE_KEY}\n    project-id: ${PROFILE_PROJECT}\n`,
    );
    const scope = nock(API)
      .matchHeader('x-api-key', PROFILE_KEY)
      .matchHeader('x-project-id', PROFILE_PROJECT)
      .get('/api/v1/vms')
      .reply(200, { success: true, data: [], total: 0 });
    await client({}, { RAFF_CONFIG: config }).vms.list();
    expect(scope.isDone()).toBe(true);
  });

  it('does not read the file when options and environment settle everything', () => {
    // Mode 0644 would be refused, so reading it would throw.
    const config = configFile('profiles: {}\n', 0o644);
    const raff = client(
      { apiKey: KEY, baseUrl: PROFILE_URL, projectId: null },
      { RAFF_CONFIG: config },
    );
    expect(resolved(raff)).toEqual({
      key: prefix(KEY),
      baseUrl: PROFILE_URL,
      projectId: undefined,
    });
  });

  it('withOptions reads no profile and refuses to switch to one', () => {
    const raff = client({}, { RAFF_CONFIG: cliConfig() });
    const derived = raff.withOptions({ projectId: PROJECT });
    expect(resolved(derived)).toEqual({
      key: prefix(PROFILE_KEY),
      baseUrl: PROFILE_URL,
      projectId: PROJECT,
    });
    expect(() => raff.withOptions({ profile: 'default' })).toThrowErrorMatchingInlineSnapshot(
      `[RaffValidationError: withOptions() cannot switch profiles: a profile is read when a client is constructed. Use new RaffClient({ profile }). Nothing was sent.]`,
    );
  });
});

describe('the config file', () => {
  it.each([0o644, 0o640, 0o604, 0o660, 0o602])(
    'is refused with the chmod that fixes it when its mode is %o',
    (mode) => {
      const config = cliConfig();
      chmodSync(config, mode);
      const error = constructionError({}, { RAFF_CONFIG: config });
      expect(error.message).toBe(
        `${config} is open to other users (mode ${mode.toString(8)}): run \`chmod 600 ${config}\`. Nothing was sent.`,
      );
      expect(error.issues[0]).toMatchObject({ path: ['profile'], code: 'invalid_profile' });
      expectNoSecret(PROFILE_KEY, { error });
    },
  );

  it.each([0o600, 0o400])('is read when its mode is %o', (mode) => {
    const config = cliConfig();
    chmodSync(config, mode);
    expect(resolved(client({}, { RAFF_CONFIG: config })).key).toBe(prefix(PROFILE_KEY));
  });

  it('is no profile at all when it does not exist and no profile is named', () => {
    expect(resolved(client({ apiKey: KEY }, {}))).toEqual({
      key: prefix(KEY),
      baseUrl: API,
      projectId: undefined,
    });
    const error = constructionError({}, {});
    expect(error.message).toMatch(/^No Raff API key: .*raff configure/);
  });

  it.each<[string, ClientOptions, Env, string]>([
    ['the profile option', { apiKey: KEY, profile: 'work' }, {}, 'the profile option'],
    ['RAFF_PROFILE', { apiKey: KEY }, { RAFF_PROFILE: 'work' }, 'RAFF_PROFILE'],
  ])(
    'is an error naming the profile and the file when missing and a profile is named by %s',
    (_, options, env, by) => {
      const missing = join(dir, 'absent.yaml');
      const error = constructionError(options, env);
      expect(error.message).toBe(
        `Profile "work" (named by ${by}) is not in ${missing} (no such file): ` +
          '`raff configure --profile work` creates it. Nothing was sent.',
      );
    },
  );

  it('is an error naming the profile and the file when a named profile is not in it', () => {
    const config = cliConfig();
    const error = constructionError({ profile: 'staging' }, { RAFF_CONFIG: config });
    expect(error.message).toBe(
      `Profile "staging" (named by the profile option) is not in ${config}: ` +
        '`raff configure --profile staging` creates it. Nothing was sent.',
    );
    expectNoSecret(PROFILE_KEY, { error });
  });

  it('is an error when its current-profile names a profile it lacks', () => {
    const config = cliConfig('gone');
    const error = constructionError({ apiKey: KEY }, { RAFF_CONFIG: config });
    expect(error.message).toContain(
      `Profile "gone" (named by current-profile) is not in ${config}:`,
    );
  });

  it('is an error naming the file and the line when it is not the YAML raff-cli writes', () => {
    const config = configFile(`profiles:\n  work:\n    api-key: ${PROFILE_KEY}\n\tproject-id: x\n`);
    const error = constructionError({}, { RAFF_CONFIG: config });
    expect(error.message).toBe(
      `${config} is not in raff-cli's format: line 4 has YAML raff-cli does not write, or an ` +
        'indentation that fits no line above. Nothing was sent.',
    );
    expect(error.issues[0]).toMatchObject({ path: ['profile'], code: 'invalid_profile' });
    expectNoSecret(PROFILE_KEY, { error });
  });

  it('never echoes a value from a malformed line', () => {
    const config = configFile(`profiles:\n  work:\n    api-key: ${PROFILE_KEY}: x\n`);
    const error = constructionError({}, { RAFF_CONFIG: config });
    expect(error.message).toContain("is not in raff-cli's format: line 3 has YAML");
    expectNoSecret(PROFILE_KEY, { error });
  });

  it('is an error when profiles or a profile is not a mapping', () => {
    for (const text of ['profiles: work\n', 'profiles:\n  default: x\n']) {
      const config = configFile(text);
      expect(constructionError({}, { RAFF_CONFIG: config }).message).toBe(
        `${config} is not in raff-cli's format: a profile that is not a mapping. Nothing was sent.`,
      );
    }
  });

  it('leaves a setting of the wrong type to the option checks, which name the profile', () => {
    const config = configFile('profiles:\n  default:\n    api-key:\n      nested: x\n');
    const error = constructionError({}, { RAFF_CONFIG: config });
    expect(error.message).toMatch(
      /^Invalid apiKey: .*\. The apiKey came from profile "default" in .*config-\d+\.yaml\.$/,
    );
  });

  it('is an error naming it when it is a directory', () => {
    const error = constructionError({ apiKey: KEY }, { RAFF_CONFIG: dir });
    expect(error.message).toBe(`${dir} is not a regular file. Nothing was sent.`);
  });

  it.each([
    ['a control character', 'a\nb'],
    ['129 characters', 'x'.repeat(129)],
  ])('refuses a profile name with %s before reading anything', (_, profile) => {
    const error = constructionError({ apiKey: KEY, profile }, { RAFF_CONFIG: cliConfig() });
    expect(error.message).toBe(
      'Invalid profile: a profile name is 1-128 characters without control characters. Nothing was sent.',
    );
  });
});

describe('the key of a profile is a secret like any other', () => {
  it('is validated with an error that says which profile it came from, without the key', () => {
    const bad = `${PROFILE_KEY.slice(0, -1)}G`;
    const config = configFile(`profiles:\n  default:\n    api-key: ${bad}\n`);
    const error = constructionError({}, { RAFF_CONFIG: config });
    expect(error.message).toBe(
      'Invalid apiKey: The API key may hold only the digits 0-9 and the lower-case letters a-f after "raff_"; ' +
        `this value has other characters, such as capitals or look-alike letters from another alphabet. The apiKey came from profile "default" in ${config}.`,
    );
    expectNoSecret(bad, { error });
  });

  it('names the profile when its URL or project is invalid', () => {
    const config = configFile('profiles:\n  default:\n    api-url: http://example.com\n');
    const error = constructionError({ apiKey: KEY }, { RAFF_CONFIG: config });
    expect(error.message).toMatch(
      /^Invalid baseUrl: it uses plain http:\/\/ for a non-loopback host; .* The baseUrl came from profile "default" in .*\.$/,
    );
    const project = configFile('profiles:\n  default:\n    project-id: "a b"\n');
    expect(constructionError({ apiKey: KEY }, { RAFF_CONFIG: project }).message).toMatch(
      /^Invalid client options: projectId: .* The projectId came from profile "default" in /,
    );
  });

  it('never shows in inspect, JSON or an error of a failed call', async () => {
    const raff = client({}, { RAFF_CONFIG: cliConfig() });
    nock(PROFILE_URL)
      .get('/api/v1/api-keys')
      .reply(500, { error: 'Internal Server Error', message: `echo ${PROFILE_KEY}` });
    const error = await raff.apiKeys.list({}, { maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expectNoSecret(PROFILE_KEY, { error, others: [raff, inspect(raff), JSON.stringify(raff)] });
  });
});

describe('RAFF_API_KEY_FILE', () => {
  it.each([
    ['a trailing \\n', `${FILE_KEY}\n`],
    ['a trailing \\r\\n', `${FILE_KEY}\r\n`],
    ['no trailing newline', FILE_KEY],
  ])('reads the key with %s dropped', (_, content) => {
    const raff = client({}, { RAFF_API_KEY_FILE: keyFile(content) });
    expect(resolved(raff).key).toBe(prefix(FILE_KEY));
  });

  it('sends the key it read', async () => {
    const scope = nock(API)
      .matchHeader('x-api-key', FILE_KEY)
      .get('/api/v1/roles')
      .reply(200, { success: true, data: [] });
    await client({}, { RAFF_API_KEY_FILE: keyFile(`${FILE_KEY}\n`) }).roles.list();
    expect(scope.isDone()).toBe(true);
  });

  it('is ignored when apiKey is passed', () => {
    const raff = client(
      { apiKey: KEY },
      { RAFF_API_KEY_FILE: join(dir, 'absent-key'), RAFF_API_KEY: OTHER_KEY },
    );
    expect(resolved(raff).key).toBe(prefix(KEY));
  });

  it('is an error when RAFF_API_KEY is set too', () => {
    const error = constructionError(
      {},
      { RAFF_API_KEY: KEY, RAFF_API_KEY_FILE: keyFile(FILE_KEY) },
    );
    expect(error.message).toBe(
      'Both RAFF_API_KEY and RAFF_API_KEY_FILE are set: unset one of them, so that the key comes from one place. Nothing was sent.',
    );
    expect(error.issues[0]).toMatchObject({ path: ['apiKey'], code: 'conflict' });
    expectNoSecret(KEY, { error });
    expectNoSecret(FILE_KEY, { error });
  });

  it('is an error naming the variable when the file cannot be read', () => {
    const missing = join(dir, 'absent-key');
    expect(constructionError({}, { RAFF_API_KEY_FILE: missing }).message).toBe(
      `RAFF_API_KEY_FILE names ${missing}, which does not exist. Point it at a file holding the key, or unset it. Nothing was sent.`,
    );
    expect(constructionError({}, { RAFF_API_KEY_FILE: dir }).message).toBe(
      `RAFF_API_KEY_FILE names ${dir}, which is not a regular file. Point it at a file holding the key, or unset it. Nothing was sent.`,
    );
  });

  it.each([
    ['two trailing newlines', `${FILE_KEY}\n\n`, 'whitespace'],
    ['leading whitespace', ` ${FILE_KEY}`, 'whitespace'],
    ['a truncated key', FILE_KEY.slice(0, -2), 'wrong_length'],
  ])(
    'is an error naming the variable, never the content, for a key with %s',
    (_, content, code) => {
      const path = keyFile(content);
      const error = constructionError({}, { RAFF_API_KEY_FILE: path });
      expect(error.message).toMatch(/^Invalid apiKey: /);
      expect(error.message).toContain(`The apiKey came from RAFF_API_KEY_FILE (${path}).`);
      expect(error.issues[0]).toMatchObject({ path: ['apiKey'], code });
      expectNoSecret(FILE_KEY, { error });
    },
  );
});
