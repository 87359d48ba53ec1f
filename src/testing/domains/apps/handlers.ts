import type { HandlerTable } from '../../server/handler.js';
import { APPS_ACCOUNT_HANDLERS } from './account-handlers.js';
import { DEPLOYMENT_HANDLERS } from './deployment-handlers.js';
import { DOMAIN_HANDLERS } from './domain-handlers.js';
import { ENV_HANDLERS } from './env-handlers.js';
import { JOB_HANDLERS } from './job-handlers.js';
import { SERVICE_HANDLERS } from './service-handlers.js';

/**
 * The Apps domain: services, deployments, environment variables, custom domains, jobs, usage,
 * the spend cap, the tiers and their public price list (`pricing.apps`).
 *
 * @internal
 */
export const APPS_HANDLERS = {
  ...SERVICE_HANDLERS,
  ...DEPLOYMENT_HANDLERS,
  ...ENV_HANDLERS,
  ...DOMAIN_HANDLERS,
  ...JOB_HANDLERS,
  ...APPS_ACCOUNT_HANDLERS,
} satisfies HandlerTable;
