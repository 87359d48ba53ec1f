import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../server/account.js';

const DAY = 86_400_000;

/**
 * The seeded projects' ids.
 *
 * @internal
 */
export interface SeededProjects {
  readonly defaultProjectId: string;
  readonly customer1ProjectId: string;
}

/**
 * Seeds the projects `Default` (at signup) and `customer1` (four days later).
 *
 * @internal
 */
export function seedProjects(state: EmulatorState, signup: number): SeededProjects {
  const addProject = (name: string, isDefault: boolean, createdAt: number): string => {
    const id = randomUUID();
    state.projects.set(id, {
      id,
      name,
      slug: name.toLowerCase(),
      description: isDefault ? 'Default project' : `Workloads run for ${name}`,
      defaultRegion: 'us-east',
      isDefault,
      createdBy: state.ownerUserId,
      createdAt,
      updatedAt: createdAt,
    });
    return id;
  };
  return {
    defaultProjectId: addProject('Default', true, signup),
    customer1ProjectId: addProject('customer1', false, signup + 4 * DAY),
  };
}
