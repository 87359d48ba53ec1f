import type { HandlerTable } from '../../server/handler.js';
import { CONFIG_HANDLERS } from './config-handlers.js';
import { DEPLOYMENT_HANDLERS } from './deployment-handlers.js';
import { FUNCTION_HANDLERS } from './function-handlers.js';
import { LAMBDA_HANDLERS } from './lambda-handlers.js';
import { OBSERVE_HANDLERS } from './observe-handlers.js';

/**
 * The Functions domain: functions, deployments and revisions, environment, triggers, bindings,
 * logs and metrics, usage and the spend cap, the Lambda import, runtimes and prices.
 *
 * @internal
 */
export const FUNCTIONS_HANDLERS = {
  ...FUNCTION_HANDLERS,
  ...DEPLOYMENT_HANDLERS,
  ...OBSERVE_HANDLERS,
  ...CONFIG_HANDLERS,
  ...LAMBDA_HANDLERS,
} satisfies HandlerTable;
