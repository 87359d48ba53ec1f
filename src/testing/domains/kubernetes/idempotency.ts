// Idempotency-Key on createK8sCluster. Raff: "a repeated request with the same key returns the
// cluster created by the first request instead of provisioning a second one". The emulator keeps
// each key for 24 hours (emulated) after the create; a repeat within that window with the same
// project and body gets the same cluster (201, as it is now). The same key with another project
// or body is a 409 rather than a silent answer about a different request, and so is a repeat
// after the cluster has been deleted. Only creates that succeeded are remembered.

import type { EmulatorState } from '../../server/account.js';
import { conflict } from '../../server/errors.js';
import { type ClusterRecord, clusters, kubernetesAccount } from './records.js';

/** How long a key is remembered after the create that used it. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3_600_000;

/** JSON with object keys sorted, so that field order does not make two bodies differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What a create with this key and request must match.
 *
 * @internal
 */
export function fingerprint(projectId: string, body: unknown): string {
  return `${projectId} ${canonical(body)}`;
}

/**
 * The cluster an earlier create with `key` made, when this is a repeat of it; `undefined` when
 * the key is new (or its window has passed).
 *
 * @throws {HttpError} 409 when the key was used for another request, or its cluster is gone.
 * @internal
 */
export function replayedCreate(
  state: EmulatorState,
  key: string,
  print: string,
  now: number,
): ClusterRecord | undefined {
  const creates = kubernetesAccount(state).creates;
  const earlier = creates.get(key);
  if (earlier === undefined) return undefined;
  if (now - earlier.at >= IDEMPOTENCY_WINDOW_MS) {
    creates.delete(key);
    return undefined;
  }
  if (earlier.fingerprint !== print) {
    throw conflict(
      'This Idempotency-Key was already used for a different request; send a new key for a new cluster',
    );
  }
  const cluster = clusters.in(state).find(earlier.clusterId);
  if (cluster === undefined) {
    throw conflict(
      `This Idempotency-Key created cluster ${earlier.clusterId}, which has since been deleted; send a new key`,
    );
  }
  return cluster;
}

/**
 * Remembers a successful create under its key.
 *
 * @internal
 */
export function rememberCreate(
  state: EmulatorState,
  key: string,
  print: string,
  cluster: ClusterRecord,
  now: number,
): void {
  const creates = kubernetesAccount(state).creates;
  for (const [old, entry] of creates) {
    if (now - entry.at >= IDEMPOTENCY_WINDOW_MS) creates.delete(old);
  }
  creates.set(key, { fingerprint: print, clusterId: cluster.id, at: now });
}
