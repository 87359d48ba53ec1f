/**
 * Offline helpers of `@raff/sdk`: key format checks, secret scanning, the permission catalog
 * snapshot and preview, and expiry presets. None of them does any I/O or needs a client.
 *
 * @module
 */

export type { RaffApiKey, RaffApiKeyCheck, RaffApiKeyProblem } from '../shared/key-format.js';
export {
  apiKeyPrefix,
  checkRaffApiKey,
  describeRaffApiKeyProblem,
  isRaffApiKey,
  REDACTED_API_KEY,
  redactApiKey,
} from '../shared/key-format.js';
export type { RaffApiKeyFinding, RedactRaffApiKeysOptions } from '../shared/secret-scan.js';
export { findRaffApiKeys, redactRaffApiKeys } from '../shared/secret-scan.js';
export type { BackupPoint, BackupSeries } from './backup-series.js';
export { backupSeries } from './backup-series.js';
export type { ApiKeyStatus, ApiKeyStatusOptions, ExpirationPreset } from './expiry.js';
export { apiKeyStatus, EXPIRATION_PRESETS, expiresAtFor } from './expiry.js';
export type {
  ApiKeyPermissionPreview,
  ApiKeyPermissionPreviewOptions,
  ApiKeyPermissionSource,
  ApiKeyProjectPermissions,
} from './key-permissions.js';
export { previewApiKeyPermissions } from './key-permissions.js';
export type {
  PermissionInfo,
  PermissionName,
  PermissionScope,
  RoleDefinition,
  SystemRole,
} from './permission-catalog.js';
export { CATALOG_SNAPSHOT_DATE, PERMISSION_CATALOG, SYSTEM_ROLES } from './permission-catalog.js';
export type {
  AnyPermissionPreview,
  PermissionPreview,
  PermissionPreviewInput,
  PermissionPreviewOptions,
  PermissionPreviewSide,
  RoleRef,
} from './permission-preview.js';
export { hasPermission, missingPermissions, previewPermissions } from './permission-preview.js';
