import type { HandlerTable } from '../../server/handler.js';
import { all } from '../../server/replies.js';
import {
  ipPricing,
  PLANS,
  planView,
  REGIONS,
  SECURITY_GROUP_TEMPLATES,
  type STORAGE_PRICE_PER_GB_HOUR,
  storagePricing,
  TEMPLATES,
} from './data.js';

const storagePrices = (kind: keyof typeof STORAGE_PRICE_PER_GB_HOUR) => ({
  body: { success: true, pricing: storagePricing(kind) },
});

/**
 * The catalog: health, regions, templates and prices, all keyless (a key, if sent, is not looked
 * at), and the security group templates, which need a key but no permission.
 *
 * @internal
 */
export const CATALOG_HANDLERS = {
  healthCheck: () => ({ body: { status: 'healthy' } }),

  listRegions: () => ({ body: { success: true, regions: [...REGIONS] } }),

  listTemplates: ({ query }) => {
    const data = TEMPLATES.filter(
      (template) =>
        (query.category === undefined || template.category === query.category) &&
        (query.vm_type !== 'standard' || !template.is_windows),
    );
    return { body: { success: true, data, total: data.length } };
  },

  listVMPricing: ({ query }) => {
    const plans = PLANS.map((plan, index) => planView(index + 1, plan)).filter(
      (plan) => query.type === undefined || plan.vm_type === query.type,
    );
    return { body: { success: true, plans } };
  },

  listVolumePricing: () => storagePrices('volume'),
  listSnapshotPricing: () => storagePrices('snapshot'),
  listBackupPricing: () => storagePrices('backup'),
  listIPPricing: () => ({ body: { success: true, pricing: ipPricing() } }),

  listSecurityGroupTemplates: () => all(SECURITY_GROUP_TEMPLATES),
} satisfies HandlerTable;
