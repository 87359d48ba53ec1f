import type { EmulatorState } from '../../server/account.js';
import { notFound } from '../../server/errors.js';
import type { KeyedContext } from '../../server/handler.js';
import { requireResourceAccess } from '../../server/replies.js';
import {
  type AppDeploymentRecord,
  type AppDomainRecord,
  type AppJobRunRecord,
  type AppServiceRecord,
  appDeployments,
  appDomains,
  appJobRuns,
  appServices,
} from './records.js';

/**
 * What the lookups read of a request: Apps operations name no permission, so the key must reach
 * the project of the service involved (403 otherwise).
 *
 * @internal
 */
export type AppsContext = Pick<KeyedContext, 'state' | 'access' | 'operation'>;

/**
 * The service a path names by UUID or short id, whatever its project; `undefined` when there is
 * none (or its deletion completed).
 *
 * @internal
 */
export function findService(state: EmulatorState, ref: string): AppServiceRecord | undefined {
  return (
    appServices.in(state).find(ref) ?? appServices.in(state).where((s) => s.shortId === ref)[0]
  );
}

/**
 * The service of the path (UUID or short id), after checking that the key reaches its project.
 *
 * @throws {HttpError} 404 or 403.
 * @internal
 */
export function pathService(context: AppsContext, ref: string): AppServiceRecord {
  const service = findService(context.state, ref);
  if (service === undefined) throw notFound(`App service ${ref} not found`);
  requireResourceAccess(context, service.projectId);
  return service;
}

function ownedBy<R extends { readonly serviceId: string }>(
  context: AppsContext,
  record: R | undefined,
  what: string,
): R {
  const service =
    record === undefined ? undefined : appServices.in(context.state).find(record.serviceId);
  if (record === undefined || service === undefined) throw notFound(`${what} not found`);
  requireResourceAccess(context, service.projectId);
  return record;
}

/**
 * The deployment of the path, after checking that the key reaches its service's project.
 *
 * @throws {HttpError} 404 or 403.
 * @internal
 */
export function pathDeployment(context: AppsContext, id: string): AppDeploymentRecord {
  return ownedBy(context, appDeployments.in(context.state).find(id), `Deployment ${id}`);
}

/**
 * The custom domain of the path, after checking that the key reaches its service's project.
 *
 * @throws {HttpError} 404 or 403.
 * @internal
 */
export function pathDomain(context: AppsContext, id: string): AppDomainRecord {
  return ownedBy(context, appDomains.in(context.state).find(id), `Custom domain ${id}`);
}

/**
 * The job run of the path, after checking that the key reaches its service's project.
 *
 * @throws {HttpError} 404 or 403.
 * @internal
 */
export function pathJobRun(context: AppsContext, id: string): AppJobRunRecord {
  return ownedBy(context, appJobRuns.in(context.state).find(id), `Job run ${id}`);
}

/**
 * The service a record belongs to (it exists: records go with their service).
 *
 * @internal
 */
export function serviceOf(
  state: EmulatorState,
  record: { readonly serviceId: string },
): AppServiceRecord {
  const service = appServices.in(state).find(record.serviceId);
  if (service === undefined) throw notFound(`App service ${record.serviceId} not found`);
  return service;
}
