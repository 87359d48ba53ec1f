/**
 * `@raff/sdk` — the typed TypeScript SDK for the Raff cloud API.
 *
 * @packageDocumentation
 * @module @raff/sdk
 */

// The namespaces and the types of their methods, generated from openapi.json: an explicit list.
export * from '../generated/exports.js';
export type { components, operations, paths } from '../generated/openapi.js';
export type { OperationId, SdkMethod } from '../generated/operations.js';
export { RaffClient } from './client.js';
export type {
  KnownPath,
  RaffApi,
  RaffApiInit,
  RaffApiLooseInit,
  RaffApiLooseResult,
  RaffApiMethod,
  RaffApiQueryValue,
  RaffApiResult,
  RaffPaths,
} from './core/api.js';
export type { Logger, LogLevel } from './core/logger.js';
export type { ClientOptions, RequestOptions } from './core/options.js';
export { DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES } from './core/options.js';
export type { ListAllParams, LoosePage, Page, PaginationParams } from './core/pagination.js';
export type { RateLimitOption } from './core/rate-limiter.js';
export { RATE_LIMIT_TIERS } from './core/rate-limiter.js';
export { APIResource } from './core/resource.js';
export { RETRY_AFTER_CAP_MS } from './core/retry-policy.js';
export type { WaitOptions, WaitUntil } from './core/waiter.js';
export type {
  AnyPermissionPreview,
  ApiKeyPermissionPreview,
  ApiKeyPermissionPreviewOptions,
  ApiKeyPermissionSource,
  ApiKeyProjectPermissions,
  ApiKeyStatus,
  ApiKeyStatusOptions,
  BackupPoint,
  BackupSeries,
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
  backupSeries,
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
export type { RequiredPermission } from './offline/required-permission.js';
export { requiredPermission } from './offline/required-permission.js';
export type { CreateApiKeyParams } from './resources/custom/api-key-create.js';
export type { ListExpiringParams } from './resources/custom/api-keys.js';
export { ApiKeysCustom } from './resources/custom/api-keys.js';
export type { CanParams, CanResult } from './resources/custom/can.js';
export type { SetDatabasePublicAccessParams } from './resources/custom/databases.js';
export { DatabasesCustom } from './resources/custom/databases.js';
export type {
  AddProjectMemberParams,
  UpdateProjectMemberParams,
} from './resources/custom/project-members.js';
export { ProjectMembersCustom } from './resources/custom/project-members.js';
export { RolesCustom } from './resources/custom/roles.js';
export type {
  RaffAPIErrorInit,
  RaffApiKeyGrantErrorInit,
  RaffBillingReason,
  RaffPaginationErrorInit,
  RaffPaginationStop,
  RaffRequestErrorInit,
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
  RaffPaginationError,
  RaffPaymentRequiredError,
  RaffPermissionDeniedError,
  RaffPreconditionFailedError,
  RaffRateLimitError,
  RaffRequestError,
  RaffResponseTooLargeError,
  RaffTimeoutError,
  RaffValidationError,
  RaffWaitFailedError,
} from './shared/errors.js';
