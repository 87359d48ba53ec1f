import { badRequest, conflict } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { cancelRun, reviewSpendCap, startJobRun } from './lifecycle.js';
import { pathJobRun, pathService } from './lookup.js';
import { appJobRuns } from './records.js';
import { requireUnderCap } from './spend-cap.js';
import { jobRunView } from './views.js';

/** The most runs listJobRuns returns. */
const LISTED_RUNS = 50;

/**
 * The job operations: run a `cron` or `job` service now, list its runs, cancel one.
 *
 * @internal
 */
export const JOB_HANDLERS = {
  runAppJob: (context) => {
    const { state, now } = context;
    const service = pathService(context, context.params.service_id);
    if (service.serviceType !== 'cron' && service.serviceType !== 'job') {
      throw badRequest(
        `Only cron and job services run jobs; ${service.name} is a ${service.serviceType} service`,
      );
    }
    requireUnderCap(state, service);
    if (!service.running || service.currentDeploymentId === undefined) {
      throw conflict(
        `Cannot run ${service.name} while it is ${service.status}; it runs once a deployment is live`,
      );
    }
    const run = startJobRun(state, service, 'manual', now);
    return { body: { success: true, run: jobRunView(run) } };
  },

  listAppJobRuns: (context) => {
    const service = pathService(context, context.params.service_id);
    const runs = appJobRuns
      .in(context.state)
      .where((run) => run.serviceId === service.id)
      .sort((a, b) => b.startedAt - a.startedAt)
      .slice(0, LISTED_RUNS);
    return { body: { success: true, runs: runs.map(jobRunView) } };
  },

  cancelAppJobRun: (context) => {
    const { state, now } = context;
    const run = pathJobRun(context, context.params.run_id);
    if (run.status !== 'running') throw conflict(`Run ${run.id} has ended already (${run.status})`);
    cancelRun(state, run, now, 'Canceled by the caller');
    reviewSpendCap(state, now);
    return { body: { success: true, run: jobRunView(run) } };
  },
} satisfies HandlerTable;
