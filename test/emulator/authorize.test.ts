// Where openapi.json names no permission for an operation (the managed databases, Kubernetes,
// Apps and Functions areas), the emulator asks only that the key reaches the project it acts in;
// an account-level operation without one needs only a valid key.
import { describe, expect, it } from 'vitest';
import { systemRoleId } from '../../src/testing/domains/identity/seed.js';
import { seedState } from '../../src/testing/seed.js';
import { Access } from '../../src/testing/server/access.js';
import { authorize } from '../../src/testing/server/authorize.js';
import { HttpError } from '../../src/testing/server/errors.js';
import { OPERATIONS } from '../../src/testing/server/operations.js';

function operation(id: string) {
  const found = OPERATIONS.find((op) => op.id === id);
  if (found === undefined) throw new Error(`no operation ${id}`);
  return found;
}

/** A seeded account with a key that holds only Viewer on customer1 (and no account role). */
function accountWithScopedKey() {
  const seed = seedState(Date.now());
  const owner = [...seed.state.keys.values()][0];
  if (owner === undefined) throw new Error('no seeded key');
  const scoped = { ...owner, id: 'k-scoped', roleId: undefined };
  seed.state.keys.set(scoped.id, scoped);
  seed.state.grants.set('g-scoped', {
    id: 'g-scoped',
    projectId: seed.customer1ProjectId,
    userId: null,
    apiKeyId: scoped.id,
    email: undefined,
    roleId: systemRoleId('viewer'),
    status: 'active',
    invitedBy: seed.state.ownerUserId,
    invitedAt: null,
    acceptedAt: null,
    createdAt: Date.now(),
  });
  return { ...seed, scoped: new Access(seed.state, scoped), owner: new Access(seed.state, owner) };
}

function refusal(run: () => unknown): { status: number; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('authorizing an operation openapi.json names no permission for', () => {
  it('lets a key act in a project it reaches with any role, and refuses another with 403', () => {
    const { state, scoped, customer1ProjectId, defaultProjectId } = accountWithScopedKey();
    const create = operation('createK8sCluster');
    expect(create.permission).toBeUndefined();
    const headers = (project: string) => ({ 'x-project-id': project });
    expect(authorize(state, create, scoped, {}, headers(customer1ProjectId))).toEqual([
      customer1ProjectId,
    ]);
    expect(refusal(() => authorize(state, create, scoped, {}, headers(defaultProjectId)))).toEqual({
      status: 403,
      message: `This API key has no access to project ${defaultProjectId}`,
    });
  });

  it('spans every project the key reaches on a list without X-Project-ID (Owner: all of them)', () => {
    const { state, scoped, owner, customer1ProjectId, defaultProjectId } = accountWithScopedKey();
    const list = operation('listDatabases');
    expect([list.permission, list.project]).toEqual([undefined, 'optional']);
    expect(authorize(state, list, scoped, {}, {})).toEqual([customer1ProjectId]);
    expect(authorize(state, list, owner, {}, {}).sort()).toEqual(
      [defaultProjectId, customer1ProjectId].sort(),
    );
  });

  it('needs only a valid key for an account-level operation', () => {
    const { state, scoped } = accountWithScopedKey();
    const read = operation('listSSHKeys');
    expect([read.permission, read.project]).toEqual([undefined, undefined]);
    expect(authorize(state, read, scoped, {}, { 'x-project-id': 'anything' })).toEqual([]);
  });

  it('still checks a documented permission the same way', () => {
    const { state, scoped, customer1ProjectId } = accountWithScopedKey();
    const power = operation('stopVM');
    expect(
      refusal(() => authorize(state, power, scoped, {}, { 'x-project-id': customer1ProjectId })),
    ).toEqual({ status: 403, message: 'Missing permission vm.power' });
  });
});
