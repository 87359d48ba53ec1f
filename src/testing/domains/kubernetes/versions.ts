// Which releases a cluster may move to: patch releases of its own minor and the next minor
// (Kubernetes moves one minor at a time), and what an automatic upgrade picks.
import type { components } from '../../../../generated/openapi.js';
import { badRequest } from '../../server/errors.js';
import { patchOf, VERSION_LINES, type VersionLine, versionLine } from './catalog.js';
import type { ClusterRecord } from './records.js';

type Schemas = components['schemas'];

/**
 * The minor of a release string (`v1.34.2+rke2r1` → 34).
 *
 * @internal
 */
export function minorOf(release: string): number {
  return Number(/^v1\.(\d+)/.exec(release)?.[1] ?? 0);
}

/** The line's newest patch is newer than what the cluster runs (same minor). */
function newerPatch(cluster: ClusterRecord, line: VersionLine): boolean {
  return line.minor === minorOf(cluster.release) && patchOf(line.patch) > patchOf(cluster.release);
}

/**
 * The releases the cluster may upgrade to now: a newer patch of its minor, then the next minor.
 *
 * @internal
 */
export function upgradeTargets(cluster: ClusterRecord): VersionLine[] {
  const minor = minorOf(cluster.release);
  return [
    ...VERSION_LINES.filter((line) => newerPatch(cluster, line)),
    ...VERSION_LINES.filter((line) => line.minor === minor + 1),
  ];
}

/**
 * A target as listK8sClusterUpgrades shows it.
 *
 * @internal
 */
export function targetView(cluster: ClusterRecord, line: VersionLine): Schemas['K8sUpgradeTarget'] {
  return {
    version_id: line.id,
    version: line.version,
    rke2_version: line.patch,
    is_minor: line.minor !== minorOf(cluster.release),
    is_default: line.isDefault,
  };
}

/**
 * What the cluster's upgrade mode would upgrade to in its next window: `auto_patch` a newer patch
 * of its minor, `auto_minor` that or else the next minor; `undefined` in `manual` mode or when
 * it is up to date.
 *
 * @internal
 */
export function autoTarget(cluster: ClusterRecord): VersionLine | undefined {
  if (cluster.upgradeMode === 'manual') return undefined;
  const [patch, minor] = [
    upgradeTargets(cluster).find((line) => newerPatch(cluster, line)),
    upgradeTargets(cluster).find((line) => line.minor === minorOf(cluster.release) + 1),
  ];
  return patch ?? (cluster.upgradeMode === 'auto_minor' ? minor : undefined);
}

/**
 * The line a manual upgrade asks for, once it is one the cluster may move to.
 *
 * @throws {HttpError} 400 for an unknown version, a downgrade, a skipped minor, or the release the
 * cluster already runs.
 * @internal
 */
export function checkUpgradeTarget(cluster: ClusterRecord, versionId: number): VersionLine {
  const line = versionLine(versionId);
  if (line === undefined) {
    throw badRequest(`Unknown version_id ${versionId}; see listK8sClusterUpgrades`);
  }
  const minor = minorOf(cluster.release);
  if (line.minor < minor) {
    throw badRequest(`Cannot downgrade from ${cluster.release} to Kubernetes 1.${line.minor}`);
  }
  if (line.minor > minor + 1) {
    throw badRequest(
      `Kubernetes moves one minor at a time: upgrade ${cluster.release} to 1.${minor + 1} first`,
    );
  }
  if (line.minor === minor && !newerPatch(cluster, line)) {
    throw badRequest(`Cluster already runs ${cluster.release}, the newest release of 1.${minor}`);
  }
  return line;
}
