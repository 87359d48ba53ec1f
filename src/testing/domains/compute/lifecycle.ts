// The timed side of the compute domain: VMs walking through their transient statuses, and what
// deleting a VM takes with it.
import type { EmulatorState } from '../../server/account.js';
import { type Timing, timing, walk } from '../../server/lifecycle.js';
import { releaseVmNetworks } from '../networking/interfaces.js';
import { releaseVmStorage } from '../storage/lifecycle.js';
import { notes, type VmRecord, vms } from './records.js';

/**
 * The compute domain's timings, on the emulated clock.
 *
 * @internal
 */
export const COMPUTE_TIMINGS = {
  vm: {
    create: timing('active', ['initiating', 5_000], ['provisioning', 30_000], ['booting', 20_000]),
    stop: timing('passive', ['finalizing', 10_000]),
    start: timing('active', ['booting', 20_000]),
    reboot: timing('active', ['booting', 20_000]),
    hardReboot: timing('active', ['booting', 10_000]),
    reinstall: timing('active', ['provisioning', 40_000], ['booting', 20_000]),
    factoryReset: timing('active', ['provisioning', 40_000], ['booting', 20_000]),
    /** Resize and disk resize need `passive` and leave the VM `passive` at once. */
    resize: timing('passive'),
    resizeDisk: timing('passive'),
  },
} as const satisfies Record<string, Record<string, Timing>>;

/**
 * The lifecycle key of a VM.
 *
 * @internal
 */
export const vmKey = (id: string): string => `vm:${id}`;

/**
 * Walks the VM through one of `COMPUTE_TIMINGS.vm`, replacing any unfinished transition.
 *
 * @internal
 */
export function walkVm(
  state: EmulatorState,
  vm: VmRecord,
  transition: keyof typeof COMPUTE_TIMINGS.vm,
  now: number,
): void {
  walk(state.lifecycle, {
    key: vmKey(vm.id),
    now,
    timing: COMPUTE_TIMINGS.vm[transition],
    set: (status, at) => {
      vm.status = status;
      vm.updatedAt = at;
    },
  });
}

/**
 * Destroys a VM: its queued transitions, its interfaces (networking/interfaces.ts), its notes,
 * and its volumes per `volumeAction` (storage/lifecycle.ts).
 *
 * @internal
 */
export function destroyVm(
  state: EmulatorState,
  vm: VmRecord,
  options: { volumeAction: 'detach' | 'delete'; deleteVpc: boolean; now: number },
): void {
  state.lifecycle.cancel(vmKey(vm.id));
  vms.in(state).discard(vm.id);
  releaseVmNetworks(state, vm, options);
  const vmNotes = notes(state);
  for (const [id, note] of vmNotes) if (note.vmId === vm.id) vmNotes.delete(id);
  releaseVmStorage(state, vm.id, options.volumeAction, options.now);
}
