/**
 * A backups Lambda: lists the VMs of its project and starts a backup of each active one.
 *
 * Give it a key scoped to exactly this job — account role Member, project role Operator on one
 * project — and set RAFF_API_KEY and RAFF_PROJECT_ID in the function's environment.
 * `npm run example:lambda` runs it against the local emulator.
 */
import { RaffClient, RaffError } from '@raff/sdk';

/** The subset of the Lambda context this handler uses. */
export interface LambdaContext {
  getRemainingTimeInMillis(): number;
}

/** What the handler returns: which VMs got a backup and which failed. */
export interface BackupReport {
  started: { vm: string; backup: string }[];
  failed: { vm: string; error: string }[];
}

// Created once per container: a warm start reuses the client and its connections.
let client: RaffClient | undefined;

/** The Lambda entry point. */
export async function handler(_event: unknown, context: LambdaContext): Promise<BackupReport> {
  client ??= new RaffClient();
  // Never let a request outlive the function: leave a second to report.
  const raff = client.withOptions({
    totalTimeout: Math.max(1_000, context.getRemainingTimeInMillis() - 1_000),
  });
  const report: BackupReport = { started: [], failed: [] };

  for await (const vm of raff.vms.listAll({ status: 'active' })) {
    try {
      const backup = await raff.backups.create({
        vm_id: vm.id,
        name: `${vm.name}-${new Date().toISOString().slice(0, 10)}`,
      });
      report.started.push({ vm: vm.name, backup: backup.id });
    } catch (err: unknown) {
      // A typed error has a safe message (no secrets); anything else is a bug: rethrow it.
      if (!(err instanceof RaffError)) throw err;
      report.failed.push({ vm: vm.name, error: err.message });
    }
  }
  return report;
}
