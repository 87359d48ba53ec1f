import { describe, expect, it } from 'vitest';
import { createKey, systemRoleId } from '../support/emulator.js';
import { caller, stillEmulator, vmIds } from '../support/storage.js';

type Kind = 'view' | 'create' | 'manage' | 'delete';

interface Ids {
  readonly vm: string;
  readonly snapshot: number;
  readonly backup: string;
  readonly schedule: number;
}

interface Row {
  readonly operation: string;
  readonly permission: `${string}.${Kind}`;
  readonly method: string;
  readonly path: (ids: Ids) => string;
  readonly body?: (ids: Ids) => unknown;
}

// One row per operation of the storage families, with the permission openapi.json names for it.
const ROWS: readonly Row[] = [
  {
    operation: 'listVolumes',
    permission: 'volume.view',
    method: 'GET',
    path: () => '/api/v1/volumes',
  },
  {
    operation: 'getVolume',
    permission: 'volume.view',
    method: 'GET',
    path: () => '/api/v1/volumes/311',
  },
  {
    operation: 'createVolume',
    permission: 'volume.create',
    method: 'POST',
    path: () => '/api/v1/volumes',
    body: () => ({ name: 'v', size: 10, volume_type: 'nvme' }),
  },
  {
    operation: 'resizeVolume',
    permission: 'volume.manage',
    method: 'PATCH',
    path: () => '/api/v1/volumes/311',
    body: () => ({ new_size: 500 }),
  },
  {
    operation: 'attachVolume',
    permission: 'volume.manage',
    method: 'POST',
    path: () => '/api/v1/volumes/311/attach',
    body: (ids) => ({ vm_id: ids.vm }),
  },
  {
    operation: 'deleteVolume',
    permission: 'volume.delete',
    method: 'DELETE',
    path: () => '/api/v1/volumes/311',
  },
  {
    operation: 'listSnapshots',
    permission: 'snapshot.view',
    method: 'GET',
    path: () => '/api/v1/snapshots',
  },
  {
    operation: 'getSnapshot',
    permission: 'snapshot.view',
    method: 'GET',
    path: (ids) => `/api/v1/snapshots/${ids.snapshot}`,
  },
  {
    operation: 'createSnapshot',
    permission: 'snapshot.create',
    method: 'POST',
    path: () => '/api/v1/snapshots',
    body: (ids) => ({ resource_type: 'vm', resource_id: ids.vm, name: 's' }),
  },
  {
    operation: 'renameSnapshot',
    permission: 'snapshot.manage',
    method: 'PATCH',
    path: (ids) => `/api/v1/snapshots/${ids.snapshot}/rename`,
    body: () => ({ name: 'renamed' }),
  },
  {
    operation: 'deleteSnapshot',
    permission: 'snapshot.delete',
    method: 'DELETE',
    path: (ids) => `/api/v1/snapshots/${ids.snapshot}`,
  },
  {
    operation: 'listBackups',
    permission: 'backup.view',
    method: 'GET',
    path: () => '/api/v1/backups',
  },
  {
    operation: 'getBackup',
    permission: 'backup.view',
    method: 'GET',
    path: (ids) => `/api/v1/backups/${ids.backup}`,
  },
  {
    operation: 'createBackup',
    permission: 'backup.create',
    method: 'POST',
    path: () => '/api/v1/backups',
    body: (ids) => ({ vm_id: ids.vm }),
  },
  {
    operation: 'resetBackupChain',
    permission: 'backup.manage',
    method: 'POST',
    path: (ids) => `/api/v1/vms/${ids.vm}/backups/reset-chain`,
  },
  {
    operation: 'deleteBackup',
    permission: 'backup.delete',
    method: 'DELETE',
    path: (ids) => `/api/v1/backups/${ids.backup}`,
  },
  {
    operation: 'listBackupSchedules',
    permission: 'backup.view',
    method: 'GET',
    path: () => '/api/v1/backup-schedules',
  },
  {
    operation: 'getBackupSchedule',
    permission: 'backup.view',
    method: 'GET',
    path: (ids) => `/api/v1/backup-schedules/${ids.schedule}`,
  },
  {
    operation: 'createBackupSchedule',
    permission: 'backup.create',
    method: 'POST',
    path: () => '/api/v1/backup-schedules',
    body: (ids) => ({ vm_id: ids.vm, type: 'daily', time: '2am', keep_count: 3 }),
  },
  {
    operation: 'updateBackupSchedule',
    permission: 'backup.manage',
    method: 'PATCH',
    path: (ids) => `/api/v1/backup-schedules/${ids.schedule}`,
    body: () => ({ keep_count: 4 }),
  },
  {
    operation: 'deleteBackupSchedule',
    permission: 'backup.delete',
    method: 'DELETE',
    path: (ids) => `/api/v1/backup-schedules/${ids.schedule}`,
  },
];

// What each System project role may do in these families (DESIGN.md, permission catalog).
const ROLES: readonly (readonly [slug: string, allowed: readonly Kind[]])[] = [
  ['viewer', ['view']],
  ['project-member', ['view']],
  ['operator', ['view', 'create', 'manage']],
  ['project-admin', ['view', 'create', 'manage', 'delete']],
];

async function seededIds(emulator: Awaited<ReturnType<typeof stillEmulator>>): Promise<Ids> {
  const project = emulator.projects.customer1.id;
  const owner = caller(emulator, emulator.ownerKey, project);
  const vm = (await vmIds(emulator, project))('api-01');
  const snapshot = (await owner('GET', '/api/v1/snapshots')).body.data[0].id;
  const backup = (await owner('GET', '/api/v1/backups')).body.data[0].id;
  const schedule = await owner('POST', '/api/v1/backup-schedules', {
    vm_id: vm,
    type: 'weekly',
    day_of_week: 'Sunday',
    time: '4am',
    keep_count: 2,
  });
  return { vm, snapshot, backup, schedule: schedule.body.data.id };
}

describe('storage permissions (project roles on customer1)', () => {
  it.each(ROLES)('%s may do exactly what its role grants', async (slug, allowed) => {
    const emulator = await stillEmulator();
    const project = emulator.projects.customer1.id;
    const ids = await seededIds(emulator);
    const { secret } = await createKey(emulator, {
      projects: [project],
      projectRole: systemRoleId(slug),
    });
    const key = caller(emulator, secret, project);
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const row of ROWS) {
      const kind = row.permission.split('.')[1] as Kind;
      const response = await key(row.method, row.path(ids), row.body?.(ids));
      outcome[row.operation] =
        response.status === 403 ? response.body.message : `allowed (${response.status})`;
      expected[row.operation] = allowed.includes(kind)
        ? `allowed (${response.status})`
        : `Missing permission ${row.permission}`;
    }
    expect(outcome).toEqual(expected);
  });

  it('keeps a key out of the storage of a project it was not granted', async () => {
    const emulator = await stillEmulator();
    const { secret } = await createKey(emulator, {
      projects: [emulator.projects.customer1.id],
      projectRole: systemRoleId('project-admin'),
    });
    const key = caller(emulator, secret);
    for (const path of ['/api/v1/volumes/312', '/api/v1/backups', '/api/v1/snapshots']) {
      const response = await caller(emulator, secret, emulator.projects.default.id)('GET', path);
      expect(response.status, path).toBe(403);
    }
    // Lists without X-Project-ID show only the reachable project.
    const volumes = await key('GET', '/api/v1/volumes');
    expect(volumes.body.data.map((v: { id: number }) => v.id)).toEqual([311]);
  });
});

describe('member and invitation permissions (account roles)', () => {
  const MEMBER = systemRoleId('member');
  it.each([
    ['admin', { list: 200, invite: 201, add: 201, update: 200, remove: 403 }],
    ['member', { list: 200, invite: 403, add: 403, update: 403, remove: 403 }],
    ['billing', { list: 403, invite: 403, add: 403, update: 403, remove: 403 }],
  ] as const)('an %s key', async (slug, expected) => {
    const emulator = await stillEmulator();
    const { secret } = await createKey(emulator, { role: systemRoleId(slug) });
    const key = caller(emulator, secret);
    const owner = caller(emulator, emulator.ownerKey);
    const dana = (await owner('GET', '/api/v1/members?status=active')).body.data.find(
      (m: { email: string }) => m.email === 'dana@example.com',
    );
    const statuses = {
      list: (await key('GET', '/api/v1/members')).status,
      invite: (
        await key('POST', '/api/v1/invitations', { email: 'a@example.com', role_id: MEMBER })
      ).status,
      add: (await key('POST', '/api/v1/members', { email: 'b@example.com', role_id: MEMBER }))
        .status,
      update: (await key('PATCH', `/api/v1/members/${dana.id}`, { status: 'suspended' })).status,
      remove: (await key('DELETE', `/api/v1/members/${dana.id}`)).status,
    };
    expect(statuses).toEqual(expected);
  });
});
