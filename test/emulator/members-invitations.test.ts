import { describe, expect, it } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { systemRoleId } from '../support/emulator.js';
import { caller, DAY, stillEmulator } from '../support/storage.js';

const MEMBER = systemRoleId('member');
const ADMIN = systemRoleId('admin');
const VIEWER = systemRoleId('viewer');

async function setup() {
  const emulator = await stillEmulator();
  const owner = caller(emulator, emulator.ownerKey);
  const members = async (status?: string) => {
    const listed = await owner('GET', `/api/v1/members${status ? `?status=${status}` : ''}`);
    return listed.body.data as { id: string; email?: string; status: string; user_id: string }[];
  };
  const byEmail = async (email: string) => (await members()).find((m) => m.email === email);
  return { emulator, owner, members, byEmail };
}

describe('account members', () => {
  it('invites by e-mail: a pending member naming its invitation, until cancelled', async () => {
    const { owner, members } = await setup();
    const added = await owner('POST', '/api/v1/members', {
      email: 'lee@example.com',
      role_id: MEMBER,
    });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({
      email: 'lee@example.com',
      status: 'pending',
      user_id: null,
      role: 'member',
      invitation_id: expect.any(String),
      invitation_expires_at: expect.any(String),
    });
    const again = await owner('POST', '/api/v1/members', {
      email: 'LEE@example.com',
      role_id: MEMBER,
    });
    expect(again.status).toBe(409);
    expect((await members('pending')).map((m) => m.email)).toEqual([
      'sam@example.com',
      'lee@example.com',
    ]);

    const cancelled = await owner('DELETE', `/api/v1/invitations/${added.body.data.invitation_id}`);
    expect(cancelled.body).toEqual({ success: true, message: 'Invitation cancelled' });
    expect((await owner('GET', `/api/v1/members/${added.body.data.id}`)).status).toBe(404);
    expect(
      (await owner('DELETE', `/api/v1/invitations/${added.body.data.invitation_id}`)).status,
    ).toBe(404);
  });

  it('changes a role, suspends and reinstates, but never touches the Owner', async () => {
    const { owner, byEmail } = await setup();
    const dana = await byEmail('dana@example.com');
    const path = `/api/v1/members/${dana?.id}`;
    const promoted = await owner('PATCH', path, { role_id: ADMIN });
    expect(promoted.body.data).toMatchObject({ role: 'admin', role_name: 'Admin' });
    expect((await owner('PATCH', path, { status: 'suspended' })).body.data.status).toBe(
      'suspended',
    );
    expect((await owner('PATCH', path, { status: 'active' })).body.data.status).toBe('active');
    expect((await owner('PATCH', path, { role_id: VIEWER })).status).toBe(400);
    expect((await owner('PATCH', path, { role_id: systemRoleId('owner') })).status).toBe(400);

    const sam = await byEmail('sam@example.com');
    const accept = await owner('PATCH', `/api/v1/members/${sam?.id}`, { status: 'active' });
    expect(accept.status).toBe(409);

    const ownerMember = await byEmail('owner@example.com');
    for (const [method, body] of [
      ['PATCH', { role_id: ADMIN }],
      ['DELETE', undefined],
    ] as const) {
      const refused = await owner(method, `/api/v1/members/${ownerMember?.id}`, body);
      expect(refused.status, method).toBe(409);
      expect(refused.body.message).toContain('Owner');
    }
  });

  it('removes a member, who can come back by user id while holding project roles', async () => {
    const { emulator, owner, byEmail } = await setup();
    const dana = await byEmail('dana@example.com');
    expect((await owner('DELETE', `/api/v1/members/${dana?.id}`)).body).toEqual({
      success: true,
      message: 'Member removed',
    });
    expect(await byEmail('dana@example.com')).toBeUndefined();
    const grants = await owner('GET', `/api/v1/projects/${emulator.projects.customer1.id}/members`);
    expect(grants.body.data.map((g: { email: string }) => g.email)).toContain('dana@example.com');

    const back = await owner('POST', '/api/v1/members', {
      target_user_id: dana?.user_id,
      role_id: MEMBER,
    });
    expect(back.status).toBe(201);
    expect(back.body.data).toMatchObject({ email: 'dana@example.com', status: 'active' });
    const twice = await owner('POST', '/api/v1/members', {
      target_user_id: dana?.user_id,
      role_id: MEMBER,
    });
    expect(twice.status).toBe(409);
    const stranger = await owner('POST', '/api/v1/members', {
      target_user_id: '6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11',
      role_id: MEMBER,
    });
    expect(stranger.status).toBe(404);
  });

  it('gives an API key an account role through a membership, while it is active', async () => {
    const { emulator, owner } = await setup();
    const created = await owner('POST', '/api/v1/api-keys', { name: 'ci' });
    const key = caller(emulator, created.body.data.secret);
    expect((await key('GET', '/api/v1/api-keys')).status).toBe(403);

    const added = await owner('POST', '/api/v1/members', {
      api_key_id: created.body.data.id,
      role_id: ADMIN,
    });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({ status: 'active', role: 'admin' });
    expect(added.body.data.email).toBeUndefined();
    expect((await key('GET', '/api/v1/api-keys')).status).toBe(200);
    const duplicate = await owner('POST', '/api/v1/members', {
      api_key_id: created.body.data.id,
      role_id: MEMBER,
    });
    expect(duplicate.status).toBe(409);

    const path = `/api/v1/members/${added.body.data.id}`;
    await owner('PATCH', path, { status: 'suspended' });
    expect((await key('GET', '/api/v1/api-keys')).status).toBe(403);
    await owner('PATCH', path, { status: 'active' });
    expect((await key('GET', '/api/v1/api-keys')).status).toBe(200);
    await owner('DELETE', path);
    expect((await key('GET', '/api/v1/api-keys')).status).toBe(403);
  });
});

describe('invitations', () => {
  it('invites to the account; the pending member lapses with the invitation after 7 days', async () => {
    const { emulator, owner, byEmail } = await setup();
    const invited = await owner('POST', '/api/v1/invitations', {
      email: 'kim@example.com',
      role_id: MEMBER,
    });
    expect(invited.status).toBe(201);
    expect(invited.body.data).toMatchObject({
      type: 'account',
      email: 'kim@example.com',
      role_id: MEMBER,
      role_name: 'Member',
      invited_by_email: 'owner@example.com',
    });
    expect(invited.body.data.project_id).toBeUndefined();
    expect(await byEmail('kim@example.com')).toMatchObject({
      status: 'pending',
      invitation_id: invited.body.data.id,
    });
    const project = await owner('POST', '/api/v1/invitations', {
      email: 'kim@example.com',
      role_id: MEMBER,
    });
    expect(project.status).toBe(409);
    expect(
      (await owner('POST', '/api/v1/invitations', { email: 'x@example.com', role_id: VIEWER }))
        .status,
    ).toBe(400);

    // The seeded invitation of sam@example.com was sent 2 days before the emulator started.
    emulator.clock.advance(5 * DAY);
    expect(await byEmail('sam@example.com')).toBeUndefined();
    expect(await byEmail('kim@example.com')).toBeDefined();
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.invitation.expire) - 5 * DAY);
    expect(await byEmail('kim@example.com')).toBeUndefined();
  });

  it('invites to a project: a pending grant on that project, cancelled with the invitation', async () => {
    const { emulator, owner } = await setup();
    const project = emulator.projects.customer1;
    const path = `/api/v1/projects/${project.id}`;
    const invited = await owner('POST', `${path}/invitations`, {
      email: 'lee@example.com',
      role_id: VIEWER,
    });
    expect(invited.status).toBe(201);
    expect(invited.body.data).toMatchObject({
      type: 'project',
      project_id: project.id,
      project_name: 'customer1',
      role_name: 'Viewer',
    });
    const grants = await owner('GET', `${path}/members?status=pending`);
    expect(grants.body.data).toEqual([
      expect.objectContaining({ email: 'lee@example.com', status: 'pending', role_id: VIEWER }),
    ]);
    const twice = await owner('POST', `${path}/invitations`, {
      email: 'lee@example.com',
      role_id: VIEWER,
    });
    expect(twice.status).toBe(409);
    const onProject = await owner('POST', `${path}/invitations`, {
      email: 'dana@example.com',
      role_id: VIEWER,
    });
    expect(onProject.status).toBe(409);
    expect(
      (await owner('POST', `${path}/invitations`, { email: 'x@example.com', role_id: MEMBER }))
        .status,
    ).toBe(400);

    await owner('DELETE', `/api/v1/invitations/${invited.body.data.id}`);
    expect((await owner('GET', `${path}/members?status=pending`)).body.total).toBe(0);
  });
});
