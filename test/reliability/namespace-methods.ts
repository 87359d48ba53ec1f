// Every public namespace method of RaffClient, with fast-check arbitraries for its parameters:
// the table hostile-params.test.ts runs against the emulator.
import fc from 'fast-check';
import type { RaffClient } from '../../src/index.js';
import { hostileRecord, hostileString, hostileValue } from './hostile.js';

/** A hostile string, or now and then one of the real ids. */
const pick = (real: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom(...real) },
  );
const roleRef = fc.oneof(
  hostileString,
  fc.constantFrom('owner', 'admin', 'member', 'operator', 'viewer', 'project-admin'),
);

export async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of iterable);
}

/** Hostile listAll params: null, non-objects, and paging fields of any type. */
const listAllParams = (fields: readonly string[]) => hostileRecord(fields);

/** Real ids mixed into the hostile ones, so that valid calls reach the handlers too. */
export interface RealIds {
  readonly keys: readonly string[];
  readonly projects: readonly string[];
  readonly roles: readonly string[];
  readonly vms: readonly string[];
}

/** A public namespace method, with arbitraries for its parameters. */
export interface NamespaceMethod {
  readonly name: string;
  readonly args: (ids: RealIds) => fc.Arbitrary<unknown[]>;
  readonly call: (client: RaffClient, args: unknown[]) => Promise<unknown>;
}

/** Every public namespace method. Arguments are cast `as never`: hostile input is untyped. */
export const NAMESPACE_METHODS: readonly NamespaceMethod[] = [
  {
    name: 'apiKeys.list',
    args: () => fc.tuple(hostileRecord(['limit', 'offset', 'is_active'])),
    call: (c, [p]) => c.apiKeys.list(p as never),
  },
  {
    name: 'apiKeys.listAll',
    args: () => fc.tuple(listAllParams(['limit', 'offset', 'maxPages'])),
    call: (c, [p]) => drain(c.apiKeys.listAll(p as never)),
  },
  {
    name: 'apiKeys.listExpiring',
    args: () => fc.tuple(hostileRecord(['within_days', 'now'])),
    call: (c, [p]) => c.apiKeys.listExpiring(p as never),
  },
  {
    name: 'apiKeys.get',
    args: (ids) => fc.tuple(pick(ids.keys)),
    call: (c, [id]) => c.apiKeys.get(id as never),
  },
  {
    name: 'apiKeys.update',
    args: (ids) =>
      fc.tuple(pick(ids.keys), hostileRecord(['name', 'is_active', 'rate_limit_tier'])),
    call: (c, [id, body]) => c.apiKeys.update(id as never, body as never),
  },
  {
    name: 'apiKeys.delete',
    args: () => fc.tuple(hostileString),
    call: (c, [id]) => c.apiKeys.delete(id as never),
  },
  {
    name: 'apiKeys.regenerate',
    args: (ids) => fc.tuple(pick(ids.keys)),
    call: (c, [id]) => c.apiKeys.regenerate(id as never),
  },
  {
    name: 'apiKeys.create',
    args: (ids) =>
      fc.tuple(
        fc.oneof(
          hostileRecord([
            'name',
            'role',
            'projects',
            'project_role',
            'expires_in',
            'expires_at',
            'rate_limit_tier',
          ]),
          fc.record(
            {
              name: hostileString,
              role: roleRef,
              projects: fc.array(pick(ids.projects), { maxLength: 3 }),
              project_role: roleRef,
              expires_in: fc.oneof(hostileString, fc.constantFrom('never', '30d', '1y')),
              expires_at: hostileValue,
              rate_limit_tier: fc.oneof(hostileString, fc.constantFrom('standard', 'high')),
            },
            { requiredKeys: ['name', 'role'] },
          ),
        ),
      ),
    call: (c, [p]) => c.apiKeys.create(p as never),
  },
  {
    name: 'roles.list',
    args: () => fc.tuple(hostileRecord(['scope', 'limit', 'offset'])),
    call: (c, [p]) => c.roles.list(p as never),
  },
  {
    name: 'roles.listAll',
    args: () => fc.tuple(listAllParams(['scope', 'limit'])),
    call: (c, [p]) => drain(c.roles.listAll(p as never)),
  },
  {
    name: 'roles.get',
    args: (ids) => fc.tuple(pick(ids.roles)),
    call: (c, [id]) => c.roles.get(id as never),
  },
  {
    name: 'roles.create',
    args: () =>
      fc.tuple(
        fc.oneof(
          hostileRecord(['name', 'slug', 'scope', 'permissions', 'description']),
          fc.record({
            name: hostileString,
            slug: hostileString,
            scope: fc.constantFrom('account', 'project'),
            permissions: fc.array(fc.oneof(hostileString, fc.constantFrom('vm.view', 'x.y'))),
          }),
        ),
      ),
    call: (c, [body]) => c.roles.create(body as never),
  },
  {
    name: 'roles.update',
    args: (ids) => fc.tuple(pick(ids.roles), hostileRecord(['name', 'permissions', 'description'])),
    call: (c, [id, body]) => c.roles.update(id as never, body as never),
  },
  {
    name: 'roles.delete',
    args: (ids) => fc.tuple(pick(ids.roles)),
    call: (c, [id]) => c.roles.delete(id as never),
  },
  {
    name: 'roles.preview',
    args: () => fc.tuple(hostileRecord(['role', 'projects', 'project_role']), hostileValue),
    call: async (c, [input, options]) => c.roles.preview(input as never, options as never),
  },
  {
    name: 'permissions.list',
    args: () => fc.tuple(hostileRecord(['scope'])),
    call: (c, [p]) => c.permissions.list(p as never),
  },
  {
    name: 'projects.list',
    args: () => fc.tuple(hostileRecord(['limit', 'offset'])),
    call: (c, [p]) => c.projects.list(p as never),
  },
  {
    name: 'projects.listAll',
    args: () => fc.tuple(listAllParams(['limit', 'offset'])),
    call: (c, [p]) => drain(c.projects.listAll(p as never)),
  },
  {
    name: 'projects.get',
    args: (ids) => fc.tuple(pick(ids.projects)),
    call: (c, [id]) => c.projects.get(id as never),
  },
  {
    name: 'projects.create',
    args: () => fc.tuple(hostileRecord(['name', 'description', 'default_region'])),
    call: (c, [body]) => c.projects.create(body as never),
  },
  {
    name: 'projects.update',
    args: (ids) =>
      fc.tuple(pick(ids.projects), hostileRecord(['name', 'description', 'default_region'])),
    call: (c, [id, body]) => c.projects.update(id as never, body as never),
  },
  {
    name: 'projects.delete',
    args: () => fc.tuple(hostileString),
    call: (c, [id]) => c.projects.delete(id as never),
  },
  {
    name: 'projects.members.list',
    args: (ids) => fc.tuple(pick(ids.projects), hostileRecord(['limit', 'offset', 'status'])),
    call: (c, [id, p]) => c.projects.members.list(id as never, p as never),
  },
  {
    name: 'projects.members.listAll',
    args: (ids) => fc.tuple(pick(ids.projects), listAllParams(['limit'])),
    call: (c, [id, p]) => drain(c.projects.members.listAll(id as never, p as never)),
  },
  {
    name: 'projects.members.get',
    args: (ids) => fc.tuple(pick(ids.projects), hostileString),
    call: (c, [id, member]) => c.projects.members.get(id as never, member as never),
  },
  {
    name: 'projects.members.add',
    args: (ids) =>
      fc.tuple(
        pick(ids.projects),
        fc.oneof(
          hostileRecord(['api_key_id', 'target_user_id', 'role']),
          fc.record({ api_key_id: pick(ids.keys), role: roleRef }),
        ),
      ),
    call: (c, [id, p]) => c.projects.members.add(id as never, p as never),
  },
  {
    name: 'projects.members.update',
    args: (ids) =>
      fc.tuple(
        pick(ids.projects),
        hostileString,
        fc.oneof(
          fc.record({ role: roleRef, status: hostileValue }, { requiredKeys: [] }),
          hostileValue,
        ),
      ),
    call: (c, [id, member, p]) =>
      c.projects.members.update(id as never, member as never, p as never),
  },
  {
    name: 'projects.members.remove',
    args: (ids) => fc.tuple(pick(ids.projects), hostileString),
    call: (c, [id, member]) => c.projects.members.remove(id as never, member as never),
  },
  {
    name: 'vms.list',
    args: () => fc.tuple(hostileRecord(['status', 'limit', 'offset'])),
    call: (c, [p]) => c.vms.list(p as never),
  },
  {
    name: 'vms.listAll',
    args: () => fc.tuple(listAllParams(['status', 'limit'])),
    call: (c, [p]) => drain(c.vms.listAll(p as never)),
  },
  {
    name: 'vms.get',
    args: (ids) => fc.tuple(pick(ids.vms)),
    call: (c, [id]) => c.vms.get(id as never),
  },
  {
    name: 'backups.list',
    args: () => fc.tuple(hostileRecord(['vm_id', 'limit', 'offset'])),
    call: (c, [p]) => c.backups.list(p as never),
  },
  {
    name: 'backups.listAll',
    args: () => fc.tuple(listAllParams(['vm_id', 'limit', 'maxPages'])),
    call: (c, [p]) => drain(c.backups.listAll(p as never)),
  },
  {
    name: 'backups.create',
    args: (ids) =>
      fc.tuple(
        fc.oneof(
          hostileRecord(['vm_id', 'name']),
          fc.record({ vm_id: pick(ids.vms), name: hostileString }),
        ),
      ),
    call: (c, [body]) => c.backups.create(body as never),
  },
];
