import type { components } from '../../generated/openapi.js';
import type { ClientContext } from '../core/context.js';
import type { PathParams, QueryParams } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { ProjectMembers } from './project-members.js';

/** A project: the scope boundary that VMs, volumes, backups and snapshots live in. */
export type Project = components['schemas']['Project'];
/** The body of `projects.create()`. */
export type CreateProjectBody = components['schemas']['CreateProjectRequest'];
/** The body of `projects.update()`. */
export type UpdateProjectBody = components['schemas']['UpdateProjectRequest'];
/** Paging for `projects.list()`. */
export type ListProjectsParams = QueryParams<'listProjects'>;

/** Projects of the account, and (through `members`) who and which keys may work in them. */
export class Projects extends APIResource {
  /** Members of a project: users and API keys with a project role there. */
  readonly members: ProjectMembers;

  /** @internal */
  constructor(context: ClientContext) {
    super(context);
    this.members = new ProjectMembers(context);
  }

  /**
   * One page of projects.
   *
   * @throws {RaffPermissionDeniedError} without `account.projects.view`.
   * @example
   * ```ts
   * const { data } = await raff.projects.list();
   * const customer1 = data.find((p) => p.name === 'customer1');
   * ```
   */
  list(params: ListProjectsParams = {}, options?: RequestOptions): Promise<Page<Project>> {
    return this._call('listProjects', { query: params }, options);
  }

  /**
   * Every project, page by page, requested lazily.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const project of raff.projects.listAll()) console.log(project.name);
   * ```
   */
  listAll(params: PaginationParams = {}, options?: RequestOptions): AsyncIterable<Project> {
    return this._listAll('listProjects', params, options);
  }

  /**
   * One project by id.
   *
   * @throws {RaffNotFoundError} when there is no such project.
   * @example
   * ```ts
   * const project = await raff.projects.get(projectId);
   * ```
   */
  get(id: PathParams<'getProject'>['id'], options?: RequestOptions): Promise<Project> {
    return this._call('getProject', { path: { id } }, options);
  }

  /**
   * Creates a project.
   *
   * @throws {RaffPermissionDeniedError} without `account.projects.create`.
   * @example
   * ```ts
   * const staging = await raff.projects.create({ name: 'staging' });
   * ```
   */
  create(body: CreateProjectBody, options?: RequestOptions): Promise<Project> {
    return this._call('createProject', { body }, options);
  }

  /**
   * Changes a project's name, description or default region.
   *
   * @throws {RaffNotFoundError} when there is no such project.
   * @example
   * ```ts
   * await raff.projects.update(projectId, { description: 'Customer 1 workloads' });
   * ```
   */
  update(
    id: PathParams<'updateProject'>['id'],
    body: UpdateProjectBody,
    options?: RequestOptions,
  ): Promise<Project> {
    return this._call('updateProject', { path: { id }, body }, options);
  }

  /**
   * Deletes an empty project. The Default project can never be deleted.
   *
   * @throws {RaffConflictError} when the project still has resources or is the Default project.
   * @example
   * ```ts
   * await raff.projects.delete(projectId);
   * ```
   */
  async delete(id: PathParams<'deleteProject'>['id'], options?: RequestOptions): Promise<void> {
    await this._call('deleteProject', { path: { id } }, options);
  }
}
