import type { HandlerTable } from '../../server/handler.js';
import { IP_HANDLERS } from './ip-handlers.js';
import { SECURITY_GROUP_HANDLERS } from './security-group-handlers.js';
import { VM_NETWORK_HANDLERS } from './vm-network-handlers.js';
import { VPC_HANDLERS } from './vpc-handlers.js';

/**
 * The networking domain: VPCs, public IPs, security groups, and VMs' interfaces on them.
 *
 * @internal
 */
export const NETWORKING_HANDLERS = {
  ...VPC_HANDLERS,
  ...IP_HANDLERS,
  ...SECURITY_GROUP_HANDLERS,
  ...VM_NETWORK_HANDLERS,
} satisfies HandlerTable;
