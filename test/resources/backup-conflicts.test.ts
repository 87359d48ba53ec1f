// A 409 from deleting a backup names the SDK method that deletes its whole series.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { RaffConflictError } from '../../src/index.js';
import { API, PROJECT, testClient } from '../support/client.js';

const BACKUP_ID = '0e7c3f5a-1b2d-4c6e-8f9a-0b1c2d3e4f5a';
// The emulator's words; Raff's are not documented, so the SDK does not read them.
const SERVER = {
  error: 'Conflict',
  message: `Backup ${BACKUP_ID} is point 1 of a series with 2 other point(s)`,
};
const NOTE =
  '[backups.delete refuses a point of a series with other points (delete the whole series with backups.deleteChain) and a backup that is pending, creating or restoring]';

describe('a 409 from deleting a backup', () => {
  it('names backups.deleteChain, from the operation and the status alone', async () => {
    nock(API)
      .matchHeader('x-project-id', PROJECT)
      .delete(`/api/v1/backups/${BACKUP_ID}`)
      .reply(409, SERVER);
    const error = await testClient({ projectId: PROJECT })
      .backups.delete(BACKUP_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffConflictError);
    expect((error as Error).message).toBe(
      `409 DELETE /api/v1/backups/{id} (project ${PROJECT}): ${SERVER.message} ${NOTE}`,
    );
  });

  it('names it for the same request made with raff.api', async () => {
    nock(API).delete(`/api/v1/backups/${BACKUP_ID}`).reply(409, { error: 'Conflict' });
    const error = await testClient()
      .api.DELETE('/api/v1/backups/{id}', {
        params: { path: { id: BACKUP_ID }, header: { 'X-Project-ID': PROJECT } },
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain(NOTE);
  });

  it('adds nothing to the 409 of other operations', async () => {
    nock(API).delete(`/api/v1/backups/${BACKUP_ID}/chain`).reply(409, SERVER);
    nock(API).delete('/api/v1/volumes/7').reply(409, SERVER);
    const raff = testClient({ projectId: PROJECT });
    for (const call of [() => raff.backups.deleteChain(BACKUP_ID), () => raff.volumes.delete(7)]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RaffConflictError);
      expect((error as Error).message).not.toContain('deleteChain');
    }
  });
});
