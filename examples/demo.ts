/**
 * The demo that `npm run demo` runs: the life of a narrowly scoped key, told against the local
 * Raff emulator (a real HTTP server on loopback), exactly as a user's code would do it.
 */
import {
  type APIKey,
  RaffAuthenticationError,
  RaffClient,
  RaffPermissionDeniedError,
} from '@raff/sdk';
import { createRaffEmulator } from '@raff/sdk/testing';
import { vmLifecycleChapter } from './demo-lifecycle.js';
import { bold, dim, heading, table } from './terminal.js';

const emulator = await createRaffEmulator();
try {
  const { default: defaultProject, customer1 } = emulator.projects;
  console.log(`${bold('Raff emulator')} listening on ${emulator.url}\n`);
  const owner = new RaffClient({ apiKey: emulator.ownerKey, baseUrl: emulator.url });

  heading('1. Roles in the account');
  const roles = [];
  for await (const role of owner.roles.listAll()) roles.push(role);
  table(
    ['Name', 'Slug', 'Scope', 'Permissions', 'Type'],
    roles.map((r) => [
      r.name,
      r.slug,
      r.scope,
      String(r.permissions.length),
      r.is_system ? 'System' : 'Custom',
    ]),
  );

  heading('2. Permissions Preview: Admin + Operator on Default and customer1');
  const scope = {
    role: 'admin',
    projects: [defaultProject.id, customer1.id],
    project_role: 'operator',
  };
  const preview = owner.roles.preview(scope, {
    roles,
    projectNames: { [defaultProject.id]: defaultProject.name, [customer1.id]: customer1.name },
  });
  for (const line of preview.lines) console.log(`  ${line}`);

  heading('3. Create "Backups Lambda" with that scope and a 90-day expiry');
  const key = await owner.apiKeys.create({ name: 'Backups Lambda', ...scope, expires_in: '90d' });
  console.log(
    `  Created ${bold(key.name)} — copy the secret now, it is shown once: ${dim(`${key.key_prefix}…`)}`,
  );

  heading('4. API Keys');
  const keys: APIKey[] = [];
  for await (const k of owner.apiKeys.listAll()) keys.push(k);
  table(
    ['Name', 'Key Prefix', 'Account Role', 'Project Access', 'Expires', 'Last Used', 'Created'],
    keys.map((k) => [
      k.name,
      `${k.key_prefix}…`,
      k.role_name ?? '',
      k.role_slug === 'owner'
        ? 'All projects'
        : (k.project_accesses ?? []).map((a) => `${a.project_name} (${a.role_name})`).join(', '),
      k.expires_at ? day(k.expires_at) : 'Never',
      k.last_used_at ? 'just now' : 'Never',
      day(k.created_at ?? ''),
    ]),
  );

  heading('5. The new key lists VMs in customer1');
  const lambda = new RaffClient({
    apiKey: key.secret,
    baseUrl: emulator.url,
    projectId: customer1.id,
  });
  const { data: vms } = await lambda.vms.list();
  table(
    ['Name', 'Status', 'vCPU', 'RAM (GB)', 'Region'],
    vms.map((vm) => [vm.name, vm.status, String(vm.cpu), String(vm.ram), vm.region]),
  );

  heading('6. …and gets a typed 403 for a project it was not granted');
  const staging = await owner.projects.create({ name: 'staging' });
  try {
    await lambda.vms.list({}, { projectId: staging.id });
    throw new Error('expected a 403');
  } catch (error) {
    if (!(error instanceof RaffPermissionDeniedError)) throw error;
    console.log(`  ${error.name}: ${error.message}`);
  }

  heading('7. Rotate: the old secret gets a typed 401 at once');
  const rotated = await owner.apiKeys.regenerate(key.id);
  console.log(`  New prefix ${rotated.key_prefix}… (same id ${rotated.id})`);
  try {
    await lambda.vms.list();
    throw new Error('expected a 401');
  } catch (error) {
    if (!(error instanceof RaffAuthenticationError)) throw error;
    console.log(`  ${error.name}: ${error.message}`);
  }

  heading('8. Revoke');
  await owner.apiKeys.delete(key.id);
  const remaining = await owner.apiKeys.list();
  console.log(
    `  Revoked. ${remaining.total} key(s) left: ${remaining.data.map((k) => k.name).join(', ')}`,
  );

  await vmLifecycleChapter(9, emulator, owner, customer1.id);
  console.log(`\n${bold('Done.')}`);
} finally {
  await emulator.close();
}

function day(iso: string): string {
  return iso ? new Date(iso).toISOString().slice(0, 10) : '';
}
