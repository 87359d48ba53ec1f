import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apiKeyPrefix,
  apiKeyStatus,
  checkRaffApiKey,
  describeRaffApiKeyProblem,
  EXPIRATION_PRESETS,
  expiresAtFor,
  findRaffApiKeys,
  hasPermission,
  isRaffApiKey,
  missingPermissions,
  PERMISSION_CATALOG,
  type PermissionName,
  type PermissionPreview,
  previewPermissions,
  RaffValidationError,
  redactApiKey,
  redactRaffApiKeys,
  SYSTEM_ROLES,
} from '../../src/index.js';
import { KEY, PROJECT } from '../support/client.js';
import { expectNoSecret } from '../support/secrets.js';
import { hostileRecord, hostileString, hostileValue, INJECTIONS } from './hostile.js';

const RUNS = 250;
/** The key as printed in groups of 8 hex digits after its prefix. */
const GROUPED = `raff_${(KEY.slice(5).match(/.{8}/g) ?? []).join(' ')}`;

/** The result of `run`, or the RaffValidationError it threw; any other throw fails the test. */
function typed<T>(run: () => T): T | RaffValidationError {
  try {
    return run();
  } catch (error) {
    expect(error, `${(error as Error)?.name}: ${(error as Error)?.message}`).toBeInstanceOf(
      RaffValidationError,
    );
    expect((error as RaffValidationError).issues.length).toBeGreaterThan(0);
    return error as RaffValidationError;
  }
}

/** Keys, damaged keys and key-like text, alone or inside other text. */
const keyish = fc.oneof(
  fc.constant(KEY),
  fc.constant(KEY.toUpperCase()),
  fc.nat({ max: 68 }).map((cut) => KEY.slice(0, cut)),
  fc
    .tuple(fc.nat({ max: 69 }), fc.constantFrom(...INJECTIONS))
    .map(([at, bad]) => `${KEY.slice(0, at)}${bad}${KEY.slice(at)}`),
  fc.stringMatching(/^raff_[0-9a-f]{64}$/),
);
const hostileText = fc
  .array(fc.oneof(hostileString, keyish), { maxLength: 6 })
  .map((parts) => parts.join(''));

const roleSlug = fc.oneof(fc.constantFrom(...SYSTEM_ROLES.map((r) => r.slug)), hostileString);
const previewInput = fc.oneof(
  hostileRecord(['role', 'projects', 'project_role']),
  fc.record(
    {
      role: roleSlug,
      projects: fc.oneof(
        fc.array(fc.oneof(fc.constant(PROJECT), hostileString), { maxLength: 3 }),
        hostileValue,
      ),
      project_role: roleSlug,
    },
    { requiredKeys: ['role'] },
  ),
);
const permissionName = fc.oneof(
  fc.constantFrom(...PERMISSION_CATALOG.map((p) => p.name)),
  hostileString,
  hostileValue,
);
const validPreview: fc.Arbitrary<PermissionPreview> = fc.constantFrom(
  previewPermissions({ role: 'owner' }),
  previewPermissions({ role: 'admin', projects: [PROJECT], project_role: 'operator' }),
  previewPermissions({ role: 'member' }),
);
const date = fc.oneof(fc.date(), fc.date({ noInvalidDate: true }), hostileValue);

describe('hostile input to the offline helpers', () => {
  it('isRaffApiKey and checkRaffApiKey answer anything without throwing, and agree', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, keyish), (value) => {
        const is = isRaffApiKey(value);
        const check = checkRaffApiKey(value);
        expect(typeof is).toBe('boolean');
        expect(check.valid).toBe(is);
        if (check.valid) expect(check.prefix).toBe((value as string).slice(0, 13));
        else expect(typeof describeRaffApiKeyProblem(check.reason)).toBe('string');
        expectNoSecret(KEY, { others: [check] });
      }),
      { numRuns: RUNS },
    );
  });

  it('apiKeyPrefix gives the 13-character prefix or a RaffValidationError that never echoes the value', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, keyish), (value) => {
        const prefix = typed(() => apiKeyPrefix(value as string));
        if (typeof prefix === 'string') expect(prefix).toHaveLength(13);
        else expectNoSecret(KEY, { error: prefix });
      }),
      { numRuns: RUNS },
    );
  });

  it('redactApiKey turns anything into a string without the secret part', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, keyish), (value) => {
        const redacted = redactApiKey(value);
        expect(typeof redacted).toBe('string');
        expectNoSecret(KEY, { others: [redacted] });
      }),
      { numRuns: RUNS },
    );
  });

  it('findRaffApiKeys reports where keys are, by prefix only, or rejects a non-string typed', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, hostileValue), (text) => {
        const findings = typed(() => findRaffApiKeys(text as string));
        if (findings instanceof RaffValidationError) {
          expect(typeof text).not.toBe('string');
          return;
        }
        for (const finding of findings) {
          expect(isRaffApiKey((text as string).slice(finding.index, finding.index + 69))).toBe(
            true,
          );
        }
        expectNoSecret(KEY, { others: [findings] });
      }),
      { numRuns: RUNS },
    );
  });

  it('redactRaffApiKeys leaves no well-formed key behind, whatever the text and options', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, hostileValue), hostileValue, (text, options) => {
        const redacted = typed(() => redactRaffApiKeys(text as string, options as never));
        if (redacted instanceof RaffValidationError) {
          expect(typeof text).not.toBe('string');
          return;
        }
        expect(findRaffApiKeys(redacted)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('redactRaffApiKeys in loose mode also removes upper-cased, glued, cut-off and grouped keys', () => {
    // Keys damaged in ways loose mode promises to catch (a key broken inside its prefix is not).
    const damaged = fc.oneof(
      fc.constant(KEY),
      fc.constant(KEY.toUpperCase()),
      fc.constant(`${KEY}${KEY}`),
      fc.stringMatching(/^[A-Za-z0-9]{1,4}$/).map((glue) => `${glue}${KEY}${glue}`),
      fc.integer({ min: 21, max: 68 }).map((cut) => KEY.slice(0, cut)),
      // Printed in groups of 8 hex digits, in either case (issue 24).
      fc.constantFrom(GROUPED, GROUPED.toUpperCase()),
    );
    const text = fc
      .array(fc.oneof(hostileString, damaged), { maxLength: 6 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expectNoSecret(KEY, { others: [redactRaffApiKeys(value, { loose: true })] });
      }),
      { numRuns: RUNS },
    );
  });

  it('previewPermissions gives a preview or a RaffValidationError', () => {
    fc.assert(
      fc.property(previewInput, hostileRecord(['roles', 'projectNames']), (input, options) => {
        const preview = typed(() => previewPermissions(input as never, options as never));
        if (preview instanceof RaffValidationError) return;
        expect(preview.lines.length).toBeGreaterThan(0);
        expect(preview.account.count).toBe(preview.account.permissions.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('hasPermission and missingPermissions answer hostile names and projects typed', () => {
    fc.assert(
      fc.property(
        validPreview,
        permissionName,
        fc.oneof(fc.array(permissionName, { maxLength: 4 }), hostileValue),
        fc.oneof(fc.constant(PROJECT), hostileValue),
        (preview, name, required, projectId) => {
          const has = typed(() =>
            hasPermission(preview, name as PermissionName, projectId as string),
          );
          if (!(has instanceof RaffValidationError)) expect(typeof has).toBe('boolean');
          const missing = typed(() =>
            missingPermissions(preview, required as PermissionName[], projectId as string),
          );
          if (!(missing instanceof RaffValidationError)) expect(Array.isArray(missing)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('expiresAtFor gives a Date, null for never, or a RaffValidationError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...EXPIRATION_PRESETS), hostileValue),
        date,
        (preset, from) => {
          const at = typed(() => expiresAtFor(preset as never, from as Date));
          if (at instanceof RaffValidationError) return;
          if (preset === 'never') expect(at).toBeNull();
          else expect(Number.isNaN((at as Date).getTime())).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('apiKeyStatus gives a status or a RaffValidationError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            expires_at: fc.oneof(
              fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
              hostileValue,
            ),
          }),
          hostileValue,
        ),
        date,
        hostileRecord(['warnWithinDays']),
        (key, now, options) => {
          const status = typed(() => apiKeyStatus(key as never, now as Date, options as never));
          if (status instanceof RaffValidationError) return;
          expect(['active', 'expired', 'expiring_soon']).toContain(status);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('hostile input to the offline helpers: regressions of fixed bugs', () => {
  // hasPermission and missingPermissions read the preview's account and project parts: anything
  // that is not a PermissionPreview is refused before that, not met with a TypeError.
  it('rejects a preview argument that is not a preview with RaffValidationError', () => {
    for (const notAPreview of [null, undefined, 42, 'admin', {}, { account: null }]) {
      expect(() => hasPermission(notAPreview as never, 'vm.view')).toThrow(RaffValidationError);
      expect(() => missingPermissions(notAPreview as never, ['vm.view'])).toThrow(
        RaffValidationError,
      );
    }
  });
});
