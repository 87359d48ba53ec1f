import { randomUUID } from 'node:crypto';
import { conflict, notFound } from '../errors.js';
import { computeHeldBy } from '../network-views.js';
import type { ProjectRecord } from '../state.js';
import { storageHeldBy } from '../storage-state.js';
import { projectView } from '../views.js';
import { done, fields, type Handler, type HandlerContext, one, page } from './context.js';

function findProject(context: HandlerContext): ProjectRecord {
  const project = context.state.projects.get(context.params.id ?? '');
  if (project === undefined) throw notFound(`Project ${context.params.id} not found`);
  return project;
}

function uniqueSlug(context: HandlerContext, name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'project';
  const taken = new Set([...context.state.projects.values()].map((p) => p.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

const listProjects: Handler = (context) =>
  page(
    context,
    [...context.state.projects.values()].map((p) => projectView(context.state, p)),
  );

const createProject: Handler = (context) => {
  const body = fields(context);
  const name = body.name as string;
  const project: ProjectRecord = {
    id: randomUUID(),
    name,
    slug: uniqueSlug(context, name),
    description: body.description as string | undefined,
    defaultRegion: 'us-east',
    isDefault: false,
    createdBy: context.key.createdBy,
    createdAt: context.now,
    updatedAt: context.now,
  };
  context.state.projects.set(project.id, project);
  return one(projectView(context.state, project));
};

const getProject: Handler = (context) => one(projectView(context.state, findProject(context)));

const updateProject: Handler = (context) => {
  const project = findProject(context);
  const body = fields(context);
  if (typeof body.name === 'string') project.name = body.name;
  if (typeof body.description === 'string') project.description = body.description;
  project.updatedAt = context.now;
  return one(projectView(context.state, project));
};

const deleteProject: Handler = (context) => {
  const project = findProject(context);
  const { state } = context;
  if (project.isDefault) throw conflict('The Default project cannot be deleted');
  const held = [...computeHeldBy(state, project.id), ...storageHeldBy(state, project.id)];
  if (held.length > 0) {
    throw conflict(
      `Project still contains active resources (${held.join(', ')}); delete them first`,
    );
  }
  state.projects.delete(project.id);
  for (const [id, grant] of state.grants)
    if (grant.projectId === project.id) state.grants.delete(id);
  return done('Project deleted');
};

/**
 * The Projects operations.
 *
 * @internal
 */
export const PROJECT_HANDLERS: Readonly<Record<string, Handler>> = {
  listProjects,
  createProject,
  getProject,
  updateProject,
  deleteProject,
};
