/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json and regenerate.
 */

/**
 * Which part of a 2xx answer a method returns: `page` = `{ data, total }`, `none` = nothing
 * (the answer only confirms), `body` = the whole answer without `success`, or the name of the
 * one envelope field that holds the result (`data`, `regions`, …).
 */
export type ResultKind = 'page' | 'none' | 'body' | (string & {});

/** What the client's call path knows about one operation of openapi.json. */
export interface OperationInfo {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  /** The path template, e.g. `/api/v1/vms/{id}`. */
  readonly path: string;
  /** How it takes `X-Project-ID`; absent = never (account-level or public). */
  readonly project?: 'required' | 'optional';
  /** Public (health, catalog): no `X-API-Key` is ever sent. */
  readonly public?: true;
  /** Pages with `limit`/`offset`. */
  readonly paged?: true;
  readonly result: ResultKind;
}

/** Every operation of openapi.json, by operationId. */
export const OPERATIONS = {
  listApiKeys: { method: 'GET', path: '/api/v1/api-keys', paged: true, result: 'page' },
  createApiKey: { method: 'POST', path: '/api/v1/api-keys', result: 'data' },
  getApiKey: { method: 'GET', path: '/api/v1/api-keys/{id}', result: 'data' },
  revokeApiKey: { method: 'DELETE', path: '/api/v1/api-keys/{id}', result: 'none' },
  updateApiKey: { method: 'PATCH', path: '/api/v1/api-keys/{id}', result: 'data' },
  regenerateApiKey: { method: 'POST', path: '/api/v1/api-keys/{id}/regenerate', result: 'data' },
  listRoles: { method: 'GET', path: '/api/v1/roles', paged: true, result: 'page' },
  createRole: { method: 'POST', path: '/api/v1/roles', result: 'data' },
  getRole: { method: 'GET', path: '/api/v1/roles/{id}', result: 'data' },
  deleteRole: { method: 'DELETE', path: '/api/v1/roles/{id}', result: 'none' },
  updateRole: { method: 'PATCH', path: '/api/v1/roles/{id}', result: 'data' },
  listPermissions: { method: 'GET', path: '/api/v1/permissions', result: 'data' },
  listProjects: { method: 'GET', path: '/api/v1/projects', paged: true, result: 'page' },
  createProject: { method: 'POST', path: '/api/v1/projects', result: 'data' },
  getProject: { method: 'GET', path: '/api/v1/projects/{id}', result: 'data' },
  updateProject: { method: 'PUT', path: '/api/v1/projects/{id}', result: 'data' },
  deleteProject: { method: 'DELETE', path: '/api/v1/projects/{id}', result: 'none' },
  listProjectMembers: { method: 'GET', path: '/api/v1/projects/{id}/members', paged: true, result: 'page' },
  addProjectMember: { method: 'POST', path: '/api/v1/projects/{id}/members', result: 'data' },
  getProjectMember: { method: 'GET', path: '/api/v1/projects/{id}/members/{member_id}', result: 'data' },
  removeProjectMember: { method: 'DELETE', path: '/api/v1/projects/{id}/members/{member_id}', result: 'none' },
  updateProjectMember: { method: 'PATCH', path: '/api/v1/projects/{id}/members/{member_id}', result: 'data' },
  listMembers: { method: 'GET', path: '/api/v1/members', paged: true, result: 'page' },
  addMember: { method: 'POST', path: '/api/v1/members', result: 'data' },
  getMember: { method: 'GET', path: '/api/v1/members/{id}', result: 'data' },
  removeMember: { method: 'DELETE', path: '/api/v1/members/{id}', result: 'none' },
  updateMember: { method: 'PATCH', path: '/api/v1/members/{id}', result: 'data' },
  listVMs: { method: 'GET', path: '/api/v1/vms', project: 'optional', paged: true, result: 'page' },
  createVM: { method: 'POST', path: '/api/v1/vms', project: 'required', result: 'data' },
  getVM: { method: 'GET', path: '/api/v1/vms/{id}', result: 'data' },
  deleteVM: { method: 'DELETE', path: '/api/v1/vms/{id}', project: 'required', result: 'none' },
  listBackups: { method: 'GET', path: '/api/v1/backups', project: 'optional', paged: true, result: 'page' },
  createBackup: { method: 'POST', path: '/api/v1/backups', project: 'required', result: 'data' },
  listSnapshots: { method: 'GET', path: '/api/v1/snapshots', project: 'optional', paged: true, result: 'page' },
  createSnapshot: { method: 'POST', path: '/api/v1/snapshots', project: 'required', result: 'data' },
  healthCheck: { method: 'GET', path: '/health', public: true, result: 'body' },
  listRegions: { method: 'GET', path: '/api/v1/public/regions', public: true, result: 'regions' },
  listTemplates: { method: 'GET', path: '/api/v1/public/templates', public: true, result: 'page' },
  listVMPricing: { method: 'GET', path: '/api/v1/public/pricing/vm', public: true, result: 'plans' },
  listVolumePricing: { method: 'GET', path: '/api/v1/public/pricing/volume', public: true, result: 'pricing' },
  listSnapshotPricing: { method: 'GET', path: '/api/v1/public/pricing/snapshot', public: true, result: 'pricing' },
  listBackupPricing: { method: 'GET', path: '/api/v1/public/pricing/backup', public: true, result: 'pricing' },
  listIPPricing: { method: 'GET', path: '/api/v1/public/pricing/ip', public: true, result: 'pricing' },
  deleteVMsBulk: { method: 'DELETE', path: '/api/v1/vms/bulk', project: 'required', result: 'body' },
  startVM: { method: 'POST', path: '/api/v1/vms/{id}/start', project: 'required', result: 'none' },
  stopVM: { method: 'POST', path: '/api/v1/vms/{id}/stop', project: 'required', result: 'none' },
  rebootVM: { method: 'POST', path: '/api/v1/vms/{id}/reboot', project: 'required', result: 'none' },
  hardRebootVM: { method: 'POST', path: '/api/v1/vms/{id}/reboot-hard', project: 'required', result: 'none' },
  renameVM: { method: 'PATCH', path: '/api/v1/vms/{id}/rename', project: 'required', result: 'none' },
  resetVMPassword: { method: 'POST', path: '/api/v1/vms/{id}/reset-password', project: 'required', result: 'none' },
  reinstallVM: { method: 'POST', path: '/api/v1/vms/{id}/reinstall', project: 'required', result: 'none' },
  factoryResetVM: { method: 'POST', path: '/api/v1/vms/{id}/factory-reset', project: 'required', result: 'none' },
  resizeVM: { method: 'POST', path: '/api/v1/vms/{id}/resize', project: 'required', result: 'body' },
  resizeVMDisk: { method: 'POST', path: '/api/v1/vms/{id}/disk/resize', project: 'required', result: 'body' },
  saveVMDiskAsImage: { method: 'POST', path: '/api/v1/vms/{id}/save-image', project: 'required', result: 'data' },
  addVMTag: { method: 'POST', path: '/api/v1/vms/{id}/tags', project: 'required', result: 'tags' },
  removeVMTag: { method: 'DELETE', path: '/api/v1/vms/{id}/tags/{tagId}', project: 'required', result: 'tags' },
  updateVMTag: { method: 'PATCH', path: '/api/v1/vms/{id}/tags/{tagId}', project: 'required', result: 'tags' },
  getVMNotes: { method: 'GET', path: '/api/v1/vms/{id}/notes', result: 'body' },
  appendVMNote: { method: 'POST', path: '/api/v1/vms/{id}/notes/{type}/append', project: 'required', result: 'note' },
  upsertVMNote: { method: 'PUT', path: '/api/v1/vms/{id}/notes/{type}', project: 'required', result: 'note' },
  updateVMNote: { method: 'PATCH', path: '/api/v1/vms/{id}/notes/{type}', project: 'required', result: 'note' },
  listSSHKeys: { method: 'GET', path: '/api/v1/ssh-keys', result: 'data' },
  createSSHKey: { method: 'POST', path: '/api/v1/ssh-keys', result: 'data' },
  getSSHKey: { method: 'GET', path: '/api/v1/ssh-keys/{id}', result: 'data' },
  updateSSHKey: { method: 'PUT', path: '/api/v1/ssh-keys/{id}', result: 'data' },
  deleteSSHKey: { method: 'DELETE', path: '/api/v1/ssh-keys/{id}', result: 'data' },
  listVPCs: { method: 'GET', path: '/api/v1/vpcs', project: 'optional', result: 'data' },
  createVPC: { method: 'POST', path: '/api/v1/vpcs', project: 'required', result: 'data' },
  listVPCCIDRSuggestions: { method: 'GET', path: '/api/v1/vpcs/cidr-suggestions', project: 'required', result: 'body' },
  getVPC: { method: 'GET', path: '/api/v1/vpcs/{id}', project: 'optional', result: 'data' },
  updateVPC: { method: 'PUT', path: '/api/v1/vpcs/{id}', project: 'required', result: 'data' },
  deleteVPC: { method: 'DELETE', path: '/api/v1/vpcs/{id}', project: 'required', result: 'none' },
  listIPs: { method: 'GET', path: '/api/v1/ips', project: 'optional', paged: true, result: 'page' },
  reserveIP: { method: 'POST', path: '/api/v1/ips/reserve', project: 'required', result: 'data' },
  getIP: { method: 'GET', path: '/api/v1/ips/{id}', result: 'data' },
  releaseIP: { method: 'DELETE', path: '/api/v1/ips/{id}/reserve', project: 'required', result: 'none' },
  changeIP: { method: 'POST', path: '/api/v1/ips/{id}/change', project: 'required', result: 'body' },
  listSecurityGroups: { method: 'GET', path: '/api/v1/security-groups', project: 'optional', result: 'data' },
  createSecurityGroup: { method: 'POST', path: '/api/v1/security-groups', project: 'required', result: 'data' },
  listSecurityGroupTemplates: { method: 'GET', path: '/api/v1/security-groups/templates', result: 'data' },
  getSecurityGroup: { method: 'GET', path: '/api/v1/security-groups/{id}', project: 'optional', result: 'data' },
  updateSecurityGroup: { method: 'PUT', path: '/api/v1/security-groups/{id}', project: 'required', result: 'data' },
  deleteSecurityGroup: { method: 'DELETE', path: '/api/v1/security-groups/{id}', project: 'required', result: 'none' },
  listVMNetworks: { method: 'GET', path: '/api/v1/vms/{id}/networks', result: 'data' },
  attachVMToVPC: { method: 'POST', path: '/api/v1/vms/{id}/vpc', project: 'required', result: 'none' },
  detachVMFromVPC: { method: 'DELETE', path: '/api/v1/vms/{id}/vpc/{nic_id}', project: 'required', result: 'none' },
  attachVMIP: { method: 'POST', path: '/api/v1/vms/{id}/ip', project: 'required', result: 'body' },
  detachVMIP: { method: 'DELETE', path: '/api/v1/vms/{id}/ip/{nic_id}', project: 'required', result: 'none' },
  attachVMSecurityGroup: { method: 'POST', path: '/api/v1/vms/{id}/security-groups', project: 'required', result: 'none' },
  detachVMSecurityGroup: { method: 'DELETE', path: '/api/v1/vms/{id}/security-groups/{sg_id}/{nic_id}', project: 'required', result: 'none' },
  listVolumes: { method: 'GET', path: '/api/v1/volumes', project: 'optional', paged: true, result: 'page' },
  createVolume: { method: 'POST', path: '/api/v1/volumes', project: 'required', result: 'data' },
  getVolume: { method: 'GET', path: '/api/v1/volumes/{id}', project: 'optional', result: 'data' },
  deleteVolume: { method: 'DELETE', path: '/api/v1/volumes/{id}', project: 'required', result: 'none' },
  resizeVolume: { method: 'PATCH', path: '/api/v1/volumes/{id}', project: 'required', result: 'body' },
  attachVolume: { method: 'POST', path: '/api/v1/volumes/{id}/attach', project: 'required', result: 'data' },
  detachVolume: { method: 'POST', path: '/api/v1/volumes/{id}/detach', project: 'required', result: 'data' },
  getSnapshot: { method: 'GET', path: '/api/v1/snapshots/{id}', project: 'optional', result: 'data' },
  deleteSnapshot: { method: 'DELETE', path: '/api/v1/snapshots/{id}', project: 'required', result: 'none' },
  restoreSnapshot: { method: 'POST', path: '/api/v1/snapshots/{id}/restore', project: 'required', result: 'none' },
  renameSnapshot: { method: 'PATCH', path: '/api/v1/snapshots/{id}/rename', project: 'required', result: 'data' },
  getBackup: { method: 'GET', path: '/api/v1/backups/{id}', project: 'optional', result: 'data' },
  deleteBackup: { method: 'DELETE', path: '/api/v1/backups/{id}', project: 'required', result: 'none' },
  restoreBackup: { method: 'POST', path: '/api/v1/backups/{id}/restore', project: 'required', result: 'data' },
  deleteBackupChain: { method: 'DELETE', path: '/api/v1/backups/{id}/chain', project: 'required', result: 'none' },
  resetBackupChain: { method: 'POST', path: '/api/v1/vms/{id}/backups/reset-chain', project: 'required', result: 'none' },
  listBackupSchedules: { method: 'GET', path: '/api/v1/backup-schedules', project: 'optional', paged: true, result: 'page' },
  createBackupSchedule: { method: 'POST', path: '/api/v1/backup-schedules', project: 'required', result: 'data' },
  getBackupSchedule: { method: 'GET', path: '/api/v1/backup-schedules/{id}', project: 'optional', result: 'data' },
  deleteBackupSchedule: { method: 'DELETE', path: '/api/v1/backup-schedules/{id}', project: 'required', result: 'none' },
  updateBackupSchedule: { method: 'PATCH', path: '/api/v1/backup-schedules/{id}', project: 'required', result: 'data' },
  createAccountInvitation: { method: 'POST', path: '/api/v1/invitations', result: 'data' },
  cancelInvitation: { method: 'DELETE', path: '/api/v1/invitations/{id}', result: 'none' },
  createProjectInvitation: { method: 'POST', path: '/api/v1/projects/{id}/invitations', result: 'data' },
} as const satisfies Record<string, OperationInfo>;

/** The operationId of any operation in openapi.json. */
export type OperationId = keyof typeof OPERATIONS;
