/**
 * The demo's last chapter: a VM built, backed up, and a backup schedule pruning old backups, on
 * the emulator's clock. Where Raff takes minutes or days, the demo moves the clock instead.
 */
import type { RaffClient } from '@raff/sdk';
import type { RaffEmulator } from '@raff/sdk/testing';
import { bold, dim, heading, table } from './terminal.js';

const DAY = 86_400_000;

/**
 * Runs `wait` while the emulator's clock races ahead (2 s every 10 ms), and returns the statuses
 * it reported to `note`, in order.
 */
async function fastForward(
  emulator: RaffEmulator,
  wait: (note: (status: string) => string) => Promise<unknown>,
): Promise<string> {
  const trail: string[] = [];
  const note = (status: string) => {
    if (trail.at(-1) !== status) trail.push(status);
    return status;
  };
  const ticker = setInterval(() => emulator.clock.advance(2_000), 10);
  try {
    await wait(note);
  } finally {
    clearInterval(ticker);
  }
  return trail.join(' → ');
}

/**
 * Prints chapter `number`: a VM in `projectId` goes from create to active, gets an on-demand
 * backup, then a daily schedule with `keep_count` 2 runs for four emulated days.
 */
export async function vmLifecycleChapter(
  number: number,
  emulator: RaffEmulator,
  owner: RaffClient,
  projectId: string,
): Promise<void> {
  heading(`${number}. A VM's life on the emulator's clock: build, back up, prune`);
  const raff = owner.withOptions({ projectId });
  const { data: templates } = await raff.templates.list();
  const ubuntu = templates.find((t) => t.name === 'Ubuntu');
  if (ubuntu === undefined) throw new Error('the catalog has no Ubuntu template');
  const vm = await raff.vms.create({
    name: 'demo-01',
    template_id: ubuntu.id,
    pricing_id: 3,
    region: 'us-east',
    password: 'Demo-Horse-42',
  });
  const built = await fastForward(emulator, (note) =>
    raff.vms.waitFor(vm.id, (v) => note(v.status) === 'active', { interval: 20 }),
  );
  console.log(`  VM ${bold(vm.name)} (${ubuntu.name} ${ubuntu.version}): ${built}`);

  const backup = await raff.backups.create({ vm_id: vm.id, name: 'demo-01-before-deploy' });
  let size = 0;
  const backedUp = await fastForward(emulator, (note) =>
    raff.backups.waitFor(
      backup.id,
      (b) => {
        size = b.storage_size;
        return note(b.status) === 'ready';
      },
      { interval: 20 },
    ),
  );
  console.log(`  Backup ${bold(backup.name)}: ${backedUp}, ${size} MB`);
  console.log(dim("  (the clock ran 200× as fast while the SDK's waiters polled)"));

  const schedule = await raff.backupSchedules.create({
    vm_id: vm.id,
    type: 'daily',
    time: '3am',
    keep_count: 2,
  });
  console.log(`\n  Schedule ${bold(schedule.runtime ?? '')}, keep_count ${schedule.keep_count}:`);
  const rows: string[][] = [];
  for (let day = 1; day <= 4; day++) {
    emulator.clock.advance(DAY);
    const { data } = await raff.backups.list({ vm_id: vm.id });
    const scheduled = data.filter((b) => b.id !== backup.id).map((b) => b.name);
    rows.push([`+${day} day${day === 1 ? '' : 's'}`, scheduled.sort().reverse().join(', ')]);
  }
  table(['Clock', 'Backups the schedule keeps, newest first'], rows);
  console.log(`  ${dim(`(${backup.name} stays: a schedule prunes only the backups it took)`)}`);
}
