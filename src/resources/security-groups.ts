import type { components } from '../../generated/openapi.js';
import type { PathParams, RequestBody } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import { APIResource } from '../core/resource.js';

/** A security group: firewall rules applied to VM interfaces. */
export type SecurityGroup = components['schemas']['SecurityGroup'];
/** A predefined rule set to start a security group from. */
export type SecurityGroupTemplate = components['schemas']['SecurityGroupTemplate'];
/** The body of `securityGroups.create()`. */
export type CreateSecurityGroupBody = RequestBody<'createSecurityGroup'>;
/** The body of `securityGroups.update()`. */
export type UpdateSecurityGroupBody = RequestBody<'updateSecurityGroup'>;

/**
 * Security groups (firewalls), project-scoped. Attach them with
 * `vms.networks.attachSecurityGroup()`.
 */
export class SecurityGroups extends APIResource {
  /**
   * The project's security groups.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `security_group.view`.
   * @example
   * ```ts
   * const groups = await raff.securityGroups.list();
   * ```
   */
  list(options?: RequestOptions): Promise<SecurityGroup[]> {
    return this._call('listSecurityGroups', {}, options);
  }

  /**
   * One security group by id.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `security_group.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const group = await raff.securityGroups.get(groupId);
   * ```
   */
  get(id: PathParams<'getSecurityGroup'>['id'], options?: RequestOptions): Promise<SecurityGroup> {
    return this._call('getSecurityGroup', { path: { id } }, options);
  }

  /**
   * Creates a security group.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `security_group.create`.
   * @example
   * ```ts
   * const group = await raff.securityGroups.create({ name: 'web' });
   * ```
   */
  create(body: CreateSecurityGroupBody, options?: RequestOptions): Promise<SecurityGroup> {
    return this._call('createSecurityGroup', { body }, options);
  }

  /**
   * Changes a security group's name, description or rules.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `security_group.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.securityGroups.update(groupId, { description: 'HTTP and SSH' });
   * ```
   */
  update(
    id: PathParams<'updateSecurityGroup'>['id'],
    body: UpdateSecurityGroupBody,
    options?: RequestOptions,
  ): Promise<SecurityGroup> {
    return this._call('updateSecurityGroup', { path: { id }, body }, options);
  }

  /**
   * Deletes a security group that is not attached.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `security_group.delete`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.securityGroups.delete(groupId);
   * ```
   */
  delete(id: PathParams<'deleteSecurityGroup'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('deleteSecurityGroup', { path: { id } }, options);
  }

  /**
   * The predefined rule sets.
   *
   * @example
   * ```ts
   * const templates = await raff.securityGroups.templates();
   * ```
   */
  templates(options?: RequestOptions): Promise<SecurityGroupTemplate[]> {
    return this._call('listSecurityGroupTemplates', {}, options);
  }
}
