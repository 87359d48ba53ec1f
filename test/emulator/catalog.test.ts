import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/compute.js';
import { call, startEmulator } from '../support/emulator.js';

const PUBLIC_PATHS = [
  '/health',
  '/api/v1/public/regions',
  '/api/v1/public/templates',
  '/api/v1/public/pricing/vm',
  '/api/v1/public/pricing/volume',
  '/api/v1/public/pricing/snapshot',
  '/api/v1/public/pricing/backup',
  '/api/v1/public/pricing/ip',
];

describe('the public catalog', () => {
  it('answers every public route without a key, and ignores a bad or revoked key', async () => {
    const emulator = await startEmulator();
    for (const path of PUBLIC_PATHS) {
      expect((await call(emulator, 'GET', path)).status, path).toBe(200);
      const junk = await call(emulator, 'GET', path, { key: 'raff_not-a-key' });
      expect(junk.status, path).toBe(200);
    }
    expect((await call(emulator, 'GET', '/health')).body).toEqual({ status: 'healthy' });
  });

  it('still answers 400 for a query the spec refuses, and obeys injected faults', async () => {
    const emulator = await startEmulator();
    const bad = await call(emulator, 'GET', '/api/v1/public/templates?category=games');
    expect(bad.status).toBe(400);
    emulator.faults.inject({ path: '/health', status: 503 });
    expect((await call(emulator, 'GET', '/health')).status).toBe(503);
    expect((await call(emulator, 'GET', '/health')).status).toBe(200);
  });

  it('filters templates by category and plan family (standard leaves Windows out)', async () => {
    const emulator = await startEmulator();
    const all = (await call(emulator, 'GET', '/api/v1/public/templates')).body;
    expect(all.total).toBe(all.data.length);
    expect(all.data.some((t: { is_windows: boolean }) => t.is_windows)).toBe(true);
    const standard = (await call(emulator, 'GET', '/api/v1/public/templates?vm_type=standard')).body
      .data;
    expect(standard.some((t: { is_windows: boolean }) => t.is_windows)).toBe(false);
    const apps = (await call(emulator, 'GET', '/api/v1/public/templates?category=marketplace')).body
      .data;
    expect(apps.length).toBeGreaterThan(0);
    expect(apps.every((t: { category: string }) => t.category === 'marketplace')).toBe(true);
  });

  it('lists plans 1–13 by family, each usable as createVM pricing_id', async () => {
    const emulator = await startEmulator();
    const plans = (await call(emulator, 'GET', '/api/v1/public/pricing/vm')).body.plans;
    expect(plans.map((p: { id: number }) => p.id)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    const premium = (await call(emulator, 'GET', '/api/v1/public/pricing/vm?type=premium')).body
      .plans;
    expect(premium.every((p: { vm_type: string }) => p.vm_type === 'premium')).toBe(true);
    const [template] = (await call(emulator, 'GET', '/api/v1/public/templates')).body.data;
    const created = await call(emulator, 'POST', '/api/v1/vms', {
      key: emulator.ownerKey,
      headers: { 'X-Project-ID': emulator.projects.default.id },
      body: {
        name: 'from-catalog',
        template_id: template.id,
        pricing_id: plans[0].id,
        region: 'us-east',
        password: PASSWORD,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      cpu: plans[0].vcpu,
      ram: plans[0].memory_gib,
      storage: plans[0].ssd_gib,
      price_per_hour: plans[0].price_per_hour.toFixed(6),
      template_name: template.name,
    });
  });

  it('gives storage prices per GB and address prices per family', async () => {
    const emulator = await startEmulator();
    const volume = (await call(emulator, 'GET', '/api/v1/public/pricing/volume')).body.pricing;
    expect(volume).toMatchObject({ id: 1, region: 'us-east' });
    expect(volume.price_per_gb_month).toBeCloseTo(volume.price_per_gb_hour * 730, 4);
    const ip = (await call(emulator, 'GET', '/api/v1/public/pricing/ip')).body.pricing;
    expect(ip.ipv4.price_per_hour).toBeGreaterThan(ip.ipv6.price_per_hour);
    const regions = (await call(emulator, 'GET', '/api/v1/public/regions')).body.regions;
    expect(regions).toEqual([expect.objectContaining({ code: 'us-east', is_default: true })]);
  });
});
