import { randomUUID } from 'node:crypto';
import { SECURITY_GROUP_TEMPLATES } from './domains/catalog/data.js';
import type { RuleRecord } from './resource-records.js';
import type { EmulatorState } from './server/account.js';

/**
 * Seeds the networking families before the VMs: a VPC per project (`default` 10.0.0.0/24 in
 * Default, `customer1` 10.1.0.0/24 in customer1), a free reserved IPv4 in customer1, a `web`
 * security group in Default (from the `web` template).
 *
 * @internal
 */
export function seedNetworking(
  state: EmulatorState,
  projects: { readonly defaultProjectId: string; readonly customer1ProjectId: string },
  at: number,
): void {
  const owner = state.ownerUserId;
  const vpc = (projectId: string, name: string, cidr: string) => {
    const id = randomUUID();
    state.vpcs.set(id, {
      id,
      projectId,
      name,
      description: undefined,
      cidr,
      createdAt: at,
      updatedAt: at,
    });
  };
  vpc(projects.defaultProjectId, 'default', '10.0.0.0/24');
  vpc(projects.customer1ProjectId, 'customer1', '10.1.0.0/24');

  const ipId = randomUUID();
  state.ips.set(ipId, {
    id: ipId,
    projectId: projects.customer1ProjectId,
    address: '198.51.100.7',
    type: 'IPv4',
    reserved: true,
    vmId: null,
    nicId: null,
    createdBy: owner,
    createdAt: at,
    updatedAt: at,
  });

  const web = SECURITY_GROUP_TEMPLATES.find((template) => template.id === 'web');
  const groupId = randomUUID();
  state.securityGroups.set(groupId, {
    id: groupId,
    projectId: projects.defaultProjectId,
    name: 'web',
    description: 'HTTP, HTTPS and SSH from anywhere',
    rules: (web?.rules ?? []).map((rule) => ({ ...rule }) as RuleRecord),
    createdAt: at,
    updatedAt: at,
  });
}
