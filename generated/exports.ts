/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

export { ApiKeys } from './resources/api-keys.js';
export { BackupSchedules } from './resources/backup-schedules.js';
export { Backups } from './resources/backups.js';
export { Health } from './resources/health.js';
export { Invitations } from './resources/invitations.js';
export { Ips } from './resources/ips.js';
export { Members } from './resources/members.js';
export { Permissions } from './resources/permissions.js';
export { Pricing } from './resources/pricing.js';
export { ProjectMembers, Projects } from './resources/projects.js';
export { Regions } from './resources/regions.js';
export { Roles } from './resources/roles.js';
export { SecurityGroups } from './resources/security-groups.js';
export { Snapshots } from './resources/snapshots.js';
export { SshKeys } from './resources/ssh-keys.js';
export { Templates } from './resources/templates.js';
export { VmNetworks, VmNotes, VmTags, Vms } from './resources/vms.js';
export { Volumes } from './resources/volumes.js';
export { Vpcs } from './resources/vpcs.js';
export type {
  APIKey,
  APIKeyProjectAccess,
  APIKeyWithSecret,
  AddMemberBody,
  AddVMTagBody,
  AttachIpBody,
  AttachIpResult,
  AttachSecurityGroupBody,
  AttachVolumeBody,
  AttachVpcBody,
  Backup,
  BackupSchedule,
  BackupStatus,
  CIDRSuggestions,
  CreateBackupBody,
  CreateBackupScheduleBody,
  CreateInvitationBody,
  CreateProjectBody,
  CreateRoleBody,
  CreateSSHKeyBody,
  CreateSecurityGroupBody,
  CreateSnapshotBody,
  CreateVMBody,
  CreateVPCBody,
  CreateVolumeBody,
  DeleteVMBody,
  DeleteVMsBody,
  DeleteVMsResult,
  GetVMNotesParams,
  HealthStatus,
  IP,
  IPChange,
  IPPricing,
  Invitation,
  ListApiKeysParams,
  ListBackupSchedulesParams,
  ListBackupsParams,
  ListIPsParams,
  ListMembersParams,
  ListPermissionsParams,
  ListProjectMembersParams,
  ListProjectsParams,
  ListRegionsParams,
  ListRolesParams,
  ListSSHKeysParams,
  ListSecurityGroupsParams,
  ListSnapshotsParams,
  ListTemplatesParams,
  ListVMNetworksParams,
  ListVMsParams,
  ListVPCsParams,
  ListVolumesParams,
  Member,
  Permission,
  Project,
  ProjectMember,
  Region,
  ReinstallVMBody,
  RenameSnapshotBody,
  RenameVMBody,
  ReserveIPBody,
  ResizeVMBody,
  ResizeVMDiskBody,
  ResizeVolumeBody,
  Role,
  SSHKey,
  SaveVMImageBody,
  SecurityGroup,
  SecurityGroupTemplate,
  SetVMConsolePolicyBody,
  Snapshot,
  SnapshotStatus,
  StoragePricing,
  StoragePricingParams,
  Template,
  UpdateApiKeyBody,
  UpdateBackupScheduleBody,
  UpdateMemberBody,
  UpdateProjectBody,
  UpdateRoleBody,
  UpdateSSHKeyBody,
  UpdateSecurityGroupBody,
  UpdateVMTagBody,
  UpdateVPCBody,
  VM,
  VMImage,
  VMNetwork,
  VMNote,
  VMNoteBody,
  VMNoteType,
  VMNotes,
  VMPricingParams,
  VMPricingPlan,
  VMResizeResult,
  VMStatus,
  VMTag,
  VPC,
  VPCDetail,
  Volume,
  VolumeResizeResult,
  VolumeStatus,
} from './types.js';
