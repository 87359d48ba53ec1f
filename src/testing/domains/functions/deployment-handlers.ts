import { randomBytes } from 'node:crypto';
import { badRequest, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { requireStatus } from '../../server/lifecycle.js';
import { one } from '../../server/replies.js';
import { buildProblem, templateSource } from './catalog.js';
import { startDeployment, startRollout } from './lifecycle.js';
import { findFunction, randomTag, requireFunctionsUnlocked } from './lookup.js';
import {
  deployments,
  type FunctionRecord,
  revisions,
  type SourceFile,
  uploads,
} from './records.js';
import { buildLogView, deploymentView, revisionView } from './views.js';

/** Sources at most this large (all files together) come back inline from getFunctionSource. */
const INLINE_LIMIT = 64 * 1024;

interface ChosenSource {
  readonly files: readonly SourceFile[] | undefined;
  readonly blobKey: string | undefined;
  readonly commitSha: string | undefined;
  readonly problem: string | undefined;
}

/** What a deployment builds: exactly one of an upload, a starter template or inline files. */
function chooseSource(
  context: { readonly state: Parameters<typeof uploads>[0]; readonly now: number },
  fn: FunctionRecord,
  body: { source_blob_key?: string; template?: string; files?: SourceFile[] },
): ChosenSource {
  const given = [body.source_blob_key, body.template, body.files].filter((s) => s !== undefined);
  if (given.length > 1) {
    throw badRequest('Give exactly one source: source_blob_key, template or files');
  }
  if (body.source_blob_key !== undefined) {
    const upload = uploads(context.state).get(body.source_blob_key);
    if (upload === undefined || upload.functionId !== fn.id) {
      throw badRequest(
        `source_blob_key ${body.source_blob_key} is not an upload of function ${fn.name}`,
      );
    }
    if (upload.expiresAt < context.now) {
      throw badRequest(`The upload slot of ${body.source_blob_key} expired; request a new one`);
    }
    return {
      files: undefined,
      blobKey: body.source_blob_key,
      commitSha: undefined,
      problem: undefined,
    };
  }
  if (body.template !== undefined) {
    const { files, problem } = templateSource(body.template, fn.runtime);
    return { files, blobKey: undefined, commitSha: undefined, problem };
  }
  if (body.files !== undefined) {
    if (body.files.length === 0) throw badRequest('files must hold at least one file');
    for (const file of body.files) {
      if (file.name === '' || file.name.startsWith('/') || file.name.split('/').includes('..')) {
        throw badRequest(`files: "${file.name}" is not a relative path inside the source`);
      }
    }
    return {
      files: body.files,
      blobKey: undefined,
      commitSha: undefined,
      problem: buildProblem(fn.runtime, body.files),
    };
  }
  if (fn.sourceType !== 'github') {
    throw badRequest(
      'Give one source: source_blob_key, template or files (only a GitHub function deploys without one)',
    );
  }
  // A GitHub function builds the head of its branch.
  return {
    files: undefined,
    blobKey: undefined,
    commitSha: randomBytes(20).toString('hex'),
    problem: undefined,
  };
}

/**
 * Deployments, revisions, rollback and source of a function.
 *
 * @internal
 */
export const DEPLOYMENT_HANDLERS = {
  listFunctionDeployments: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const found = deployments
      .in(context.state)
      .where((d) => d.functionId === fn.id)
      .reverse();
    return one({ deployments: found.map(deploymentView) });
  },

  createFunctionDeployment: (context) => {
    const { state, body, now } = context;
    // Locked Functions refuse before anything is looked up (an account that was never topped up
    // has no functions to find).
    requireFunctionsUnlocked(state);
    const fn = findFunction(context, context.params.function_id);
    requireStatus(
      `function ${fn.name}`,
      fn.status,
      ['pending', 'building', 'live', 'paused', 'error'],
      'deploy',
    );
    const source = chooseSource(context, fn, body);
    const deployment = deployments.in(state).create(now, (stamp) => ({
      id: stamp.id,
      createdAt: stamp.createdAt,
      functionId: fn.id,
      channel: body.channel ?? (source.commitSha === undefined ? 'console' : 'github'),
      status: 'queued',
      message: body.message,
      commitSha: source.commitSha,
      files: source.files,
      blobKey: source.blobKey,
      buildError: source.problem,
      error: undefined,
      revisionId: undefined,
      startedAt: undefined,
      finishedAt: undefined,
      buildDurationMs: undefined,
      lines: [],
    }));
    startDeployment(state, fn, deployment, now);
    return one({ deployment: deploymentView(deployment) });
  },

  getFunctionDeployment: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const deployment = deployments.in(context.state).find(context.params.deployment_id);
    if (deployment === undefined || deployment.functionId !== fn.id) {
      throw notFound(`Deployment ${context.params.deployment_id} not found`);
    }
    return one({ deployment: deploymentView(deployment) });
  },

  getFunctionDeploymentLogs: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const deployment = deployments.in(context.state).find(context.params.deployment_id);
    if (deployment === undefined || deployment.functionId !== fn.id) {
      throw notFound(`Deployment ${context.params.deployment_id} not found`);
    }
    return one(buildLogView(deployment, context.now));
  },

  listFunctionRevisions: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const found = revisions
      .in(context.state)
      .where((r) => r.functionId === fn.id)
      .sort((a, b) => b.number - a.number);
    return one({ revisions: found.map((r) => revisionView(fn, r)) });
  },

  rollbackFunction: (context) => {
    const { state, now } = context;
    const fn = findFunction(context, context.params.function_id);
    requireStatus(`function ${fn.name}`, fn.status, ['live', 'paused', 'error'], 'roll back');
    const revision = revisions.in(state).find(context.body.revision_id);
    if (revision === undefined || revision.functionId !== fn.id) {
      throw notFound(`Revision ${context.body.revision_id} of function ${fn.name} not found`);
    }
    if (revision.status === 'failed') {
      throw badRequest(`Revision ${revision.number} never served; pick one that did`);
    }
    fn.pausedByCap = false;
    startRollout(state, fn, revision.id, now);
    return { body: undefined };
  },

  getFunctionSource: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const wanted = context.query.revision_id ?? fn.currentRevisionId;
    const revision = revisions.in(context.state).find(wanted);
    if (revision === undefined || revision.functionId !== fn.id) {
      throw notFound(
        wanted === undefined
          ? `Function ${fn.name} has no deployed revision yet`
          : `Revision ${wanted} of function ${fn.name} not found`,
      );
    }
    const download = `https://sources.fn.onraff.com/${fn.shortId}/rev-${revision.number}.zip?X-Expires=300&X-Signature=${randomTag(24)}`;
    const files = revision.files ?? [];
    const size = files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
    if (revision.files === undefined) return one({ download_url: download });
    if (size > INLINE_LIMIT)
      return one({ download_url: download, files: [], inline_truncated: true });
    return one({
      download_url: download,
      files: files.map((file) => ({ ...file })),
      inline_truncated: false,
    });
  },
} satisfies HandlerTable;
