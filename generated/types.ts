/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { components, operations } from './openapi.js';

/**
 * The body of `members.add()`.
 */
export type AddMemberBody = NonNullable<operations['addMember']['requestBody']>['content']['application/json'];

/**
 * The body of `vms.tags.add()`.
 */
export type AddVMTagBody = NonNullable<operations['addVMTag']['requestBody']>['content']['application/json'];

/**
 * An API key as Raff reports it after creation: metadata and the public prefix only, never the
 * secret. The key refers to its roles, so editing a role changes what the key may do on its next
 * request.
 */
export type APIKey = components['schemas']['APIKey'];

/**
 * One project an API key reaches, and the role it has there.
 */
export type APIKeyProjectAccess = components['schemas']['APIKeyProjectAccess'];

/**
 * An API key together with its full secret. Only the create and regenerate calls return this,
 * once; Raff keeps a hash, so the secret cannot be fetched again.
 */
export type APIKeyWithSecret = components['schemas']['APIKeyWithSecret'];

/**
 * The body of `vms.networks.attachIp()`.
 */
export type AttachIpBody = NonNullable<operations['attachVMIP']['requestBody']>['content']['application/json'];

/**
 * What `vms.networks.attachIp()` resolves with.
 */
export type AttachIpResult = Omit<operations['attachVMIP']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The body of `vms.networks.attachSecurityGroup()`.
 */
export type AttachSecurityGroupBody = NonNullable<operations['attachVMSecurityGroup']['requestBody']>['content']['application/json'];

/**
 * The body of `volumes.attach()`.
 */
export type AttachVolumeBody = NonNullable<operations['attachVolume']['requestBody']>['content']['application/json'];

/**
 * The body of `vms.networks.attachVpc()`.
 */
export type AttachVpcBody = NonNullable<operations['attachVMToVPC']['requestBody']>['content']['application/json'];

/**
 * A VM backup: one restore point, usually part of an incremental series.
 */
export type Backup = components['schemas']['Backup'];

/**
 * A recurring backup of one VM, daily or weekly, with a retention count. `enabled` says whether it
 * runs; `next_run_at`, the `last_run_*` fields and `consecutive_failures` show when it runs and
 * how its runs went.
 */
export type BackupSchedule = components['schemas']['BackupSchedule'];

/**
 * A status of a Backup: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type BackupStatus = NonNullable<Backup['status']>;

/**
 * What `vpcs.cidrSuggestions()` resolves with.
 */
export type CIDRSuggestions = Omit<operations['listVPCCIDRSuggestions']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The body of `backups.create()`.
 */
export type CreateBackupBody = NonNullable<operations['createBackup']['requestBody']>['content']['application/json'];

/**
 * The body of `backupSchedules.create()`.
 */
export type CreateBackupScheduleBody = NonNullable<operations['createBackupSchedule']['requestBody']>['content']['application/json'];

/**
 * The body of `invitations.create()`.
 */
export type CreateInvitationBody = NonNullable<operations['createAccountInvitation']['requestBody']>['content']['application/json'] | NonNullable<operations['createProjectInvitation']['requestBody']>['content']['application/json'];

/**
 * The body of `projects.create()`.
 */
export type CreateProjectBody = NonNullable<operations['createProject']['requestBody']>['content']['application/json'];

/**
 * The body of `roles.create()`.
 */
export type CreateRoleBody = NonNullable<operations['createRole']['requestBody']>['content']['application/json'];

/**
 * The body of `securityGroups.create()`.
 */
export type CreateSecurityGroupBody = NonNullable<operations['createSecurityGroup']['requestBody']>['content']['application/json'];

/**
 * The body of `snapshots.create()`.
 */
export type CreateSnapshotBody = NonNullable<operations['createSnapshot']['requestBody']>['content']['application/json'];

/**
 * The body of `sshKeys.create()`.
 */
export type CreateSSHKeyBody = NonNullable<operations['createSSHKey']['requestBody']>['content']['application/json'];

/**
 * The body of `vms.create()`.
 */
export type CreateVMBody = NonNullable<operations['createVM']['requestBody']>['content']['application/json'];

/**
 * The body of `volumes.create()`.
 */
export type CreateVolumeBody = NonNullable<operations['createVolume']['requestBody']>['content']['application/json'];

/**
 * The body of `vpcs.create()`.
 */
export type CreateVPCBody = NonNullable<operations['createVPC']['requestBody']>['content']['application/json'];

/**
 * The body of `vms.delete()`.
 */
export type DeleteVMBody = NonNullable<operations['deleteVM']['requestBody']>['content']['application/json'];

/**
 * The body of `vms.deleteMany()`.
 */
export type DeleteVMsBody = NonNullable<operations['deleteVMsBulk']['requestBody']>['content']['application/json'];

/**
 * What `vms.deleteMany()` resolves with.
 */
export type DeleteVMsResult = Omit<operations['deleteVMsBulk']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `vms.notes.get()`.
 */
export type GetVMNotesParams = NonNullable<operations['getVMNotes']['parameters']['query']>;

/**
 * Gateway health.
 */
export type HealthStatus = components['schemas']['HealthStatus'];

/**
 * An e-mailed offer to join the account or one project with a given role. It stays open until it
 * is accepted (in the dashboard), cancelled, or it passes `expires_at`. While open, an account
 * invitation shows in listMembers as a `pending` member. The acceptance token is never returned.
 */
export type Invitation = components['schemas']['Invitation'];

/**
 * A public IPv4 or IPv6 address held by the account, either reserved on its own or allocated when
 * it was attached to a VM.
 */
export type IP = components['schemas']['IP'];

/**
 * What `ips.change()` resolves with.
 */
export type IPChange = Omit<operations['changeIP']['responses'][200]['content']['application/json'], 'success'>;

/**
 * Address prices by IP version.
 */
export type IPPricing = components['schemas']['IPPricing'];

/**
 * The query of `apiKeys.list()`.
 */
export type ListApiKeysParams = NonNullable<operations['listApiKeys']['parameters']['query']>;

/**
 * The query of `backupSchedules.list()`.
 */
export type ListBackupSchedulesParams = NonNullable<operations['listBackupSchedules']['parameters']['query']>;

/**
 * The query of `backups.list()`.
 */
export type ListBackupsParams = NonNullable<operations['listBackups']['parameters']['query']>;

/**
 * The query of `ips.list()`.
 */
export type ListIPsParams = NonNullable<operations['listIPs']['parameters']['query']>;

/**
 * The query of `members.list()`.
 */
export type ListMembersParams = NonNullable<operations['listMembers']['parameters']['query']>;

/**
 * The query of `permissions.list()`.
 */
export type ListPermissionsParams = NonNullable<operations['listPermissions']['parameters']['query']>;

/**
 * The query of `projects.members.list()`.
 */
export type ListProjectMembersParams = NonNullable<operations['listProjectMembers']['parameters']['query']>;

/**
 * The query of `projects.list()`.
 */
export type ListProjectsParams = NonNullable<operations['listProjects']['parameters']['query']>;

/**
 * The query of `regions.list()`.
 */
export type ListRegionsParams = NonNullable<operations['listRegions']['parameters']['query']>;

/**
 * The query of `roles.list()`.
 */
export type ListRolesParams = NonNullable<operations['listRoles']['parameters']['query']>;

/**
 * The query of `securityGroups.list()`.
 */
export type ListSecurityGroupsParams = NonNullable<operations['listSecurityGroups']['parameters']['query']>;

/**
 * The query of `snapshots.list()`.
 */
export type ListSnapshotsParams = NonNullable<operations['listSnapshots']['parameters']['query']>;

/**
 * The query of `sshKeys.list()`.
 */
export type ListSSHKeysParams = NonNullable<operations['listSSHKeys']['parameters']['query']>;

/**
 * The query of `templates.list()`.
 */
export type ListTemplatesParams = NonNullable<operations['listTemplates']['parameters']['query']>;

/**
 * The query of `vms.networks.list()`.
 */
export type ListVMNetworksParams = NonNullable<operations['listVMNetworks']['parameters']['query']>;

/**
 * The query of `vms.list()`.
 */
export type ListVMsParams = NonNullable<operations['listVMs']['parameters']['query']>;

/**
 * The query of `volumes.list()`.
 */
export type ListVolumesParams = NonNullable<operations['listVolumes']['parameters']['query']>;

/**
 * The query of `vpcs.list()`.
 */
export type ListVPCsParams = NonNullable<operations['listVPCs']['parameters']['query']>;

/**
 * A member of the account, or an invitation that has not been accepted yet.
 */
export type Member = components['schemas']['Member'];

/**
 * One entry of the permission catalog.
 */
export type Permission = components['schemas']['Permission'];

/**
 * A project: the boundary that VMs, backups, snapshots and other resources live in.
 */
export type Project = components['schemas']['Project'];

/**
 * A grant of one project role on one project, held either by a user (`user_id`) or by an API key
 * (`api_key_id`). Grants held by API keys have no e-mail address.
 */
export type ProjectMember = components['schemas']['ProjectMember'];

/**
 * A data-centre region.
 */
export type Region = components['schemas']['Region'];

/**
 * The body of `vms.reinstall()`.
 */
export type ReinstallVMBody = NonNullable<operations['reinstallVM']['requestBody']>['content']['application/json'];

/**
 * The body of `snapshots.rename()`.
 */
export type RenameSnapshotBody = NonNullable<operations['renameSnapshot']['requestBody']>['content']['application/json'];

/**
 * The body of `vms.rename()`.
 */
export type RenameVMBody = NonNullable<operations['renameVM']['requestBody']>['content']['application/json'];

/**
 * The body of `ips.reserve()`.
 */
export type ReserveIPBody = NonNullable<operations['reserveIP']['requestBody']>['content']['application/json'];

/**
 * The body of `vms.resize()`.
 */
export type ResizeVMBody = NonNullable<operations['resizeVM']['requestBody']>['content']['application/json'];

/**
 * The body of `vms.resizeDisk()`.
 */
export type ResizeVMDiskBody = NonNullable<operations['resizeVMDisk']['requestBody']>['content']['application/json'];

/**
 * The body of `volumes.resize()`.
 */
export type ResizeVolumeBody = NonNullable<operations['resizeVolume']['requestBody']>['content']['application/json'];

/**
 * A named set of permissions at one scope. Members and API keys point at roles, so editing a role
 * changes what every holder may do from its next request on.
 */
export type Role = components['schemas']['Role'];

/**
 * The body of `vms.saveImage()`.
 */
export type SaveVMImageBody = NonNullable<operations['saveVMDiskAsImage']['requestBody']>['content']['application/json'];

/**
 * A named firewall rule set. It takes effect on the VM network interfaces it is attached to.
 */
export type SecurityGroup = components['schemas']['SecurityGroup'];

/**
 * A ready-made rule set that createSecurityGroup can start from.
 */
export type SecurityGroupTemplate = components['schemas']['SecurityGroupTemplate'];

/**
 * The body of `vms.setConsolePolicy()`.
 */
export type SetVMConsolePolicyBody = NonNullable<operations['setVMConsolePolicy']['requestBody']>['content']['application/json'];

/**
 * A point-in-time copy of a VM’s disk or of a volume.
 */
export type Snapshot = components['schemas']['Snapshot'];

/**
 * A status of a Snapshot: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type SnapshotStatus = NonNullable<Snapshot['status']>;

/**
 * An SSH public key saved in the account.
 */
export type SSHKey = components['schemas']['SSHKey'];

/**
 * Per-GB storage prices (USD) for volumes, snapshots or backups.
 */
export type StoragePricing = components['schemas']['StoragePricing'];

/**
 * The query of `pricing.volumes()`.
 */
export type StoragePricingParams = NonNullable<operations['listVolumePricing']['parameters']['query']> | NonNullable<operations['listSnapshotPricing']['parameters']['query']> | NonNullable<operations['listBackupPricing']['parameters']['query']>;

/**
 * An image a VM can be built from. The `cpu`, `ram` and `storage` values are the least a plan must
 * offer to run it.
 */
export type Template = components['schemas']['Template'];

/**
 * The body of `apiKeys.update()`.
 */
export type UpdateApiKeyBody = NonNullable<operations['updateApiKey']['requestBody']>['content']['application/json'];

/**
 * The body of `backupSchedules.update()`.
 */
export type UpdateBackupScheduleBody = NonNullable<operations['updateBackupSchedule']['requestBody']>['content']['application/json'];

/**
 * The body of `members.update()`.
 */
export type UpdateMemberBody = NonNullable<operations['updateMember']['requestBody']>['content']['application/json'];

/**
 * The body of `projects.update()`.
 */
export type UpdateProjectBody = NonNullable<operations['updateProject']['requestBody']>['content']['application/json'];

/**
 * The body of `roles.update()`.
 */
export type UpdateRoleBody = NonNullable<operations['updateRole']['requestBody']>['content']['application/json'];

/**
 * The body of `securityGroups.update()`.
 */
export type UpdateSecurityGroupBody = NonNullable<operations['updateSecurityGroup']['requestBody']>['content']['application/json'];

/**
 * The body of `sshKeys.update()`.
 */
export type UpdateSSHKeyBody = NonNullable<operations['updateSSHKey']['requestBody']>['content']['application/json'];

/**
 * The body of `vms.tags.update()`.
 */
export type UpdateVMTagBody = NonNullable<operations['updateVMTag']['requestBody']>['content']['application/json'];

/**
 * The body of `vpcs.update()`.
 */
export type UpdateVPCBody = NonNullable<operations['updateVPC']['requestBody']>['content']['application/json'];

/**
 * A virtual machine.
 */
export type VM = components['schemas']['VM'];

/**
 * A private image saved from a VM disk; createVM accepts its `id` as `template_id`.
 */
export type VMImage = components['schemas']['VMImage'];

/**
 * One network interface (NIC) of a VM.
 */
export type VMNetwork = components['schemas']['VMNetwork'];

/**
 * Free text on a VM, in one of two scopes: `personal` (seen only by its writer) or `account`
 * (shared with every member).
 */
export type VMNote = components['schemas']['VMNote'];

/**
 * The body of `vms.notes.append()`.
 */
export type VMNoteBody = NonNullable<operations['appendVMNote']['requestBody']>['content']['application/json'] | NonNullable<operations['upsertVMNote']['requestBody']>['content']['application/json'] | NonNullable<operations['updateVMNote']['requestBody']>['content']['application/json'];

/**
 * What `vms.notes.get()` resolves with.
 */
export type VMNotes = Omit<operations['getVMNotes']['responses'][200]['content']['application/json'], 'success'>;

/**
 * Which note of a VM: `personal` (its writer’s own) or `account` (shared with the account).
 */
export type VMNoteType = operations['upsertVMNote']['parameters']['path']['type'];

/**
 * The query of `pricing.vms()`.
 */
export type VMPricingParams = NonNullable<operations['listVMPricing']['parameters']['query']>;

/**
 * A compute plan and its prices (USD).
 */
export type VMPricingPlan = components['schemas']['VMPricingPlan'];

/**
 * What `vms.resize()` resolves with.
 */
export type VMResizeResult = Omit<operations['resizeVM']['responses'][200]['content']['application/json'], 'success'> | Omit<operations['resizeVMDisk']['responses'][200]['content']['application/json'], 'success'>;

/**
 * A status of a VM: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type VMStatus = NonNullable<VM['status']>;

/**
 * A label attached to a VM.
 */
export type VMTag = components['schemas']['VMTag'];

/**
 * A block storage volume. It lives in one project and region and is attached to at most one VM at
 * a time.
 */
export type Volume = components['schemas']['Volume'];

/**
 * What `volumes.resize()` resolves with.
 */
export type VolumeResizeResult = Omit<operations['resizeVolume']['responses'][200]['content']['application/json'], 'success'>;

/**
 * A status of a Volume: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type VolumeStatus = NonNullable<Volume['status']>;

/**
 * A virtual private cloud: a private IPv4 network inside one project and region. VMs join it
 * through a `vpc` network interface.
 */
export type VPC = components['schemas']['VPC'];

/**
 * What getVPC answers: the VPC itself under `vpc`, plus its allocatable range and current leases.
 */
export type VPCDetail = components['schemas']['VPCDetail'];
