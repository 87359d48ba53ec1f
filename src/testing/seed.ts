import { randomUUID } from 'node:crypto';
import { seedApps } from './domains/apps/seed.js';
import { seedVms } from './domains/compute/seed.js';
import { seedDatabases } from './domains/databases/seed.js';
import { seedFunctions } from './domains/functions/seed.js';
import { seedOwnerKey, seedPeople, seedRoles } from './domains/identity/seed.js';
import { seedKubernetes } from './domains/kubernetes/seed.js';
import { seedNetworking } from './domains/networking/seed.js';
import { seedProjects } from './domains/projects/seed.js';
import { seedStorage } from './domains/storage/seed.js';
import { type EmulatorState, emptyState } from './server/account.js';

const DAY = 86_400_000;

/**
 * What {@link seedState} hands back besides the state: the Owner secret and the seeded projects.
 *
 * @internal
 */
export interface Seed {
  readonly state: EmulatorState;
  readonly ownerKey: string;
  readonly defaultProjectId: string;
  readonly customer1ProjectId: string;
}

/**
 * One account as a new Raff customer might have it a month in, seeded domain by domain (each
 * domain's seed.ts), in the order they refer to each other: the System roles; projects Default
 * and customer1; the Owner, a Member with a project role, an open invitation and an SSH key; a
 * VPC per project, a reserved IP and a security group; two VMs per project (one `passive`);
 * backups, a snapshot and volumes; the PostgreSQL database `orders-pg` in Default; a running
 * Kubernetes cluster in customer1; three functions (see seedFunctions; none when the account was
 * never topped up); a web app and a cron app; and the `Owner bootstrap` key.
 *
 * @internal
 */
export function seedState(now: number, options: { readonly toppedUp?: boolean } = {}): Seed {
  const state = emptyState(randomUUID(), randomUUID(), now);
  // Topped up (Functions unlocked) unless the emulator starts an account that never was.
  state.toppedUp = options.toppedUp ?? true;
  const signup = now - 30 * DAY;
  seedRoles(state, signup);
  const projects = seedProjects(state, signup);
  seedPeople(state, projects, signup, now);
  seedNetworking(state, projects, signup);
  const machines = seedVms(state, projects, signup);
  seedStorage(state, { ...projects, ...machines }, now);
  seedApps(state, projects, now);
  seedFunctions(state, projects, now);
  seedDatabases(state, projects, now);
  seedKubernetes(state, projects, now);
  const ownerKey = seedOwnerKey(state, signup);
  return { state, ownerKey, ...projects };
}
