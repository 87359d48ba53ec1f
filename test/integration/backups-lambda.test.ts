import { afterEach, describe, expect, it, vi } from 'vitest';
import { RaffClient } from '../../src/index.js';
import { startEmulator } from '../support/emulator.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('examples/backups-lambda.ts', () => {
  it('backs up every active VM of its project with a Member + Operator key, and nothing else', async () => {
    const emulator = await startEmulator();
    const owner = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      logLevel: 'off',
    });
    const { customer1 } = emulator.projects;
    const key = await owner.apiKeys.create({
      name: 'Backups Lambda',
      role: 'member',
      projects: [customer1.id],
      project_role: 'operator',
      expires_in: '90d',
    });
    vi.stubEnv('RAFF_API_KEY', key.secret);
    vi.stubEnv('RAFF_PROJECT_ID', customer1.id);
    vi.stubEnv('RAFF_API_URL', emulator.url);
    vi.stubEnv('RAFF_LOG', 'off');
    const { handler } = await import('../../examples/backups-lambda.js');

    const report = await handler({}, { getRemainingTimeInMillis: () => 10_000 });

    const active = (await owner.vms.list({ status: 'active' }, { projectId: customer1.id })).data;
    expect(report.failed).toEqual([]);
    expect(report.started.map((s) => s.vm).sort()).toEqual(active.map((vm) => vm.name).sort());
    const posts = emulator.exchanges.filter(
      (e) => e.method === 'POST' && e.template === '/api/v1/backups',
    );
    expect(posts).toHaveLength(active.length);
    for (const post of posts) expect(post.requestHeaders['x-project-id']).toBe(customer1.id);
  });
});
