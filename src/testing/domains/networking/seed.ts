import type { EmulatorState } from '../../server/account.js';
import { SECURITY_GROUP_TEMPLATES } from '../catalog/data.js';
import type { SeededProjects } from '../projects/seed.js';
import { ips, securityGroups, vpcs } from './records.js';

/**
 * Seeds the networking domain before the VMs: a VPC per project (`default` 10.0.0.0/24 in
 * Default, `customer1` 10.1.0.0/24 in customer1), a free reserved IPv4 in customer1 and a `web`
 * security group in Default (from the `web` template).
 *
 * @internal
 */
export function seedNetworking(state: EmulatorState, projects: SeededProjects, at: number): void {
  const vpc = (projectId: string, name: string, cidr: string) =>
    vpcs.in(state).create(at, (stamp) => ({
      ...stamp,
      projectId,
      name,
      description: undefined,
      cidr,
    }));
  vpc(projects.defaultProjectId, 'default', '10.0.0.0/24');
  vpc(projects.customer1ProjectId, 'customer1', '10.1.0.0/24');

  ips.in(state).create(at, (stamp) => ({
    ...stamp,
    projectId: projects.customer1ProjectId,
    address: '198.51.100.7',
    type: 'IPv4',
    reserved: true,
    vmId: null,
    nicId: null,
    createdBy: state.ownerUserId,
  }));

  const web = SECURITY_GROUP_TEMPLATES.find((template) => template.id === 'web');
  securityGroups.in(state).create(at, (stamp) => ({
    ...stamp,
    projectId: projects.defaultProjectId,
    name: 'web',
    description: 'HTTP, HTTPS and SSH from anywhere',
    rules: (web?.rules ?? []).map((rule) => ({ ...rule })),
  }));
}
