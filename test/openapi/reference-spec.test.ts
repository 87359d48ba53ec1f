// The rule for tests that check against Raff's published spec (test/support/reference-spec.ts):
// run when it is there, skip locally when it is not, fail under CI when it is not.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REFERENCE_SPEC, referenceSpec } from '../support/reference-spec.js';

const missing = fileURLToPath(new URL('./no-such-openapi.yaml', import.meta.url));
const present = fileURLToPath(import.meta.url);

/** A skip function that records its note instead of skipping. */
function recordingSkip() {
  const notes: string[] = [];
  const skip = (note: string): never => {
    notes.push(note);
    throw new Error('skipped');
  };
  return { notes, skip };
}

describe('referenceSpec', () => {
  it('names the October 2026 spec beside the clone', () => {
    expect(REFERENCE_SPEC.replaceAll('\\', '/')).toMatch(
      /\/shared\/reference\/raff-docs\/openapi-2026-10\.yaml$/,
    );
  });

  it('returns the path when the file is there, in and out of CI', () => {
    const { notes, skip } = recordingSkip();
    expect(referenceSpec(skip, { path: present, ci: true })).toBe(present);
    expect(referenceSpec(skip, { path: present, ci: false })).toBe(present);
    expect(notes).toEqual([]);
  });

  it('skips outside CI when the file is missing, saying where it looked', () => {
    const { notes, skip } = recordingSkip();
    expect(() => referenceSpec(skip, { path: missing, ci: false })).toThrow('skipped');
    expect(notes).toEqual([`Raff's published spec is not at ${missing}`]);
  });

  it('fails under CI when the file is missing, without skipping', () => {
    const { notes, skip } = recordingSkip();
    expect(() => referenceSpec(skip, { path: missing, ci: true })).toThrow(
      `Raff's published spec is not at ${missing}; CI must have it`,
    );
    expect(notes).toEqual([]);
  });
});
