// The key recipes of docs/managing-api-keys.md ("Which key each job needs"), read from the guide
// itself and previewed offline: each holds every permission its job's SDK methods need
// (requiredPermission), on every project, and its custom roles hold nothing the job does not use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  missingPermissions,
  type PermissionName,
  type PermissionPreview,
  previewPermissions,
  type RoleDefinition,
  requiredPermission,
  type SdkMethod,
} from '../../src/index.js';

const GUIDE = readFileSync(new URL('../../docs/managing-api-keys.md', import.meta.url), 'utf8');
const SECTION = GUIDE.slice(
  GUIDE.indexOf('## Which key each job needs'),
  GUIDE.indexOf('\n## ', GUIDE.indexOf('## Which key each job needs') + 3),
);
const PROJECTS = ['5f0c6a2e-0000-4000-8000-000000000001', '5f0c6a2e-0000-4000-8000-000000000002'];

/** The SDK methods each job calls, the inner calls of composite methods included. */
const JOBS: Record<string, { key: string; methods: SdkMethod[] }> = {
  'key rotation': {
    key: 'Key rotation job',
    methods: [
      'apiKeys.list', // listExpiring, and create's check of the calling key
      'apiKeys.get', // create reads the new key back
      'apiKeys.create',
      'apiKeys.regenerate',
      'apiKeys.delete', // the old key, or create's rollback
      'roles.list', // create resolves role slugs
      'roles.get', // create's check reads the custom roles of the calling key
      'projects.members.add', // create grants each project
    ],
  },
  'backups that prune': {
    key: 'Backups Lambda',
    methods: [
      'vms.list',
      'backups.list',
      'backups.create',
      'backups.get', // waitFor
      'backups.resetChain',
      'backups.deleteChain',
      'backups.delete',
      'backupSchedules.list',
      'backupSchedules.update',
    ],
  },
  'an inventory across projects': {
    key: 'Inventory report',
    methods: [
      'projects.list',
      'vms.list',
      'volumes.list',
      'ips.list',
      'backups.list',
      'snapshots.list',
    ],
  },
};

const quoted = (text: string) => [...text.matchAll(/'([^']+)'/g)].map((m) => m[1] as string);
const field = (body: string, name: string) => body.match(new RegExp(`${name}: '([^']+)'`))?.[1];

/** The custom roles the section creates with `roles.create({ … })`. */
function guideRoles(): RoleDefinition[] {
  return [...SECTION.matchAll(/roles\.create\(\{([\s\S]*?)\n\}\);/g)].map(([, body = '']) => ({
    id: `guide-${field(body, 'slug')}`,
    name: field(body, 'name') ?? '',
    slug: field(body, 'slug') ?? '',
    scope: field(body, 'scope') as 'account' | 'project',
    permissions: quoted(body.match(/permissions: \[([\s\S]*?)\]/)?.[1] ?? ''),
  }));
}

/** The key the section creates under `name`: its account role and project role. */
function guideKey(name: string): { role: string; project_role?: string } {
  const calls = [...SECTION.matchAll(/apiKeys\.create\(\{([\s\S]*?)\n\}\);/g)].map((m) => m[1]);
  const body = calls.find((call) => field(call ?? '', 'name') === name);
  if (body === undefined) throw new Error(`the guide creates no key named ${name}`);
  const role = field(body, 'role') ?? '';
  const projectRole = field(body, 'project_role');
  return projectRole === undefined ? { role } : { role, project_role: projectRole };
}

/** What `preview` lacks of what `methods` need, on each project: empty when it can do the job. */
function lacking(preview: PermissionPreview, methods: readonly SdkMethod[]): string[] {
  const lacks = new Set<string>();
  for (const method of methods) {
    const needs = requiredPermission(method);
    if (needs?.permission == null) continue;
    const where = needs.scope === 'account' ? [undefined] : PROJECTS;
    for (const project of where) {
      for (const name of missingPermissions(preview, [needs.permission], project)) lacks.add(name);
    }
  }
  return [...lacks].sort();
}

function preview(input: { role: string; project_role?: string | undefined }): PermissionPreview {
  const projects = input.project_role === undefined ? {} : { projects: PROJECTS };
  return previewPermissions({ ...input, ...projects }, { roles: guideRoles() });
}

describe('the key recipes of docs/managing-api-keys.md', () => {
  it('reads three custom roles and three keys from the guide', () => {
    expect(guideRoles().map((role) => `${role.slug} (${role.scope})`)).toEqual([
      'key-rotation (account)',
      'key-granter (project)',
      'backups-pruner (project)',
    ]);
    for (const { key } of Object.values(JOBS)) expect(() => guideKey(key)).not.toThrow();
  });

  it.each(Object.entries(JOBS))('%s: the recipe holds what every method needs', (_, job) => {
    expect(lacking(preview(guideKey(job.key)), job.methods)).toEqual([]);
  });

  it('custom roles hold no permission their job does not use', () => {
    const used = (job: keyof typeof JOBS) =>
      new Set(JOBS[job]?.methods.map((method) => requiredPermission(method)?.permission));
    const uses: Record<string, Set<unknown>> = {
      'key-rotation': used('key rotation'),
      'key-granter': used('key rotation'),
      'backups-pruner': used('backups that prune'),
    };
    for (const role of guideRoles()) {
      expect(
        role.permissions.filter((name) => !uses[role.slug]?.has(name)),
        role.slug,
      ).toEqual([]);
    }
  });

  it('key rotation: an Owner key will do; an Admin key will not (no account.apikeys.revoke)', () => {
    const { methods } = JOBS['key rotation'] ?? { methods: [] };
    expect(lacking(previewPermissions({ role: 'owner' }), methods)).toEqual([]);
    const admin = preview({ role: 'admin', project_role: 'project-admin' });
    expect(lacking(admin, methods)).toEqual(['account.apikeys.revoke']);
  });

  it('backups: Member + Operator backs up, but cannot prune (no backup.delete)', () => {
    const { methods } = JOBS['backups that prune'] ?? { methods: [] };
    const operator = preview({ role: 'member', project_role: 'operator' });
    expect(lacking(operator, methods)).toEqual(['backup.delete' satisfies PermissionName]);
    const withoutPruning = methods.filter((m) => !m.startsWith('backups.delete'));
    expect(lacking(operator, withoutPruning)).toEqual([]);
  });

  it('an inventory needs no more than Viewer; Member alone sees no project', () => {
    const { methods } = JOBS['an inventory across projects'] ?? { methods: [] };
    expect(lacking(previewPermissions({ role: 'member' }), methods)).toEqual([
      'backup.view',
      'ip.view',
      'snapshot.view',
      'vm.view',
      'volume.view',
    ]);
  });
});
