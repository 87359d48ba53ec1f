import { describe, expect, it } from 'vitest';
import { RaffClient } from '../../src/index.js';
import type { EmulatorExchange } from '../../src/testing/index.js';
import { createKey, startEmulator, systemRoleId } from '../support/emulator.js';

const TENANTS = 8;
const CALLS_PER_TENANT = 40;

interface Tenant {
  readonly name: string;
  readonly secret: string;
  /** The project the tenant's client defaults to, and the one it names per call. */
  readonly home: string;
  readonly away: string;
}

describe('many withOptions clients used at once', () => {
  it('never cross keys or project ids between tenants, request by request', async () => {
    const emulator = await startEmulator({ rateLimits: false });
    const owner = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      logLevel: 'off',
    });
    const projects = await Promise.all(
      Array.from({ length: TENANTS }, (_, i) => owner.projects.create({ name: `tenant-${i}` })),
    );
    const tenants: Tenant[] = [];
    for (let i = 0; i < TENANTS; i++) {
      const home = projects[i]?.id ?? '';
      const away = projects[(i + 1) % TENANTS]?.id ?? '';
      // Each key reaches exactly its two projects: a crossed key or project id would get a 403.
      const { secret } = await createKey(emulator, {
        name: `tenant-${i}`,
        role: systemRoleId('member'),
        projects: [home, away],
        projectRole: systemRoleId('viewer'),
      });
      tenants.push({ name: `tenant-${i}`, secret, home, away });
    }

    // Every tenant client is derived from the same base client, as a multi-tenant service would.
    const base = owner.withOptions({ maxRetries: 0 });
    const firstExchange = emulator.exchanges.length;
    const calls = tenants.flatMap((tenant) => {
      const client = base.withOptions({
        apiKey: tenant.secret,
        projectId: tenant.home,
        headers: { 'X-Tenant': tenant.name, 'X-Client': 'home' },
      });
      // A second derivation, pointed at the tenant's other project.
      const awayClient = client.withOptions({
        projectId: tenant.away,
        headers: { 'X-Tenant': tenant.name, 'X-Client': 'away' },
      });
      return Array.from({ length: CALLS_PER_TENANT }, (_, i) => {
        switch (i % 4) {
          case 0:
            return client.vms.list(); // X-Project-ID: home (client default)
          case 1:
            return client.backups.list({}, { projectId: tenant.away }); // per-call override
          case 2:
            return awayClient.vms.list(); // derived client's default
          default:
            return client.permissions.list(); // account-level: no X-Project-ID at all
        }
      });
    });
    // Interleave the tenants' calls so that requests of different tenants are in flight together.
    const results = await Promise.allSettled(calls);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    const seen = emulator.exchanges.slice(firstExchange);
    expect(seen).toHaveLength(TENANTS * CALLS_PER_TENANT);
    const byName = new Map(tenants.map((t) => [t.name, t]));
    for (const exchange of seen) {
      const tenant = byName.get(String(exchange.requestHeaders['x-tenant']));
      expect(tenant, 'every request carries its tenant tag').toBeDefined();
      if (tenant === undefined) continue;
      expect(exchange.requestHeaders['x-api-key'] === tenant.secret, keyMismatch(exchange)).toBe(
        true,
      );
      expect(exchange.requestHeaders['x-project-id']).toBe(expectedProject(exchange, tenant));
      expect(exchange.status).toBe(200);
    }
    // Each tenant's share arrived in full: nothing was sent under another tenant's tag.
    for (const tenant of tenants) {
      expect(seen.filter((e) => e.requestHeaders['x-tenant'] === tenant.name)).toHaveLength(
        CALLS_PER_TENANT,
      );
    }
  });
});

/** Which X-Project-ID the request should carry, from the client and the call that made it. */
function expectedProject(exchange: EmulatorExchange, tenant: Tenant): string | undefined {
  if (exchange.template === '/api/v1/permissions') return undefined;
  if (exchange.template === '/api/v1/backups') return tenant.away;
  return exchange.requestHeaders['x-client'] === 'away' ? tenant.away : tenant.home;
}

function keyMismatch(exchange: EmulatorExchange): string {
  const key = String(exchange.requestHeaders['x-api-key']);
  return `${exchange.requestHeaders['x-tenant']} sent a key with prefix ${key.slice(0, 13)}`;
}
