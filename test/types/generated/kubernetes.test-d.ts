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
    expectTypeOf<K8sVersion[]>().toEqualTypeOf<Result<'kubernetes.versions'>>();
  });

  it('kubernetes.nodePlans resolves with ListK8sNodePlansResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['nodePlans']>>>().toEqualTypeOf<ListK8sNodePlansResult>();
    expectTypeOf<ListK8sNodePlansResult>().toEqualTypeOf<Result<'kubernetes.nodePlans'>>();
  });

  it('kubernetes.clusters.list resolves with Page<K8sCluster>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['list']>>>().toEqualTypeOf<Page<K8sCluster>>();
    expectTypeOf<Page<K8sCluster>>().toEqualTypeOf<Result<'kubernetes.clusters.list'>>();
  });

  it('kubernetes.clusters.create resolves with K8sCluster', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['create']>>>().toEqualTypeOf<K8sCluster>();
    expectTypeOf<K8sCluster>().toEqualTypeOf<Result<'kubernetes.clusters.create'>>();
  });

  it('kubernetes.clusters.stats resolves with K8sClusterStats[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['stats']>>>().toEqualTypeOf<K8sClusterStats[]>();
    expectTypeOf<K8sClusterStats[]>().toEqualTypeOf<Result<'kubernetes.clusters.stats'>>();
  });

  it('kubernetes.clusters.get resolves with K8sCluster', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['get']>>>().toEqualTypeOf<K8sCluster>();
    expectTypeOf<K8sCluster>().toEqualTypeOf<Result<'kubernetes.clusters.get'>>();
  });

  it('kubernetes.clusters.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'kubernetes.clusters.delete'>>();
  });

  it('kubernetes.clusters.rename resolves with K8sCluster', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['rename']>>>().toEqualTypeOf<K8sCluster>();
    expectTypeOf<K8sCluster>().toEqualTypeOf<Result<'kubernetes.clusters.rename'>>();
  });

  it('kubernetes.clusters.kubeconfig resolves with GetK8sKubeconfigResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['kubeconfig']>>>().toEqualTypeOf<GetK8sKubeconfigResult>();
    expectTypeOf<GetK8sKubeconfigResult>().toEqualTypeOf<Result<'kubernetes.clusters.kubeconfig'>>();
  });

  it('kubernetes.clusters.rotateKubeconfig resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['rotateKubeconfig']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'kubernetes.clusters.rotateKubeconfig'>>();
  });

  it('kubernetes.clusters.upgradeHa resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['upgradeHa']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'kubernetes.clusters.upgradeHa'>>();
  });

  it('kubernetes.clusters.upgrades resolves with ListK8sClusterUpgradesResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['upgrades']>>>().toEqualTypeOf<ListK8sClusterUpgradesResult>();
    expectTypeOf<ListK8sClusterUpgradesResult>().toEqualTypeOf<Result<'kubernetes.clusters.upgrades'>>();
  });

  it('kubernetes.clusters.upgrade resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['upgrade']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'kubernetes.clusters.upgrade'>>();
  });

  it('kubernetes.clusters.setMaintenance resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['setMaintenance']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'kubernetes.clusters.setMaintenance'>>();
  });

  it('kubernetes.pools.list resolves with Page<K8sNodePool>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['list']>>>().toEqualTypeOf<Page<K8sNodePool>>();
    expectTypeOf<Page<K8sNodePool>>().toEqualTypeOf<Result<'kubernetes.pools.list'>>();
  });

  it('kubernetes.pools.add resolves with K8sNodePool', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['add']>>>().toEqualTypeOf<K8sNodePool>();
    expectTypeOf<K8sNodePool>().toEqualTypeOf<Result<'kubernetes.pools.add'>>();
  });

  it('kubernetes.pools.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'kubernetes.pools.delete'>>();
  });

  it('kubernetes.pools.update resolves with K8sNodePool', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['update']>>>().toEqualTypeOf<K8sNodePool>();
    expectTypeOf<K8sNodePool>().toEqualTypeOf<Result<'kubernetes.pools.update'>>();
  });

  it('kubernetes.pools.scale resolves with ScaleK8sNodePoolResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['pools']['scale']>>>().toEqualTypeOf<ScaleK8sNodePoolResult>();
    expectTypeOf<ScaleK8sNodePoolResult>().toEqualTypeOf<Result<'kubernetes.pools.scale'>>();
  });

  it('kubernetes.clusters.nodes resolves with K8sClusterNode[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['nodes']>>>().toEqualTypeOf<K8sClusterNode[]>();
    expectTypeOf<K8sClusterNode[]>().toEqualTypeOf<Result<'kubernetes.clusters.nodes'>>();
  });

  it('kubernetes.clusters.events resolves with K8sClusterEvent[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['events']>>>().toEqualTypeOf<K8sClusterEvent[]>();
    expectTypeOf<K8sClusterEvent[]>().toEqualTypeOf<Result<'kubernetes.clusters.events'>>();
  });

  it('kubernetes.clusters.volumes resolves with K8sClusterVolume[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['volumes']>>>().toEqualTypeOf<K8sClusterVolume[]>();
    expectTypeOf<K8sClusterVolume[]>().toEqualTypeOf<Result<'kubernetes.clusters.volumes'>>();
  });

  it('kubernetes.clusters.metrics resolves with GetK8sClusterMetricsResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['metrics']>>>().toEqualTypeOf<GetK8sClusterMetricsResult>();
    expectTypeOf<GetK8sClusterMetricsResult>().toEqualTypeOf<Result<'kubernetes.clusters.metrics'>>();
  });

  it('kubernetes.clusters.firewall resolves with GetK8sClusterFirewallResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['firewall']>>>().toEqualTypeOf<GetK8sClusterFirewallResult>();
    expectTypeOf<GetK8sClusterFirewallResult>().toEqualTypeOf<Result<'kubernetes.clusters.firewall'>>();
  });

  it('kubernetes.clusters.assignFirewall resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['assignFirewall']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'kubernetes.clusters.assignFirewall'>>();
  });

  it('kubernetes.clusters.resetFirewall resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['resetFirewall']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'kubernetes.clusters.resetFirewall'>>();
  });

  it('kubernetes.clusters.metallbPool resolves with K8sMetalLBPool', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['metallbPool']>>>().toEqualTypeOf<K8sMetalLBPool>();
    expectTypeOf<K8sMetalLBPool>().toEqualTypeOf<Result<'kubernetes.clusters.metallbPool'>>();
  });

  it('kubernetes.clusters.setMetallbPool resolves with K8sMetalLBPool', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['setMetallbPool']>>>().toEqualTypeOf<K8sMetalLBPool>();
    expectTypeOf<K8sMetalLBPool>().toEqualTypeOf<Result<'kubernetes.clusters.setMetallbPool'>>();
  });

  it('kubernetes.clusters.tcpPorts resolves with K8sTcpForward[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['tcpPorts']>>>().toEqualTypeOf<K8sTcpForward[]>();
    expectTypeOf<K8sTcpForward[]>().toEqualTypeOf<Result<'kubernetes.clusters.tcpPorts'>>();
  });

  it('kubernetes.clusters.deleteTcpPort resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['kubernetes']['clusters']['deleteTcpPort']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'kubernetes.clusters.deleteTcpPort'>>();
  });
});
