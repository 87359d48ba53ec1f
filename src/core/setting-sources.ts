import { RaffValidationError } from '../shared/errors.js';
import { readApiKeyFile } from './api-key-file.js';
import type { ClientOptions, RaffEnvironment } from './option-types.js';
import { readRaffProfile } from './profile.js';

/** The three settings that come from options, the environment or a raff-cli profile. */
type Sourced = 'apiKey' | 'baseUrl' | 'projectId';

/**
 * Key, base URL and project as the client will use them, before validation, and where each came
 * from when it was not an option (`RAFF_API_KEY`, `profile "work" in /home/me/.raff/config.yaml`).
 *
 * @internal
 */
export interface SourcedSettings {
  readonly apiKey: unknown;
  readonly baseUrl: unknown;
  readonly projectId: unknown;
  readonly origins: Partial<Record<Sourced, string>>;
}

/**
 * Resolves each of key, base URL and project on its own: option > environment (`RAFF_API_KEY` or
 * `RAFF_API_KEY_FILE`, `RAFF_API_URL`, `RAFF_PROJECT_ID`) > the active raff-cli profile. The
 * config file is read only when a setting is left to it or a profile is named. An empty
 * variable counts as unset, as in raff-cli.
 *
 * @throws {RaffValidationError} when both `RAFF_API_KEY` and `RAFF_API_KEY_FILE` are set and the
 * key is left to them, when the key file or the profile cannot be used (see `readApiKeyFile`,
 * `readRaffProfile`).
 * @internal
 */
export function resolveSourcedSettings(
  input: ClientOptions,
  env: RaffEnvironment,
): SourcedSettings {
  const origins: Partial<Record<Sourced, string>> = {};
  const fromEnv = (setting: Sourced, name: keyof RaffEnvironment) => {
    if (!env[name]) return undefined;
    origins[setting] = name;
    return env[name];
  };
  let apiKey: unknown = input.apiKey;
  if (apiKey === undefined && env.RAFF_API_KEY && env.RAFF_API_KEY_FILE) {
    throw new RaffValidationError(
      'Both RAFF_API_KEY and RAFF_API_KEY_FILE are set: unset one of them, so that the key comes ' +
        'from one place. Nothing was sent.',
      [
        {
          path: ['apiKey'],
          code: 'conflict',
          message: 'RAFF_API_KEY and RAFF_API_KEY_FILE are both set',
        },
      ],
    );
  }
  // Not `??=`: apiKey: null (a keyless client) is a choice, not a gap.
  if (apiKey === undefined) apiKey = fromEnv('apiKey', 'RAFF_API_KEY');
  if (apiKey === undefined && env.RAFF_API_KEY_FILE) {
    origins.apiKey = `RAFF_API_KEY_FILE (${env.RAFF_API_KEY_FILE})`;
    apiKey = readApiKeyFile(env.RAFF_API_KEY_FILE);
  }
  let baseUrl: unknown = input.baseUrl ?? fromEnv('baseUrl', 'RAFF_API_URL');
  let projectId: unknown =
    input.projectId === undefined ? fromEnv('projectId', 'RAFF_PROJECT_ID') : input.projectId;
  const option = profileName(input.profile, 'profile');
  const fromVariable = profileName(env.RAFF_PROFILE, 'RAFF_PROFILE');
  const named =
    option === undefined
      ? fromVariable === undefined
        ? undefined
        : { name: fromVariable, by: 'RAFF_PROFILE' }
      : { name: option, by: 'the profile option' };
  if (named || apiKey === undefined || baseUrl === undefined || projectId === undefined) {
    const profile = readRaffProfile(named, env.RAFF_CONFIG || undefined);
    const fromProfile = (setting: Sourced, value: unknown) => {
      if (value !== undefined || profile?.[setting] === undefined) return value;
      origins[setting] = profile.origin;
      return profile[setting];
    };
    apiKey = fromProfile('apiKey', apiKey);
    baseUrl = fromProfile('baseUrl', baseUrl);
    projectId = fromProfile('projectId', projectId);
  }
  return { apiKey, baseUrl, projectId, origins };
}

// raff-cli takes any YAML key as a name; control characters would garble the messages.
const PROFILE_NAME = /^[ -~\u00a0-\uffff]{1,128}$/;

function profileName(value: unknown, where: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && PROFILE_NAME.test(value)) return value;
  throw new RaffValidationError(
    `Invalid ${where}: a profile name is 1-128 characters without control characters. Nothing was sent.`,
    [{ path: ['profile'], code: 'invalid_profile_name', message: 'not a profile name' }],
  );
}

/**
 * Runs a validation step; a {@link RaffValidationError} about a setting that did not come from an
 * option gets where it came from appended, so that a bad `RAFF_API_URL` or profile value is
 * found where it lives.
 *
 * @internal
 */
export function withOrigin<A extends unknown[], T>(
  origins: Partial<Record<Sourced, string>> | undefined,
  check: (...args: A) => T,
  ...args: A
): T {
  // `check` and its arguments rather than a closure: an error's stack frames then name the
  // check (`checkApiKey`), where an arrow function would leave a frame without a name.
  try {
    return check(...args);
  } catch (error) {
    const setting = (error as RaffValidationError).issues?.[0]?.path[0] as Sourced;
    const origin = origins?.[setting];
    if (!(error instanceof RaffValidationError) || origin === undefined) throw error;
    const stop = /[.!?]$/.test(error.message) ? '' : '.';
    throw new RaffValidationError(
      `${error.message}${stop} The ${setting} came from ${origin}.`,
      error.issues,
    );
  }
}

/**
 * `withOptions` derives from a resolved client and reads neither the environment nor a profile.
 *
 * @throws {RaffValidationError} when `profile` is passed to it.
 * @internal
 */
export function refuseProfileOnDerive(options: ClientOptions): void {
  if (options.profile === undefined) return;
  throw new RaffValidationError(
    'withOptions() cannot switch profiles: a profile is read when a client is constructed. Use ' +
      'new RaffClient({ profile }). Nothing was sent.',
    [{ path: ['profile'], code: 'unsupported', message: 'profile is read at construction only' }],
  );
}
