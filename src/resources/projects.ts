import type { components, operations } from '../../generated/openapi.js';
import type { ClientContext } from '../client.js';
import type { RequestOptions } from '../core/api.js';
import { type Page, type PaginationParams, paginate, splitPaging } from '../core/pagination.js';
import { envelope } from '../internal/envelope.js';
import { requireId } from '../internal/ids.js';
import { ProjectMembers } from './project-members.js';

/** A project: the scope boundary that VMs, volumes, backups and snapshots live in. */
export type Project = components['schemas']['Project'];
/** The body of `projects.create()`. */
export type CreateProjectBody = components['schemas']['CreateProjectRequest'];
/** The body of `projects.update()`. */
export type UpdateProjectBody = components['schemas']['UpdateProjectRequest'];
/** Paging for `projects.list()`. */
export type ListProjectsParams = NonNullable<operations['listProjects']['parameters']['query']>;

/** Projects of the account, and (through `members`) who and which keys may work in them. */
export class Projects {
  /** Members of a project: users and API keys with a project role there. */
  readonly members: ProjectMembers;
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
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
  async list(params: ListProjectsParams = {}, options?: RequestOptions): Promise<Page<Project>> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/projects', { params: { query: params } });
    return { data: envelope(result).data, total: envelope(result).total };
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
    const { paging } = splitPaging(params);
    return paginate((limit, offset) => this.list({ limit, offset }, options), paging);
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
  async get(id: string, options?: RequestOptions): Promise<Project> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/projects/{id}', { params: { path: { id: requireId(id, 'id') } } });
    return envelope(result).data;
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
  async create(body: CreateProjectBody, options?: RequestOptions): Promise<Project> {
    const result = await this.#context.api(options).POST('/api/v1/projects', { body });
    return envelope(result).data;
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
  async update(id: string, body: UpdateProjectBody, options?: RequestOptions): Promise<Project> {
    const result = await this.#context.api(options).PUT('/api/v1/projects/{id}', {
      params: { path: { id: requireId(id, 'id') } },
      body,
    });
    return envelope(result).data;
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
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.#context
      .api(options)
      .DELETE('/api/v1/projects/{id}', { params: { path: { id: requireId(id, 'id') } } });
  }
}
