import type * as NodeOs from 'node:os';
import { RaffValidationError } from '../shared/errors.js';
import { redactText } from '../shared/redact.js';
import { type ConfigValue, parseConfigYaml } from './config-yaml.js';
import { nodeFs, readSmallFile } from './small-file.js';

/** The settings of one raff-cli profile; a setting the profile leaves empty is absent. */
export interface RaffProfile {
  /** Where it was read, for messages: `profile "work" in /home/me/.raff/config.yaml`. */
  readonly origin: string;
  // Strings as raff-cli writes them; a hand-edited file may hold a mapping, which the option
  // checks report as a wrong type, naming the origin.
  readonly apiKey?: unknown;
  readonly baseUrl?: unknown;
  readonly projectId?: unknown;
}

// raff-cli's file is a few hundred bytes; a megabyte is not a config file.
const MAX_CONFIG_BYTES = 1 << 20;

/**
 * The active profile of raff-cli's config file (`~/.raff/config.yaml`, or `configPath` from
 * `RAFF_CONFIG`): the one `named` (with who named it, for messages), else the file's
 * `current-profile`, else `default`, as raff-cli picks it. `undefined` when there is no file, no
 * file system, or no `default` profile, unless a profile was named.
 *
 * @throws {RaffValidationError} when the file is readable by group or others (naming the
 * `chmod 600` that fixes it), cannot be read, is not the YAML raff-cli writes (naming the line),
 * or lacks a profile named by the caller or by `current-profile`. No message quotes the file.
 * @internal
 */
export function readRaffProfile(
  named: { readonly name: string; readonly by: string } | undefined,
  configPath: string | undefined,
): RaffProfile | undefined {
  const fs = nodeFs();
  const os = fs && (process.getBuiltinModule('os') as typeof NodeOs);
  // Node takes `/` on Windows too.
  const file = configPath || `${os?.homedir() ?? '~'}/.raff/config.yaml`;
  const read = fs ? readSmallFile(fs, file, MAX_CONFIG_BYTES) : { missing: true as const };
  const fail = (why: string) => {
    // A profile name is the user's text: scrubbed, in case a key was pasted in its place.
    const message = redactText(why);
    return new RaffValidationError(`${message}. Nothing was sent.`, [
      { path: ['profile'], code: 'invalid_profile', message },
    ]);
  };
  const missing = (by: { readonly name: string; readonly by: string }, where: string) =>
    fail(
      `Profile "${by.name}" (named by ${by.by}) is not in ${where}: ` +
        `\`raff configure --profile ${by.name}\` creates it`,
    );
  if ('missing' in read) {
    if (named) throw missing(named, `${file} (no such file)`);
    return undefined;
  }
  if ('problem' in read) throw fail(`${file} ${read.problem}`);
  // Windows has no such mode bits: every file reads as 0666 there.
  if (os?.platform() !== 'win32' && read.mode & 0o077) {
    throw fail(
      `${file} is open to other users (mode ${(read.mode & 0o777).toString(8)}): run \`chmod 600 ${file}\``,
    );
  }
  const malformed = (why: string) => fail(`${file} is not in raff-cli's format: ${why}`);
  const config = parseConfigYaml(read.text, (line, why) => malformed(`line ${line} has ${why}`));
  // The shape raff-cli writes: current-profile: NAME, profiles: { NAME: { api-key, … } }.
  const mapping = (value: ConfigValue | undefined) => {
    if (typeof value === 'string') throw malformed('a profile that is not a mapping');
    return value ?? {};
  };
  const profiles = mapping(config.profiles);
  const current = config['current-profile'];
  // A current-profile that is not a name is no name, as when it is missing.
  const by =
    named ?? (typeof current === 'string' ? { name: current, by: 'current-profile' } : undefined);
  const name = by?.name ?? 'default';
  if (!Object.hasOwn(profiles, name)) {
    if (by) throw missing(by, file);
    return undefined;
  }
  const entries = mapping(profiles[name]);
  // A setting that is not a string is reported by the option checks, which name this origin.
  return {
    origin: `profile "${name}" in ${file}`,
    apiKey: entries['api-key'] || undefined,
    baseUrl: entries['api-url'] || undefined,
    projectId: entries['project-id'] || undefined,
  };
}
