import {
  ipPricing,
  PLANS,
  planView,
  REGIONS,
  SECURITY_GROUP_TEMPLATES,
  storagePricing,
  TEMPLATES,
} from '../catalog-data.js';
import { all, type Handler, type PublicHandler } from './context.js';

const healthCheck: PublicHandler = () => ({ body: { status: 'healthy' } });

const listRegions: PublicHandler = () => ({ body: { success: true, regions: REGIONS } });

const listTemplates: PublicHandler = (context) => {
  const { category, vm_type: vmType } = context.query;
  const data = TEMPLATES.filter(
    (template) =>
      (category === undefined || template.category === category) &&
      (vmType !== 'standard' || !template.is_windows),
  );
  return { body: { success: true, data, total: data.length } };
};

const listVMPricing: PublicHandler = (context) => {
  const type = context.query.type;
  const plans = PLANS.map((plan, index) => planView(index + 1, plan)).filter(
    (plan) => type === undefined || plan.vm_type === type,
  );
  return { body: { success: true, plans } };
};

const storage =
  (kind: 'volume' | 'snapshot' | 'backup'): PublicHandler =>
  () => ({ body: { success: true, pricing: storagePricing(kind) } });

const listIPPricing: PublicHandler = () => ({ body: { success: true, pricing: ipPricing() } });

/**
 * The keyless operations: health and the public catalog. A key, if sent, is not looked at.
 *
 * @internal
 */
export const PUBLIC_HANDLERS: Readonly<Record<string, PublicHandler>> = {
  healthCheck,
  listRegions,
  listTemplates,
  listVMPricing,
  listVolumePricing: storage('volume'),
  listSnapshotPricing: storage('snapshot'),
  listBackupPricing: storage('backup'),
  listIPPricing,
};

const listSecurityGroupTemplates: Handler = () => all(SECURITY_GROUP_TEMPLATES);

/**
 * Catalog operations that need a key but no permission.
 *
 * @internal
 */
export const CATALOG_HANDLERS: Readonly<Record<string, Handler>> = { listSecurityGroupTemplates };
