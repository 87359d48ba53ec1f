import { describe, expect, it } from 'vitest';
import { ownerSession } from '../support/compute.js';

describe('VM tags and notes', () => {
  it('adds, renames, reorders and removes tags, answering all tags each time', async () => {
    const { owner, createVm } = await ownerSession();
    const id = await createVm({ tags: ['web'] });
    const added = await owner('POST', `/api/v1/vms/${id}/tags`, { name: 'prod', priority: -1 });
    expect(added.body.tags.map((t: { name: string }) => t.name)).toEqual(['prod', 'web']);
    const tagId = added.body.tags[1].id;
    const updated = await owner('PATCH', `/api/v1/vms/${id}/tags/${tagId}`, { priority: -5 });
    expect(updated.body.tags.map((t: { name: string }) => t.name)).toEqual(['web', 'prod']);
    const removed = await owner('DELETE', `/api/v1/vms/${id}/tags/${tagId}`);
    expect(removed.body.tags.map((t: { name: string }) => t.name)).toEqual(['prod']);
    expect((await owner('DELETE', `/api/v1/vms/${id}/tags/${tagId}`)).status).toBe(404);
  });

  it('keeps a personal note per user and one account note; update needs an existing note', async () => {
    const { owner, createVm } = await ownerSession();
    const id = await createVm();
    expect((await owner('GET', `/api/v1/vms/${id}/notes`)).body).toEqual({ success: true });
    expect((await owner('PATCH', `/api/v1/vms/${id}/notes/account`, { content: 'x' })).status).toBe(
      404,
    );
    await owner('PUT', `/api/v1/vms/${id}/notes/account`, { content: 'line 1' });
    const appended = await owner('POST', `/api/v1/vms/${id}/notes/account/append`, {
      content: 'line 2',
    });
    expect(appended.body.note.content).toBe('line 1\nline 2');
    await owner('POST', `/api/v1/vms/${id}/notes/personal/append`, { content: 'mine' });
    const notes = await owner('GET', `/api/v1/vms/${id}/notes`);
    expect(notes.body.personal_note.content).toBe('mine');
    expect(notes.body.account_note.content).toBe('line 1\nline 2');
    const onlyAccount = await owner('GET', `/api/v1/vms/${id}/notes?type=account`);
    expect(Object.keys(onlyAccount.body).sort()).toEqual(['account_note', 'success']);
  });
});
