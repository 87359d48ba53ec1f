import { randomUUID } from 'node:crypto';
import type { EmulatorState, ProjectRecord } from '../../server/account.js';
import { heldByProject } from '../../server/collection.js';
import { conflict, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done, one, page } from '../../server/replies.js';
import { projectView } from './views.js';

function findProject(state: EmulatorState, id: string): ProjectRecord {
  const project = state.projects.get(id);
  if (project === undefined) throw notFound(`Project ${id} not found`);
  return project;
}

function uniqueSlug(state: EmulatorState, name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'project';
  const taken = new Set([...state.projects.values()].map((p) => p.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * The Projects operations. A project that still holds resources of any domain (every
 * collection declared with a `holding`) cannot be deleted.
 *
 * @internal
 */
export const PROJECT_HANDLERS = {
  listProjects: (context) =>
    page(
      context,
      [...context.state.projects.values()].map((p) => projectView(context.state, p)),
    ),

  createProject: ({ state, body, key, now }) => {
    const project: ProjectRecord = {
      id: randomUUID(),
      name: body.name,
      slug: uniqueSlug(state, body.name),
      description: body.description,
      defaultRegion: 'us-east',
      isDefault: false,
      createdBy: key.createdBy,
      createdAt: now,
      updatedAt: now,
    };
    state.projects.set(project.id, project);
    return one(projectView(state, project));
  },

  getProject: ({ state, params }) => one(projectView(state, findProject(state, params.id))),

  updateProject: ({ state, params, body, now }) => {
    const project = findProject(state, params.id);
    if (body.name !== undefined) project.name = body.name;
    if (body.description !== undefined) project.description = body.description;
    project.updatedAt = now;
    return one(projectView(state, project));
  },

  deleteProject: ({ state, params }) => {
    const project = findProject(state, params.id);
    if (project.isDefault) throw conflict('The Default project cannot be deleted');
    const held = heldByProject(state, project.id);
    if (held.length > 0) {
      throw conflict(
        `Project still contains active resources (${held.join(', ')}); delete them first`,
      );
    }
    state.projects.delete(project.id);
    for (const [id, grant] of state.grants) {
      if (grant.projectId === project.id) state.grants.delete(id);
    }
    return done('Project deleted');
  },
} satisfies HandlerTable;
