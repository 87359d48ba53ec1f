/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

/** What the call path knows about one operation of openapi.json. */
export interface OperationInfo {
  /** The SDK method, e.g. `vms.create`: what errors name as their `operation`. */
  readonly sdk: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  /** The path template, e.g. `/api/v1/vms/{id}`. */
  readonly path: string;
  /** What the argument after the path ids is: the query or the JSON body; absent = neither. */
  readonly input?: 'query' | 'body';
  /** How it takes `X-Project-ID`; absent = never (account-level or public). */
  readonly project?: 'required' | 'optional';
  /** Public (health, catalog): no `X-API-Key` is ever sent. */
  readonly public?: true;
  /** Pages with `limit`/`offset`; the value is the largest page, which `listAll` asks for. */
  readonly paged?: number;
  /** Takes an `Idempotency-Key`: the client sends one per call and may retry it like a GET. */
  readonly idempotent?: true;
  /** The permission Raff checks (`x-raff-permission`); absent where Raff documents none. */
  readonly permission?: string;
  /** Where the project of a project permission comes from. */
  readonly permissionProject?: 'header' | 'path' | 'resource';
  /**
   * What a 2xx answer resolves to: `none` (nothing), `body` (the answer without `success`), or
   * the dotted path of one part of it (`data`, `database`, `data.function`). Absent on lists.
   */
  readonly result?: string;
  /** On a `list`: the dotted path of the items; the method resolves with `{ data, total }`. */
  readonly items?: string;
  /** On a `list`: the dotted path of the total, when the answer carries one. */
  readonly total?: string;
  /** Dotted paths (`[]` = each item) of the credentials in the result: kept out of sight. */
  readonly secrets?: readonly string[];
  /** On the get operation a `waitFor` polls: the status field, its values, and which fail. */
  readonly wait?: {
    readonly field: string;
    /** Every status it can have; absent where Raff publishes no closed list (any is accepted). */
    readonly statuses?: readonly string[];
    readonly failure: readonly string[];
    /** The first pause between polls, in milliseconds. */
    readonly interval: number;
    /** What the resource is called in messages, e.g. `VM`. */
    readonly noun: string;
  };
}

/** Every operation of openapi.json, by operationId. */
export const OPERATIONS = {
  listApiKeys: { sdk: 'apiKeys.list', method: 'GET', path: '/api/v1/api-keys', input: 'query', paged: 100, permission: 'account.apikeys.view', items: 'data', total: 'total' },
  createApiKey: { sdk: 'apiKeys.create', method: 'POST', path: '/api/v1/api-keys', input: 'body', permission: 'account.apikeys.create', result: 'data', secrets: ['secret'] },
  getApiKey: { sdk: 'apiKeys.get', method: 'GET', path: '/api/v1/api-keys/{id}', permission: 'account.apikeys.view', result: 'data' },
  revokeApiKey: { sdk: 'apiKeys.delete', method: 'DELETE', path: '/api/v1/api-keys/{id}', permission: 'account.apikeys.revoke', result: 'none' },
  updateApiKey: { sdk: 'apiKeys.update', method: 'PATCH', path: '/api/v1/api-keys/{id}', input: 'body', permission: 'account.apikeys.manage', result: 'data' },
  regenerateApiKey: { sdk: 'apiKeys.regenerate', method: 'POST', path: '/api/v1/api-keys/{id}/regenerate', permission: 'account.apikeys.manage', result: 'data', secrets: ['secret'] },
  listRoles: { sdk: 'roles.list', method: 'GET', path: '/api/v1/roles', input: 'query', paged: 100, permission: 'account.roles.view', items: 'data', total: 'total' },
  createRole: { sdk: 'roles.create', method: 'POST', path: '/api/v1/roles', input: 'body', permission: 'account.roles.create', result: 'data' },
  getRole: { sdk: 'roles.get', method: 'GET', path: '/api/v1/roles/{id}', permission: 'account.roles.view', result: 'data' },
  deleteRole: { sdk: 'roles.delete', method: 'DELETE', path: '/api/v1/roles/{id}', permission: 'account.roles.delete', result: 'none' },
  updateRole: { sdk: 'roles.update', method: 'PATCH', path: '/api/v1/roles/{id}', input: 'body', permission: 'account.roles.manage', result: 'data' },
  listPermissions: { sdk: 'permissions.list', method: 'GET', path: '/api/v1/permissions', input: 'query', items: 'data' },
  listProjects: { sdk: 'projects.list', method: 'GET', path: '/api/v1/projects', input: 'query', paged: 100, permission: 'account.projects.view', items: 'data', total: 'total' },
  createProject: { sdk: 'projects.create', method: 'POST', path: '/api/v1/projects', input: 'body', permission: 'account.projects.create', result: 'data' },
  getProject: { sdk: 'projects.get', method: 'GET', path: '/api/v1/projects/{id}', permission: 'account.projects.view', result: 'data' },
  updateProject: { sdk: 'projects.update', method: 'PUT', path: '/api/v1/projects/{id}', input: 'body', permission: 'account.projects.manage', result: 'data' },
  deleteProject: { sdk: 'projects.delete', method: 'DELETE', path: '/api/v1/projects/{id}', permission: 'account.projects.delete', result: 'none' },
  listProjectMembers: { sdk: 'projects.members.list', method: 'GET', path: '/api/v1/projects/{id}/members', input: 'query', paged: 100, permission: 'project.members.view', permissionProject: 'path', items: 'data', total: 'total' },
  addProjectMember: { sdk: 'projects.members.add', method: 'POST', path: '/api/v1/projects/{id}/members', input: 'body', permission: 'project.members.invite', permissionProject: 'path', result: 'data' },
  getProjectMember: { sdk: 'projects.members.get', method: 'GET', path: '/api/v1/projects/{id}/members/{member_id}', permission: 'project.members.view', permissionProject: 'path', result: 'data' },
  removeProjectMember: { sdk: 'projects.members.remove', method: 'DELETE', path: '/api/v1/projects/{id}/members/{member_id}', permission: 'project.members.remove', permissionProject: 'path', result: 'none' },
  updateProjectMember: { sdk: 'projects.members.update', method: 'PATCH', path: '/api/v1/projects/{id}/members/{member_id}', input: 'body', permission: 'project.members.manage', permissionProject: 'path', result: 'data' },
  listMembers: { sdk: 'members.list', method: 'GET', path: '/api/v1/members', input: 'query', paged: 100, permission: 'account.members.view', items: 'data', total: 'total' },
  addMember: { sdk: 'members.add', method: 'POST', path: '/api/v1/members', input: 'body', permission: 'account.members.invite', result: 'data' },
  getMember: { sdk: 'members.get', method: 'GET', path: '/api/v1/members/{id}', permission: 'account.members.view', result: 'data' },
  removeMember: { sdk: 'members.remove', method: 'DELETE', path: '/api/v1/members/{id}', permission: 'account.members.remove', result: 'none' },
  updateMember: { sdk: 'members.update', method: 'PATCH', path: '/api/v1/members/{id}', input: 'body', permission: 'account.members.manage', result: 'data' },
  listVMs: { sdk: 'vms.list', method: 'GET', path: '/api/v1/vms', input: 'query', project: 'optional', paged: 100, permission: 'vm.view', permissionProject: 'header', items: 'data', total: 'total' },
  createVM: { sdk: 'vms.create', method: 'POST', path: '/api/v1/vms', input: 'body', project: 'required', permission: 'vm.create', permissionProject: 'header', result: 'data' },
  getVM: { sdk: 'vms.get', method: 'GET', path: '/api/v1/vms/{id}', permission: 'vm.view', permissionProject: 'resource', result: 'data', wait: { field: 'status', statuses: ['active', 'passive', 'provisioning', 'booting', 'initiating', 'finalizing', 'failure'], failure: ['failure'], interval: 1000, noun: 'VM' } },
  deleteVM: { sdk: 'vms.delete', method: 'DELETE', path: '/api/v1/vms/{id}', input: 'body', project: 'required', permission: 'vm.delete', permissionProject: 'header', result: 'none' },
  listBackups: { sdk: 'backups.list', method: 'GET', path: '/api/v1/backups', input: 'query', project: 'optional', paged: 100, permission: 'backup.view', permissionProject: 'header', items: 'data', total: 'total' },
  createBackup: { sdk: 'backups.create', method: 'POST', path: '/api/v1/backups', input: 'body', project: 'required', permission: 'backup.create', permissionProject: 'header', result: 'data' },
  listSnapshots: { sdk: 'snapshots.list', method: 'GET', path: '/api/v1/snapshots', input: 'query', project: 'optional', paged: 100, permission: 'snapshot.view', permissionProject: 'header', items: 'data', total: 'total' },
  createSnapshot: { sdk: 'snapshots.create', method: 'POST', path: '/api/v1/snapshots', input: 'body', project: 'required', permission: 'snapshot.create', permissionProject: 'header', result: 'data' },
  healthCheck: { sdk: 'health.check', method: 'GET', path: '/health', public: true, result: 'body' },
  listRegions: { sdk: 'regions.list', method: 'GET', path: '/api/v1/public/regions', input: 'query', public: true, items: 'regions' },
  listTemplates: { sdk: 'templates.list', method: 'GET', path: '/api/v1/public/templates', input: 'query', public: true, items: 'data', total: 'total' },
  listVMPricing: { sdk: 'pricing.vms', method: 'GET', path: '/api/v1/public/pricing/vm', input: 'query', public: true, result: 'plans' },
  listVolumePricing: { sdk: 'pricing.volumes', method: 'GET', path: '/api/v1/public/pricing/volume', input: 'query', public: true, result: 'pricing' },
  listSnapshotPricing: { sdk: 'pricing.snapshots', method: 'GET', path: '/api/v1/public/pricing/snapshot', input: 'query', public: true, result: 'pricing' },
  listBackupPricing: { sdk: 'pricing.backups', method: 'GET', path: '/api/v1/public/pricing/backup', input: 'query', public: true, result: 'pricing' },
  listIPPricing: { sdk: 'pricing.ips', method: 'GET', path: '/api/v1/public/pricing/ip', public: true, result: 'pricing' },
  deleteVMsBulk: { sdk: 'vms.deleteMany', method: 'DELETE', path: '/api/v1/vms/bulk', input: 'body', project: 'required', permission: 'vm.delete', permissionProject: 'header', result: 'body' },
  startVM: { sdk: 'vms.start', method: 'POST', path: '/api/v1/vms/{id}/start', project: 'required', permission: 'vm.power', permissionProject: 'header', result: 'none' },
  stopVM: { sdk: 'vms.stop', method: 'POST', path: '/api/v1/vms/{id}/stop', project: 'required', permission: 'vm.power', permissionProject: 'header', result: 'none' },
  rebootVM: { sdk: 'vms.reboot', method: 'POST', path: '/api/v1/vms/{id}/reboot', project: 'required', permission: 'vm.power', permissionProject: 'header', result: 'none' },
  hardRebootVM: { sdk: 'vms.hardReboot', method: 'POST', path: '/api/v1/vms/{id}/reboot-hard', project: 'required', permission: 'vm.power', permissionProject: 'header', result: 'none' },
  renameVM: { sdk: 'vms.rename', method: 'PATCH', path: '/api/v1/vms/{id}/rename', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  resetVMPassword: { sdk: 'vms.resetPassword', method: 'POST', path: '/api/v1/vms/{id}/reset-password', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  reinstallVM: { sdk: 'vms.reinstall', method: 'POST', path: '/api/v1/vms/{id}/reinstall', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  factoryResetVM: { sdk: 'vms.factoryReset', method: 'POST', path: '/api/v1/vms/{id}/factory-reset', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  resizeVM: { sdk: 'vms.resize', method: 'POST', path: '/api/v1/vms/{id}/resize', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'body' },
  resizeVMDisk: { sdk: 'vms.resizeDisk', method: 'POST', path: '/api/v1/vms/{id}/disk/resize', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'body' },
  saveVMDiskAsImage: { sdk: 'vms.saveImage', method: 'POST', path: '/api/v1/vms/{id}/save-image', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'data' },
  addVMTag: { sdk: 'vms.tags.add', method: 'POST', path: '/api/v1/vms/{id}/tags', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'tags' },
  removeVMTag: { sdk: 'vms.tags.remove', method: 'DELETE', path: '/api/v1/vms/{id}/tags/{tagId}', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  updateVMTag: { sdk: 'vms.tags.update', method: 'PATCH', path: '/api/v1/vms/{id}/tags/{tagId}', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'tags' },
  getVMNotes: { sdk: 'vms.notes.get', method: 'GET', path: '/api/v1/vms/{id}/notes', input: 'query', permission: 'vm.view', permissionProject: 'resource', result: 'body' },
  appendVMNote: { sdk: 'vms.notes.append', method: 'POST', path: '/api/v1/vms/{id}/notes/{type}/append', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'note' },
  upsertVMNote: { sdk: 'vms.notes.upsert', method: 'PUT', path: '/api/v1/vms/{id}/notes/{type}', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'note' },
  updateVMNote: { sdk: 'vms.notes.update', method: 'PATCH', path: '/api/v1/vms/{id}/notes/{type}', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'note' },
  listSSHKeys: { sdk: 'sshKeys.list', method: 'GET', path: '/api/v1/ssh-keys', input: 'query', items: 'data' },
  createSSHKey: { sdk: 'sshKeys.create', method: 'POST', path: '/api/v1/ssh-keys', input: 'body', result: 'data' },
  getSSHKey: { sdk: 'sshKeys.get', method: 'GET', path: '/api/v1/ssh-keys/{id}', result: 'data' },
  updateSSHKey: { sdk: 'sshKeys.update', method: 'PUT', path: '/api/v1/ssh-keys/{id}', input: 'body', result: 'data' },
  deleteSSHKey: { sdk: 'sshKeys.delete', method: 'DELETE', path: '/api/v1/ssh-keys/{id}', result: 'none' },
  listVPCs: { sdk: 'vpcs.list', method: 'GET', path: '/api/v1/vpcs', input: 'query', project: 'optional', permission: 'vpc.view', permissionProject: 'header', items: 'data' },
  createVPC: { sdk: 'vpcs.create', method: 'POST', path: '/api/v1/vpcs', input: 'body', project: 'required', permission: 'vpc.create', permissionProject: 'header', result: 'data' },
  listVPCCIDRSuggestions: { sdk: 'vpcs.cidrSuggestions', method: 'GET', path: '/api/v1/vpcs/cidr-suggestions', project: 'required', permission: 'vpc.view', permissionProject: 'header', result: 'body' },
  getVPC: { sdk: 'vpcs.get', method: 'GET', path: '/api/v1/vpcs/{id}', project: 'optional', permission: 'vpc.view', permissionProject: 'resource', result: 'data' },
  updateVPC: { sdk: 'vpcs.update', method: 'PUT', path: '/api/v1/vpcs/{id}', input: 'body', project: 'required', permission: 'vpc.manage', permissionProject: 'header', result: 'data' },
  deleteVPC: { sdk: 'vpcs.delete', method: 'DELETE', path: '/api/v1/vpcs/{id}', project: 'required', permission: 'vpc.delete', permissionProject: 'header', result: 'none' },
  listIPs: { sdk: 'ips.list', method: 'GET', path: '/api/v1/ips', input: 'query', project: 'optional', paged: 100, permission: 'ip.view', permissionProject: 'header', items: 'data', total: 'total' },
  reserveIP: { sdk: 'ips.reserve', method: 'POST', path: '/api/v1/ips/reserve', input: 'body', project: 'required', permission: 'ip.reserve', permissionProject: 'header', result: 'data' },
  getIP: { sdk: 'ips.get', method: 'GET', path: '/api/v1/ips/{id}', permission: 'ip.view', permissionProject: 'resource', result: 'data' },
  releaseIP: { sdk: 'ips.release', method: 'DELETE', path: '/api/v1/ips/{id}/reserve', project: 'required', permission: 'ip.release', permissionProject: 'header', result: 'none' },
  changeIP: { sdk: 'ips.change', method: 'POST', path: '/api/v1/ips/{id}/change', project: 'required', permission: 'ip.manage', permissionProject: 'header', result: 'body' },
  listSecurityGroups: { sdk: 'securityGroups.list', method: 'GET', path: '/api/v1/security-groups', input: 'query', project: 'optional', permission: 'security_group.view', permissionProject: 'header', items: 'data' },
  createSecurityGroup: { sdk: 'securityGroups.create', method: 'POST', path: '/api/v1/security-groups', input: 'body', project: 'required', permission: 'security_group.create', permissionProject: 'header', result: 'data' },
  listSecurityGroupTemplates: { sdk: 'securityGroups.templates', method: 'GET', path: '/api/v1/security-groups/templates', result: 'data' },
  getSecurityGroup: { sdk: 'securityGroups.get', method: 'GET', path: '/api/v1/security-groups/{id}', project: 'optional', permission: 'security_group.view', permissionProject: 'resource', result: 'data' },
  updateSecurityGroup: { sdk: 'securityGroups.update', method: 'PUT', path: '/api/v1/security-groups/{id}', input: 'body', project: 'required', permission: 'security_group.manage', permissionProject: 'header', result: 'data' },
  deleteSecurityGroup: { sdk: 'securityGroups.delete', method: 'DELETE', path: '/api/v1/security-groups/{id}', project: 'required', permission: 'security_group.delete', permissionProject: 'header', result: 'none' },
  listVMNetworks: { sdk: 'vms.networks.list', method: 'GET', path: '/api/v1/vms/{id}/networks', input: 'query', permission: 'vm.view', permissionProject: 'resource', items: 'data' },
  attachVMToVPC: { sdk: 'vms.networks.attachVpc', method: 'POST', path: '/api/v1/vms/{id}/vpc', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  detachVMFromVPC: { sdk: 'vms.networks.detachVpc', method: 'DELETE', path: '/api/v1/vms/{id}/vpc/{nic_id}', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  attachVMIP: { sdk: 'vms.networks.attachIp', method: 'POST', path: '/api/v1/vms/{id}/ip', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'body' },
  detachVMIP: { sdk: 'vms.networks.detachIp', method: 'DELETE', path: '/api/v1/vms/{id}/ip/{nic_id}', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  attachVMSecurityGroup: { sdk: 'vms.networks.attachSecurityGroup', method: 'POST', path: '/api/v1/vms/{id}/security-groups', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  detachVMSecurityGroup: { sdk: 'vms.networks.detachSecurityGroup', method: 'DELETE', path: '/api/v1/vms/{id}/security-groups/{sg_id}/{nic_id}', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
  listVolumes: { sdk: 'volumes.list', method: 'GET', path: '/api/v1/volumes', input: 'query', project: 'optional', paged: 100, permission: 'volume.view', permissionProject: 'header', items: 'data', total: 'total' },
  createVolume: { sdk: 'volumes.create', method: 'POST', path: '/api/v1/volumes', input: 'body', project: 'required', permission: 'volume.create', permissionProject: 'header', result: 'data' },
  getVolume: { sdk: 'volumes.get', method: 'GET', path: '/api/v1/volumes/{id}', project: 'optional', permission: 'volume.view', permissionProject: 'resource', result: 'data', wait: { field: 'status', statuses: ['pending', 'creating', 'available', 'attached', 'deleting', 'failed'], failure: ['failed'], interval: 1000, noun: 'Volume' } },
  deleteVolume: { sdk: 'volumes.delete', method: 'DELETE', path: '/api/v1/volumes/{id}', project: 'required', permission: 'volume.delete', permissionProject: 'header', result: 'none' },
  resizeVolume: { sdk: 'volumes.resize', method: 'PATCH', path: '/api/v1/volumes/{id}', input: 'body', project: 'required', permission: 'volume.manage', permissionProject: 'header', result: 'body' },
  attachVolume: { sdk: 'volumes.attach', method: 'POST', path: '/api/v1/volumes/{id}/attach', input: 'body', project: 'required', permission: 'volume.manage', permissionProject: 'header', result: 'data' },
  detachVolume: { sdk: 'volumes.detach', method: 'POST', path: '/api/v1/volumes/{id}/detach', project: 'required', permission: 'volume.manage', permissionProject: 'header', result: 'data' },
  getSnapshot: { sdk: 'snapshots.get', method: 'GET', path: '/api/v1/snapshots/{id}', project: 'optional', permission: 'snapshot.view', permissionProject: 'resource', result: 'data', wait: { field: 'status', statuses: ['', 'active'], failure: [], interval: 1000, noun: 'Snapshot' } },
  deleteSnapshot: { sdk: 'snapshots.delete', method: 'DELETE', path: '/api/v1/snapshots/{id}', project: 'required', permission: 'snapshot.delete', permissionProject: 'header', result: 'none' },
  restoreSnapshot: { sdk: 'snapshots.restore', method: 'POST', path: '/api/v1/snapshots/{id}/restore', project: 'required', permission: 'snapshot.manage', permissionProject: 'header', result: 'none' },
  renameSnapshot: { sdk: 'snapshots.rename', method: 'PATCH', path: '/api/v1/snapshots/{id}/rename', input: 'body', project: 'required', permission: 'snapshot.manage', permissionProject: 'header', result: 'data' },
  getBackup: { sdk: 'backups.get', method: 'GET', path: '/api/v1/backups/{id}', project: 'optional', permission: 'backup.view', permissionProject: 'resource', result: 'data', wait: { field: 'status', failure: ['failed'], interval: 1000, noun: 'Backup' } },
  deleteBackup: { sdk: 'backups.delete', method: 'DELETE', path: '/api/v1/backups/{id}', project: 'required', permission: 'backup.delete', permissionProject: 'header', result: 'none' },
  restoreBackup: { sdk: 'backups.restore', method: 'POST', path: '/api/v1/backups/{id}/restore', project: 'required', permission: 'backup.manage', permissionProject: 'header', result: 'data' },
  deleteBackupChain: { sdk: 'backups.deleteChain', method: 'DELETE', path: '/api/v1/backups/{id}/chain', project: 'required', permission: 'backup.delete', permissionProject: 'header', result: 'none' },
  resetBackupChain: { sdk: 'backups.resetChain', method: 'POST', path: '/api/v1/vms/{id}/backups/reset-chain', project: 'required', permission: 'backup.manage', permissionProject: 'header', result: 'none' },
  listBackupSchedules: { sdk: 'backupSchedules.list', method: 'GET', path: '/api/v1/backup-schedules', input: 'query', project: 'optional', paged: 100, permission: 'backup.view', permissionProject: 'header', items: 'data', total: 'total' },
  createBackupSchedule: { sdk: 'backupSchedules.create', method: 'POST', path: '/api/v1/backup-schedules', input: 'body', project: 'required', permission: 'backup.create', permissionProject: 'header', result: 'data' },
  getBackupSchedule: { sdk: 'backupSchedules.get', method: 'GET', path: '/api/v1/backup-schedules/{id}', project: 'optional', permission: 'backup.view', permissionProject: 'resource', result: 'data' },
  deleteBackupSchedule: { sdk: 'backupSchedules.delete', method: 'DELETE', path: '/api/v1/backup-schedules/{id}', project: 'required', permission: 'backup.delete', permissionProject: 'header', result: 'none' },
  updateBackupSchedule: { sdk: 'backupSchedules.update', method: 'PATCH', path: '/api/v1/backup-schedules/{id}', input: 'body', project: 'required', permission: 'backup.manage', permissionProject: 'header', result: 'data' },
  createAccountInvitation: { sdk: 'invitations.create', method: 'POST', path: '/api/v1/invitations', input: 'body', permission: 'account.members.invite', result: 'data' },
  cancelInvitation: { sdk: 'invitations.cancel', method: 'DELETE', path: '/api/v1/invitations/{id}', permission: 'account.members.invite', result: 'none' },
  createProjectInvitation: { sdk: 'invitations.createForProject', method: 'POST', path: '/api/v1/projects/{id}/invitations', input: 'body', permission: 'project.members.invite', permissionProject: 'path', result: 'data' },
  setVMConsolePolicy: { sdk: 'vms.setConsolePolicy', method: 'PATCH', path: '/api/v1/vms/{id}/console-policy', input: 'body', project: 'required', permission: 'vm.manage', permissionProject: 'header', result: 'none' },
} as const satisfies Record<string, OperationInfo>;

/** The operationId of any operation in openapi.json. */
export type OperationId = keyof typeof OPERATIONS;

/** The SDK method name of any operation, e.g. `'vms.create'`. */
export type SdkMethod = (typeof OPERATIONS)[OperationId]['sdk'];
