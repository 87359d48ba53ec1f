// Kubeconfigs: each one issued carries a token of its own, which the emulator keeps only as a
// SHA-256 hash with the cluster, the expiry and (after rotateK8sKubeconfigAccess) the revocation,
// so that it can tell later whether a token it issued would still be let in.
import { createHash, randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../server/account.js';
import { type ClusterRecord, kubeconfigs } from './records.js';

/** Without `expires_in`, a kubeconfig lives 7 days. */
export const DEFAULT_KUBECONFIG_SECONDS = 7 * 24 * 3600;

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The API endpoint of a cluster.
 *
 * @internal
 */
export function apiEndpoint(cluster: Pick<ClusterRecord, 'id'>): string {
  return `https://${cluster.id}.k8s.raffusercloud.com:6443`;
}

/**
 * A made-up certificate authority for a new cluster: base64 of a PEM block, as kubeconfigs carry
 * it (not a real certificate).
 *
 * @internal
 */
export function newCaData(): string {
  const body = randomBytes(48).toString('base64');
  return Buffer.from(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`).toString(
    'base64',
  );
}

/**
 * Issues a kubeconfig for the cluster, valid `seconds` from `now`: a cluster-admin bearer token
 * no other kubeconfig shares. Only the token's hash is kept.
 *
 * @internal
 */
export function issueKubeconfig(
  state: EmulatorState,
  cluster: ClusterRecord,
  seconds: number,
  now: number,
): string {
  const token = `k8s-${cluster.id}.${randomBytes(32).toString('base64url')}`;
  kubeconfigs(state).set(hash(token), {
    clusterId: cluster.id,
    issuedAt: now,
    expiresAt: now + seconds * 1000,
    revokedAt: null,
  });
  const user = `${cluster.id}-admin`;
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${cluster.id}`,
    '  cluster:',
    `    server: ${apiEndpoint(cluster)}`,
    `    certificate-authority-data: ${cluster.caData}`,
    'users:',
    `- name: ${user}`,
    '  user:',
    `    token: ${token}`,
    'contexts:',
    `- name: ${cluster.id}`,
    '  context:',
    `    cluster: ${cluster.id}`,
    `    user: ${user}`,
    `current-context: ${cluster.id}`,
    '',
  ].join('\n');
}

/**
 * Revokes every kubeconfig issued for the cluster so far; returns how many were still valid.
 *
 * @internal
 */
export function revokeKubeconfigs(state: EmulatorState, cluster: ClusterRecord, now: number) {
  let revoked = 0;
  for (const issued of kubeconfigs(state).values()) {
    if (issued.clusterId !== cluster.id || issued.revokedAt !== null) continue;
    if (issued.expiresAt > now) revoked++;
    issued.revokedAt = now;
  }
  return revoked;
}

/**
 * Whether the cluster's API would accept a kubeconfig's token now: `valid`, `expired`, `revoked`
 * (by a rotation), or `unknown` (never issued, for another cluster, or its cluster is gone).
 *
 * @internal
 */
export function kubeconfigTokenState(
  state: EmulatorState,
  clusterId: string,
  token: string,
  now: number,
): 'valid' | 'expired' | 'revoked' | 'unknown' {
  const issued = kubeconfigs(state).get(hash(token));
  if (issued === undefined || issued.clusterId !== clusterId) return 'unknown';
  if (issued.revokedAt !== null) return 'revoked';
  return issued.expiresAt > now ? 'valid' : 'expired';
}

/**
 * The bearer token in a kubeconfig this emulator issued.
 *
 * @internal
 */
export function tokenOf(kubeconfig: string): string | undefined {
  return /^ {4}token: (\S+)$/m.exec(kubeconfig)?.[1];
}
