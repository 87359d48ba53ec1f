/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, GetK8sClusterFirewallResult, GetK8sClusterMetricsResult, GetK8sKubeconfigResult, K8sCluster, K8sClusterEvent, K8sClusterNode, K8sClusterStats, K8sClusterVolume, K8sMetalLBPool, K8sNodePool, K8sTcpForward, K8sVersion, ListK8sClusterUpgradesResult, ListK8sNodePlansResult, ScaleK8sNodePoolResult } from '../../../src/index.js';

describe('kubernetes: what each method resolves with', () => {
  it('kubernetes.versions resolves with K8sVersion[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['versions']>>>().toEqualTypeOf<K8sVersion[]>();
    expectTypeOf<K8sVersion[]>().toEqualTypeOf<Result<'listK8sVersions'>>();
  });

  it('kubernetes.nodePlans resolves with ListK8sNodePlansResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['nodePlans']>>>().toEqualTypeOf<ListK8sNodePlansResult>();
    expectTypeOf<ListK8sNodePlansResult>().toEqualTypeOf<Result<'listK8sNodePlans'>>();
  });

  it('kubernetes.clusters.list resolves with Page<K8sCluster>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['list']>>>().toEqualTypeOf<Page<K8sCluster>>();
    expectTypeOf<Page<K8sCluster>>().toEqualTypeOf<Result<'listK8sClusters'>>();
  });

  it('kubernetes.clusters.create resolves with K8sCluster', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['create']>>>().toEqualTypeOf<K8sCluster>();
    expectTypeOf<K8sCluster>().toEqualTypeOf<Result<'createK8sCluster'>>();
  });

  it('kubernetes.clusters.stats resolves with K8sClusterStats[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['stats']>>>().toEqualTypeOf<K8sClusterStats[]>();
    expectTypeOf<K8sClusterStats[]>().toEqualTypeOf<Result<'getK8sClusterStats'>>();
  });

  it('kubernetes.clusters.get resolves with K8sCluster', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['get']>>>().toEqualTypeOf<K8sCluster>();
    expectTypeOf<K8sCluster>().toEqualTypeOf<Result<'getK8sCluster'>>();
  });

  it('kubernetes.clusters.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'deleteK8sCluster'>>();
  });

  it('kubernetes.clusters.rename resolves with K8sCluster', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['rename']>>>().toEqualTypeOf<K8sCluster>();
    expectTypeOf<K8sCluster>().toEqualTypeOf<Result<'renameK8sCluster'>>();
  });

  it('kubernetes.clusters.kubeconfig resolves with GetK8sKubeconfigResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['kubeconfig']>>>().toEqualTypeOf<GetK8sKubeconfigResult>();
    expectTypeOf<GetK8sKubeconfigResult>().toEqualTypeOf<Result<'getK8sKubeconfig'>>();
  });

  it('kubernetes.clusters.rotateKubeconfig resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['rotateKubeconfig']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'rotateK8sKubeconfigAccess'>>();
  });

  it('kubernetes.clusters.upgradeHa resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['upgradeHa']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'upgradeK8sClusterHA'>>();
  });

  it('kubernetes.clusters.upgrades resolves with ListK8sClusterUpgradesResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['upgrades']>>>().toEqualTypeOf<ListK8sClusterUpgradesResult>();
    expectTypeOf<ListK8sClusterUpgradesResult>().toEqualTypeOf<Result<'listK8sClusterUpgrades'>>();
  });

  it('kubernetes.clusters.upgrade resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['upgrade']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'upgradeK8sClusterVersion'>>();
  });

  it('kubernetes.clusters.setMaintenance resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['setMaintenance']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'updateK8sClusterMaintenance'>>();
  });

  it('kubernetes.pools.list resolves with Page<K8sNodePool>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['list']>>>().toEqualTypeOf<Page<K8sNodePool>>();
    expectTypeOf<Page<K8sNodePool>>().toEqualTypeOf<Result<'listK8sNodePools'>>();
  });

  it('kubernetes.pools.add resolves with K8sNodePool', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['add']>>>().toEqualTypeOf<K8sNodePool>();
    expectTypeOf<K8sNodePool>().toEqualTypeOf<Result<'addK8sNodePool'>>();
  });

  it('kubernetes.pools.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'deleteK8sNodePool'>>();
  });

  it('kubernetes.pools.update resolves with K8sNodePool', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['update']>>>().toEqualTypeOf<K8sNodePool>();
    expectTypeOf<K8sNodePool>().toEqualTypeOf<Result<'updateK8sNodePool'>>();
  });

  it('kubernetes.pools.scale resolves with ScaleK8sNodePoolResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['scale']>>>().toEqualTypeOf<ScaleK8sNodePoolResult>();
    expectTypeOf<ScaleK8sNodePoolResult>().toEqualTypeOf<Result<'scaleK8sNodePool'>>();
  });

  it('kubernetes.clusters.nodes resolves with K8sClusterNode[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['nodes']>>>().toEqualTypeOf<K8sClusterNode[]>();
    expectTypeOf<K8sClusterNode[]>().toEqualTypeOf<Result<'listK8sClusterNodes'>>();
  });

  it('kubernetes.clusters.events resolves with K8sClusterEvent[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['events']>>>().toEqualTypeOf<K8sClusterEvent[]>();
    expectTypeOf<K8sClusterEvent[]>().toEqualTypeOf<Result<'listK8sClusterEvents'>>();
  });

  it('kubernetes.clusters.volumes resolves with K8sClusterVolume[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['volumes']>>>().toEqualTypeOf<K8sClusterVolume[]>();
    expectTypeOf<K8sClusterVolume[]>().toEqualTypeOf<Result<'listK8sClusterVolumes'>>();
  });

  it('kubernetes.clusters.metrics resolves with GetK8sClusterMetricsResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['metrics']>>>().toEqualTypeOf<GetK8sClusterMetricsResult>();
    expectTypeOf<GetK8sClusterMetricsResult>().toEqualTypeOf<Result<'getK8sClusterMetrics'>>();
  });

  it('kubernetes.clusters.firewall resolves with GetK8sClusterFirewallResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['firewall']>>>().toEqualTypeOf<GetK8sClusterFirewallResult>();
    expectTypeOf<GetK8sClusterFirewallResult>().toEqualTypeOf<Result<'getK8sClusterFirewall'>>();
  });

  it('kubernetes.clusters.assignFirewall resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['assignFirewall']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'assignK8sClusterFirewall'>>();
  });

  it('kubernetes.clusters.resetFirewall resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['resetFirewall']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'resetK8sClusterFirewall'>>();
  });

  it('kubernetes.clusters.metallbPool resolves with K8sMetalLBPool', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['metallbPool']>>>().toEqualTypeOf<K8sMetalLBPool>();
    expectTypeOf<K8sMetalLBPool>().toEqualTypeOf<Result<'getK8sMetalLBPool'>>();
  });

  it('kubernetes.clusters.setMetallbPool resolves with K8sMetalLBPool', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['setMetallbPool']>>>().toEqualTypeOf<K8sMetalLBPool>();
    expectTypeOf<K8sMetalLBPool>().toEqualTypeOf<Result<'updateK8sMetalLBPool'>>();
  });

  it('kubernetes.clusters.tcpPorts resolves with K8sTcpForward[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['tcpPorts']>>>().toEqualTypeOf<K8sTcpForward[]>();
    expectTypeOf<K8sTcpForward[]>().toEqualTypeOf<Result<'listK8sTcpPorts'>>();
  });

  it('kubernetes.clusters.deleteTcpPort resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['deleteTcpPort']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'deleteK8sTcpPort'>>();
  });
});
