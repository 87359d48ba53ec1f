/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { ApiKeys } from './resources/api-keys.js';
import type { Apps } from './resources/apps.js';
import type { BackupSchedules } from './resources/backup-schedules.js';
import type { Backups } from './resources/backups.js';
import type { Databases } from './resources/databases.js';
import type { Functions } from './resources/functions.js';
import type { Health } from './resources/health.js';
import type { Invitations } from './resources/invitations.js';
import type { Ips } from './resources/ips.js';
import type { Kubernetes } from './resources/kubernetes.js';
import type { Members } from './resources/members.js';
import type { Permissions } from './resources/permissions.js';
import type { Pricing } from './resources/pricing.js';
import type { Projects } from './resources/projects.js';
import type { Regions } from './resources/regions.js';
import type { Roles } from './resources/roles.js';
import type { SecurityGroups } from './resources/security-groups.js';
import type { Snapshots } from './resources/snapshots.js';
import type { SshKeys } from './resources/ssh-keys.js';
import type { Templates } from './resources/templates.js';
import type { Vms } from './resources/vms.js';
import type { Volumes } from './resources/volumes.js';
import type { Vpcs } from './resources/vpcs.js';

/**
 * The namespaces of {@link RaffClient}, one field per area of the API.
 */
export interface ClientNamespaces {
  /**
   * Secrets for scripts and services. A key points at an account role and, through project
   * memberships, at project roles; its full value is shown only when it is created or regenerated.
   */
  readonly apiKeys: ApiKeys;

  /**
   * Hosted app services (public web, private, worker, cron and one-off job), with their
   * deployments, environment variables, custom domains and job runs, plus usage and the account’s
   * monthly spend cap. Services are named by UUID or short id.
   */
  readonly apps: Apps;

  /**
   * Daily or weekly automatic backups of a VM, with a count of backups to keep.
   */
  readonly backupSchedules: BackupSchedules;

  /**
   * On-demand, incremental VM backups, each inside a project.
   */
  readonly backups: Backups;

  /**
   * PostgreSQL, MySQL, Valkey, ClickHouse and Kafka run by Raff, each inside a project: create,
   * scale, connect, observe, query and restore them. Ids are UUIDs or short ids.
   */
  readonly databases: Databases;

  /**
   * Serverless functions: HTTP handlers built from an upload, a starter template or a GitHub
   * branch, served at their own HTTPS URL and billed by memory and CPU seconds beyond a free
   * monthly allowance. They unlock with the account’s first top-up.
   */
  readonly functions: Functions;

  /**
   * Liveness of the API gateway; no key needed.
   */
  readonly health: Health;

  /**
   * E-mailed invitations to join the account or one project, and their cancellation.
   */
  readonly invitations: Invitations;

  /**
   * Public addresses held by a project: reserve, swap and release them; attach them with the VM
   * Networks calls.
   */
  readonly ips: Ips;

  /**
   * Managed Kubernetes: versions and node plans, clusters and their worker pools, kubeconfigs,
   * version upgrades, firewall, MetalLB addresses and TCP forwards. Every call on a cluster needs
   * `X-Project-ID`, reads included; clusters are addressed by their short id.
   */
  readonly kubernetes: Kubernetes;

  /**
   * The account’s people and open invitations, with their account roles.
   */
  readonly members: Members;

  /**
   * The read-only catalog of permission strings that roles are made of.
   */
  readonly permissions: Permissions;

  /**
   * Public prices of VM plans, storage, IP addresses, managed databases, Kubernetes, Functions and
   * Apps; no key needed.
   */
  readonly pricing: Pricing;

  /**
   * Groups of resources inside the account. Every VM, backup and snapshot belongs to exactly one
   * project.
   */
  readonly projects: Projects;

  /**
   * The public catalog of data-centre regions; no key needed.
   */
  readonly regions: Regions;

  /**
   * Named permission sets at account or project scope. System roles are fixed; custom roles can be
   * created, changed and, once unused, deleted.
   */
  readonly roles: Roles;

  /**
   * Firewall rule sets, each inside a project, applied per VM network interface.
   */
  readonly securityGroups: SecurityGroups;

  /**
   * Point-in-time copies of VM disks and volumes, each inside a project.
   */
  readonly snapshots: Snapshots;

  /**
   * Public keys saved at account level for logging in to VMs.
   */
  readonly sshKeys: SshKeys;

  /**
   * The public catalog of images VMs are built from; no key needed.
   */
  readonly templates: Templates;

  /**
   * Compute instances, each inside a project.
   */
  readonly vms: Vms;

  /**
   * Block storage volumes, each inside a project; created asynchronously, attached to one VM at a
   * time, grown but never shrunk.
   */
  readonly volumes: Volumes;

  /**
   * Private IPv4 networks inside a project that VMs can join.
   */
  readonly vpcs: Vpcs;

}
