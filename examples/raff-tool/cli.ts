/**
 * raff-tool: a small CLI on `@raff/sdk`, the way a tool built on top should be put together.
 *
 * - Settings as raff-cli resolves them: a flag, else the environment (`RAFF_API_KEY` or
 *   `RAFF_API_KEY_FILE`, `RAFF_API_URL`, `RAFF_PROJECT_ID`), else the raff-cli profile
 *   (`--profile`, `RAFF_PROFILE`, or the file's current one). The SDK does all of it: the tool
 *   only passes its flags. There is no `--api-key` flag: a key on a command line ends up in shell
 *   history and in every `ps` listing.
 * - Its own `User-Agent` product (`raff-tool/0.1`), ahead of the SDK's, so that Raff can tell
 *   its traffic apart.
 * - `--wait` uses the SDK's waiters, bounded by `--timeout`.
 * - One exit code per kind of failure (exit-codes.ts); messages on stderr, results on stdout.
 * - Nothing it prints carries a key (output.ts).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { RaffClient, RaffTimeoutError } from '@raff/sdk';
import { COMMANDS, type Flags, UsageError } from './commands.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { note, type OutputFormat, type Streams } from './output.js';

/** What raff-tool sends first in its User-Agent. */
export const USER_AGENT = 'raff-tool/0.1';

/** The usage text `--help` prints. */
export const USAGE = `Usage: raff-tool <resource> <action> [id] [flags]

Resources and actions:
  vms       list | get <id> | create --name --region --template --plan [--ssh-key ...] | delete <id>
  ssh-keys  list | get <id> | create --name --public-key | delete <id>
  volumes   list | get <id> | create --name --size [--region] | delete <id>

Flags:
  --profile <name>       raff-cli profile (else RAFF_PROFILE, else the current one)
  --project <id>         project for VMs and volumes (else RAFF_PROJECT_ID, else the profile's)
  -o, --output <format>  json or table (default: table)
  --wait                 after create or delete, wait until it is done
  --timeout <seconds>    how long --wait waits (default: 900)
  --interval <ms>        first pause between polls while waiting (default: 1000)
  --if-exists            delete: a resource that is already gone is not an error
  -h, --help             this text

Exit codes: 0 done, 2 usage, 3 invalid input or configuration, 4 authentication,
5 permission or billing, 6 not found, 7 conflict, 8 rate limited, 9 time limit,
10 connection, 11 wait saw a failure, 12 other API error, 1 unexpected.
`;

const OPTIONS = {
  profile: { type: 'string' },
  project: { type: 'string' },
  output: { type: 'string', short: 'o', default: 'table' },
  wait: { type: 'boolean', default: false },
  timeout: { type: 'string', default: '900' },
  interval: { type: 'string', default: '1000' },
  'if-exists': { type: 'boolean', default: false },
  name: { type: 'string' },
  region: { type: 'string' },
  template: { type: 'string' },
  plan: { type: 'string' },
  'ssh-key': { type: 'string', multiple: true, default: [] as string[] },
  'public-key': { type: 'string' },
  size: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

function wholeNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new UsageError(`${flag} takes a whole number greater than 0`);
  }
  return number;
}

/**
 * Runs raff-tool with `argv` (without the node and script paths) and resolves with its exit
 * code. Never throws: every failure is a message on stderr and a code.
 */
export async function run(argv: readonly string[], io: Streams): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (values.help || positionals.length === 0) {
      io.stdout.write(USAGE);
      return values.help ? EXIT.ok : EXIT.usage;
    }
    const [resource = '', action = '', id, ...extra] = positionals;
    const command = COMMANDS[resource]?.[action];
    if (command === undefined || extra.length > 0) {
      throw new UsageError(`unknown command "${positionals.join(' ')}"`);
    }
    if (values.output !== 'json' && values.output !== 'table') {
      throw new UsageError('--output takes json or table');
    }
    const flags: Flags = {
      output: values.output as OutputFormat,
      wait: values.wait,
      waitTimeout: (wholeNumber(values.timeout, '--timeout') ?? 900) * 1000,
      interval: wholeNumber(values.interval, '--interval') ?? 1000,
      ifExists: values['if-exists'],
      name: values.name,
      region: values.region,
      template: values.template,
      plan: wholeNumber(values.plan, '--plan'),
      sshKeys: values['ssh-key'],
      publicKey: values['public-key'],
      size: wholeNumber(values.size, '--size'),
    };
    // Key, URL and project: these flags, else the environment, else the raff-cli profile.
    const raff = new RaffClient({
      profile: values.profile,
      projectId: values.project,
      userAgent: USER_AGENT,
    });
    await command({ raff, io, flags, id });
    return EXIT.ok;
  } catch (error) {
    return failed(io, error, argv);
  }
}

function failed(io: Streams, error: unknown, argv: readonly string[]): number {
  const parseError = (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS');
  if (error instanceof UsageError || parseError) {
    note(io, `raff-tool: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const code = exitCodeFor(error);
  // SDK errors never hold a key; their messages say what happened and what to do.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  note(io, `raff-tool: ${message}`);
  if (error instanceof RaffTimeoutError && argv.includes('create') && error.limit !== 'wait') {
    // A create is not retried after a timeout (it may have happened): look before trying again.
    note(io, 'raff-tool: the create may have happened all the same: list before you retry it.');
  }
  return code;
}
