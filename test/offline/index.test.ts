import { describe, expect, it } from 'vitest';
import * as offline from '../../src/offline/index.js';

describe('the offline entry point', () => {
  it('exports exactly the documented helpers, by name', () => {
    expect(Object.keys(offline).sort()).toEqual([
      'CATALOG_SNAPSHOT_DATE',
      'EXPIRATION_PRESETS',
      'PERMISSION_CATALOG',
      'REDACTED_API_KEY',
      'SYSTEM_ROLES',
      'apiKeyPrefix',
      'apiKeyStatus',
      'backupSeries',
      'checkRaffApiKey',
      'describeRaffApiKeyProblem',
      'expiresAtFor',
      'findRaffApiKeys',
      'hasPermission',
      'isRaffApiKey',
      'missingPermissions',
      'previewApiKeyPermissions',
      'previewPermissions',
      'redactApiKey',
      'redactRaffApiKeys',
    ]);
  });
});
