/**
 * `@raff/sdk` — the typed TypeScript SDK for the Raff cloud API.
 *
 * @packageDocumentation
 * @module @raff/sdk
 */

export type { components, operations, paths } from '../generated/openapi.js';
export { RaffClient } from './client.js';
export type { RaffApi, RequestOptions } from './core/api.js';
export type {
  RaffAPIErrorInit,
  RaffApiKeyGrantErrorInit,
  RaffBillingReason,
  RaffRequestInfo,
  RaffValidationIssue,
} from './core/errors.js';
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
  RaffTimeoutError,
  RaffValidationError,
} from './core/errors.js';
export type { Logger, LogLevel } from './core/logger.js';
export type { ClientOptions } from './core/options.js';
export { DEFAULT_BASE_URL } from './core/options.js';
export type { LoosePage, Page, PaginationParams } from './core/pagination.js';
export type { RateLimitOption } from './core/rate-limiter.js';
export { RATE_LIMIT_TIERS } from './core/rate-limiter.js';
export { RETRY_AFTER_CAP_MS } from './core/retry-policy.js';
export type {
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
export type { Backup, CreateBackupBody, ListBackupsParams } from './resources/backups.js';
export { Backups } from './resources/backups.js';
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
export type { ListVMsParams, VM } from './resources/vms.js';
export { Vms } from './resources/vms.js';
