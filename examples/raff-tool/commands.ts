/**
 * raff-tool's commands: list, get, create and delete of VMs, SSH keys and volumes. Each takes the
 * parsed flags and a client, and prints what it did.
 */
import { type RaffClient, RaffNotFoundError, type SSHKey, type VM, type Volume } from '@raff/sdk';
import { type Columns, note, type OutputFormat, print, type Streams } from './output.js';

/** The flags a command may read, as parsed by `cli.ts`. */
export interface Flags {
  readonly output: OutputFormat;
  readonly wait: boolean;
  /** How long `--wait` waits, in milliseconds. */
  readonly waitTimeout: number;
  /** The first pause between polls while waiting, in milliseconds. */
  readonly interval: number;
  /** `delete --if-exists`: a resource that is already gone is not an error. */
  readonly ifExists: boolean;
  readonly name?: string | undefined;
  readonly region?: string | undefined;
  readonly template?: string | undefined;
  readonly plan?: number | undefined;
  readonly sshKeys: readonly string[];
  readonly publicKey?: string | undefined;
  readonly size?: number | undefined;
}

/** What a command needs: the client, where to print, the flags and its one positional (an id). */
export interface CommandContext {
  readonly raff: RaffClient;
  readonly io: Streams;
  readonly flags: Flags;
  readonly id: string | undefined;
}

/** A missing argument or flag; `cli.ts` turns it into exit code 2 with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new UsageError(`missing ${what}`);
  return value;
}

/** Volume ids are numbers on the wire. */
function volumeId(id: string | undefined): number {
  const number = Number(required(id, "the volume's id"));
  if (!Number.isSafeInteger(number) || number <= 0) throw new UsageError('a volume id is a number');
  return number;
}

// The spec lists today's regions; a tool takes any name and lets the API judge it, so that a
// region Raff opens later works without a new release of the tool.
const region = (name: string) => name as VM['region'];

const VM_COLUMNS: Columns<VM> = [
  ['ID', (vm) => vm.id],
  ['NAME', (vm) => vm.name],
  ['STATUS', (vm) => vm.status],
  ['REGION', (vm) => vm.region],
  ['IPV4', (vm) => vm.public_ipv4_address],
];
const SSH_KEY_COLUMNS: Columns<SSHKey> = [
  ['ID', (key) => key.id],
  ['NAME', (key) => key.name],
  ['TYPE', (key) => key.key_type],
];
const VOLUME_COLUMNS: Columns<Volume> = [
  ['ID', (volume) => volume.id],
  ['NAME', (volume) => volume.name],
  ['SIZE (GB)', (volume) => volume.size],
  ['STATUS', (volume) => volume.status],
];

/** `delete`: the call, then with `--wait` until the resource is gone; `--if-exists` takes a 404. */
async function remove(
  { io, flags, id }: CommandContext,
  what: string,
  deleteIt: (id: string) => Promise<unknown>,
  waitGone?: (id: string) => Promise<unknown>,
): Promise<void> {
  const target = required(id, `the ${what}'s id`);
  try {
    await deleteIt(target);
    if (flags.wait && waitGone) await waitGone(target);
  } catch (error) {
    // Like Terraform's Delete: gone is what was asked for.
    if (!(flags.ifExists && error instanceof RaffNotFoundError)) throw error;
  }
  note(io, `${what} ${target} deleted`);
}

/** The commands, by resource and action. */
export const COMMANDS: Readonly<
  Record<string, Readonly<Record<string, (context: CommandContext) => Promise<void>>>>
> = {
  vms: {
    async list({ raff, io, flags }) {
      const { data } = await raff.vms.list();
      print(io, flags.output, data, VM_COLUMNS);
    },
    async get({ raff, io, flags, id }) {
      print(io, flags.output, await raff.vms.get(required(id, "the VM's id")), VM_COLUMNS);
    },
    async create({ raff, io, flags }) {
      let vm = await raff.vms.create({
        name: required(flags.name, '--name'),
        region: region(required(flags.region, '--region')),
        template_id: required(flags.template, '--template'),
        pricing_id: required(flags.plan, '--plan'),
        ssh_keys: [...flags.sshKeys],
      });
      if (flags.wait) {
        note(io, `VM ${vm.id} created; waiting for it to be active…`);
        vm = await raff.vms.waitFor(vm.id, 'active', {
          timeout: flags.waitTimeout,
          interval: flags.interval,
        });
      }
      print(io, flags.output, vm, VM_COLUMNS);
    },
    async delete(context) {
      const { raff, flags } = context;
      await remove(
        context,
        'VM',
        (id) => raff.vms.delete(id),
        (id) =>
          raff.vms.waitFor(id, 'deleted', { timeout: flags.waitTimeout, interval: flags.interval }),
      );
    },
  },
  'ssh-keys': {
    async list({ raff, io, flags }) {
      const { data } = await raff.sshKeys.list();
      print(io, flags.output, data, SSH_KEY_COLUMNS);
    },
    async get({ raff, io, flags, id }) {
      const key = await raff.sshKeys.get(required(id, "the SSH key's id"));
      print(io, flags.output, key, SSH_KEY_COLUMNS);
    },
    async create({ raff, io, flags }) {
      const key = await raff.sshKeys.create({
        name: required(flags.name, '--name'),
        public_key: required(flags.publicKey, '--public-key'),
      });
      print(io, flags.output, key, SSH_KEY_COLUMNS);
    },
    async delete(context) {
      await remove(context, 'SSH key', (id) => context.raff.sshKeys.delete(id));
    },
  },
  volumes: {
    async list({ raff, io, flags }) {
      const { data } = await raff.volumes.list();
      print(io, flags.output, data, VOLUME_COLUMNS);
    },
    async get({ raff, io, flags, id }) {
      const volume = await raff.volumes.get(volumeId(id));
      print(io, flags.output, volume, VOLUME_COLUMNS);
    },
    async create({ raff, io, flags }) {
      let volume = await raff.volumes.create({
        name: required(flags.name, '--name'),
        size: required(flags.size, '--size'),
        volume_type: 'nvme',
        ...(flags.region !== undefined && { region: region(flags.region) }),
      });
      if (flags.wait) {
        note(io, `volume ${volume.id} created; waiting for it to be available…`);
        volume = await raff.volumes.waitFor(volume.id, 'available', {
          timeout: flags.waitTimeout,
          interval: flags.interval,
        });
      }
      print(io, flags.output, volume, VOLUME_COLUMNS);
    },
    async delete(context) {
      const { raff, flags } = context;
      await remove(
        context,
        'volume',
        (id) => raff.volumes.delete(volumeId(id)),
        (id) =>
          raff.volumes.waitFor(volumeId(id), 'deleted', {
            timeout: flags.waitTimeout,
            interval: flags.interval,
          }),
      );
    },
  },
};
