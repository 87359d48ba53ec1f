/**
 * `@raff/sdk` — the typed TypeScript SDK for the Raff cloud API.
 *
 * @packageDocumentation
 * @module @raff/sdk
 */

export type { components, operations, paths } from '../generated/openapi.js';
export { RaffClient } from './client.js';
export type {
  LoosenOperation,
  OperationObject,
  RaffApi,
  RaffApiInit,
  RaffApiInitArgs,
  RaffApiMethod,
  RaffApiResult,
  RaffPaths,
  WithOptionalProject,
} from './core/api.js';
export type { Logger, LogLevel } from './core/logger.js';
export type {
  CallArgs,
  Item,
  JsonOf,
  Kind,
  Op,
  OperationId,
  Parameters,
  PathParams,
  QueryParams,
  RequestBody,
  Result,
  SuccessBody,
  SuccessStatus,
} from './core/operation-types.js';
export type { ClientOptions, RequestOptions } from './core/options.js';
export { DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES } from './core/options.js';
export type { LoosePage, Page, PaginationParams } from './core/pagination.js';
export type { RateLimitOption } from './core/rate-limiter.js';
export { RATE_LIMIT_TIERS } from './core/rate-limiter.js';
export { APIResource } from './core/resource.js';
export { RETRY_AFTER_CAP_MS } from './core/retry-policy.js';
export type { WaitOptions, WaitUntil } from './core/waiter.js';
export type {
  ApiKeyPermissionPreview,
  ApiKeyPermissionPreviewOptions,
  ApiKeyPermissionSource,
  ApiKeyProjectPermissions,
  ApiKeyStatus,
  ApiKeyStatusOptions,
  ExpirationPreset,
  PermissionInfo,
  PermissionName,
  PermissionPreview,
  PermissionPreviewInput,
  PermissionPreviewOptions,
  PermissionPreviewSide,
  PermissionScope,
  RaffApiKey,
  RaffApiKeyCheck,
  RaffApiKeyFinding,
  RaffApiKeyProblem,
  RedactRaffApiKeysOptions,
  RoleDefinition,
  RoleRef,
  SystemRole,
} from './offline/index.js';
export {
  apiKeyPrefix,
  apiKeyStatus,
  CATALOG_SNAPSHOT_DATE,
  checkRaffApiKey,
  describeRaffApiKeyProblem,
  EXPIRATION_PRESETS,
  expiresAtFor,
  findRaffApiKeys,
  hasPermission,
  isRaffApiKey,
  missingPermissions,
  PERMISSION_CATALOG,
  previewApiKeyPermissions,
  previewPermissions,
  REDACTED_API_KEY,
  redactApiKey,
  redactRaffApiKeys,
  SYSTEM_ROLES,
} from './offline/index.js';
export type { CreateApiKeyParams } from './resources/api-key-create.js';
export type {
  APIKey,
  APIKeyProjectAccess,
  APIKeyWithSecret,
  ListApiKeysParams,
  ListExpiringParams,
  UpdateApiKeyBody,
} from './resources/api-keys.js';
export { ApiKeys } from './resources/api-keys.js';
export type {
  BackupSchedule,
  CreateBackupScheduleBody,
  ListBackupSchedulesParams,
  UpdateBackupScheduleBody,
} from './resources/backup-schedules.js';
export { BackupSchedules } from './resources/backup-schedules.js';
export type { Backup, CreateBackupBody, ListBackupsParams } from './resources/backups.js';
export { Backups } from './resources/backups.js';
export type {
  HealthStatus,
  IPPricing,
  ListTemplatesParams,
  Region,
  StoragePricing,
  StoragePricingParams,
  Template,
  VMPricingParams,
  VMPricingPlan,
} from './resources/catalog.js';
export { Health, Pricing, Regions, Templates } from './resources/catalog.js';
export type { CreateInvitationBody, Invitation } from './resources/invitations.js';
export { Invitations } from './resources/invitations.js';
export type { IP, IPChange, ListIPsParams, ReserveIPBody } from './resources/ips.js';
export { Ips } from './resources/ips.js';
export type {
  AddMemberBody,
  ListMembersParams,
  Member,
  UpdateMemberBody,
} from './resources/members.js';
export { Members } from './resources/members.js';
export type { ListPermissionsParams, Permission } from './resources/permissions.js';
export { Permissions } from './resources/permissions.js';
export type {
  AddProjectMemberParams,
  ListProjectMembersParams,
  ProjectMember,
  UpdateProjectMemberParams,
} from './resources/project-members.js';
export { ProjectMembers } from './resources/project-members.js';
export type {
  CreateProjectBody,
  ListProjectsParams,
  Project,
  UpdateProjectBody,
} from './resources/projects.js';
export { Projects } from './resources/projects.js';
export type { CreateRoleBody, ListRolesParams, Role, UpdateRoleBody } from './resources/roles.js';
export { Roles } from './resources/roles.js';
export type {
  CreateSecurityGroupBody,
  SecurityGroup,
  SecurityGroupTemplate,
  UpdateSecurityGroupBody,
} from './resources/security-groups.js';
export { SecurityGroups } from './resources/security-groups.js';
export type {
  CreateSnapshotBody,
  ListSnapshotsParams,
  RenameSnapshotBody,
  Snapshot,
} from './resources/snapshots.js';
export { Snapshots } from './resources/snapshots.js';
export type { CreateSSHKeyBody, SSHKey, UpdateSSHKeyBody } from './resources/ssh-keys.js';
export { SshKeys } from './resources/ssh-keys.js';
export type {
  AttachIpBody,
  AttachIpResult,
  AttachSecurityGroupBody,
  AttachVpcBody,
  VMNetwork,
} from './resources/vm-networks.js';
export { VmNetworks } from './resources/vm-networks.js';
export type { VMNote, VMNoteBody, VMNotes, VMNoteType } from './resources/vm-notes.js';
export { VmNotes } from './resources/vm-notes.js';
export type { AddVMTagBody, UpdateVMTagBody, VMTag } from './resources/vm-tags.js';
export { VmTags } from './resources/vm-tags.js';
export type {
  CreateVMBody,
  DeleteVMBody,
  DeleteVMsBody,
  DeleteVMsResult,
  ListVMsParams,
  ReinstallVMBody,
  RenameVMBody,
  ResizeVMBody,
  ResizeVMDiskBody,
  SaveVMImageBody,
  VM,
  VMImage,
  VMResizeResult,
} from './resources/vms.js';
export { Vms } from './resources/vms.js';
export type {
  AttachVolumeBody,
  CreateVolumeBody,
  ListVolumesParams,
  ResizeVolumeBody,
  Volume,
  VolumeResizeResult,
} from './resources/volumes.js';
export { Volumes } from './resources/volumes.js';
export type {
  CIDRSuggestions,
  CreateVPCBody,
  UpdateVPCBody,
  VPC,
  VPCDetail,
} from './resources/vpcs.js';
export { Vpcs } from './resources/vpcs.js';
export type {
  RaffAPIErrorInit,
  RaffApiKeyGrantErrorInit,
  RaffBillingReason,
  RaffRequestInfo,
  RaffValidationIssue,
} from './shared/errors.js';
export {
  RaffAPIError,
  RaffApiKeyGrantError,
  RaffAuthenticationError,
  RaffBadRequestError,
  RaffBillingError,
  RaffConflictError,
  RaffConnectionError,
  RaffError,
  RaffInternalServerError,
  RaffNotFoundError,
  RaffPaymentRequiredError,
  RaffPermissionDeniedError,
  RaffRateLimitError,
  RaffRequestError,
  RaffResponseTooLargeError,
  RaffTimeoutError,
  RaffValidationError,
  RaffWaitFailedError,
} from './shared/errors.js';
