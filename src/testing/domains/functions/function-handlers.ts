import { badRequest, conflict } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { requireStatus } from '../../server/lifecycle.js';
import { headerProject, one } from '../../server/replies.js';
import { FUNCTIONS_PRICE, RUNTIMES } from './catalog.js';
import { freshRevision, pause, startDelete, startRollout } from './lifecycle.js';
import {
  findFunction,
  newShortId,
  newSlug,
  randomTag,
  requireFunctionsUnlocked,
  visibleFunctions,
} from './lookup.js';
import { type FunctionRecord, functions, functionsAccount, uploads } from './records.js';
import { capReached, enforceCap, spendSettingsView, usageView } from './usage.js';
import { functionView } from './views.js';

/** Names that are other routes under /functions, or read as another kind of reference. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;
const RESERVED_NAMES = new Set(['usage', 'spend-settings', 'import']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How long a source upload slot stays open, seconds. */
const UPLOAD_SECONDS = 900;
const MAX_INSTANCES = 100;

function checkName(name: string): void {
  if (!NAME.test(name) || RESERVED_NAMES.has(name) || UUID.test(name) || /^fn-/.test(name)) {
    throw badRequest(
      'name must be 1-63 letters, digits, "-" or "_", start with a letter or digit, and not look like an id (fn-…, a UUID) or be usage, spend-settings or import',
    );
  }
}

/** The rules on timeout and scale, for a create or for an update merged with what it keeps. */
function checkSettings(settings: {
  timeoutSeconds: number;
  extendedTimeout: boolean;
  minScale: number;
  maxScale: number;
}): void {
  if (settings.timeoutSeconds > 3600 && !settings.extendedTimeout) {
    throw badRequest('timeout_seconds above 3600 needs extended_timeout: true (at most 86400)');
  }
  if (settings.maxScale > MAX_INSTANCES) {
    throw badRequest(`max_scale can be at most ${MAX_INSTANCES}`);
  }
  if (settings.minScale > settings.maxScale) {
    throw badRequest(
      `min_scale (${settings.minScale}) cannot exceed max_scale (${settings.maxScale})`,
    );
  }
}

/**
 * Functions themselves: list, create, read, change, pause, resume and delete them, upload slots
 * for their source, the runtime catalog and prices, and the account's usage and spend cap.
 *
 * @internal
 */
export const FUNCTION_HANDLERS = {
  listFunctions: (context) => {
    const status = context.query.status;
    const found = visibleFunctions(context).filter(
      (fn) => status === undefined || fn.status === status,
    );
    const views = found.map((fn) => functionView(context.state, fn));
    return one({ functions: views, total: views.length });
  },

  createFunction: (context) => {
    const { state, body, now } = context;
    const projectId = headerProject(context);
    requireFunctionsUnlocked(state);
    checkName(body.name);
    if (
      functions
        .in(state)
        .values()
        .some((fn) => fn.name === body.name)
    ) {
      throw conflict(`A function named ${body.name} already exists`);
    }
    const settings = {
      timeoutSeconds: body.timeout_seconds ?? 300,
      extendedTimeout: body.extended_timeout ?? false,
      minScale: body.min_scale ?? 0,
      maxScale: body.max_scale ?? 20,
    };
    checkSettings(settings);
    const fn = functions.in(state).create(now, (stamp) => ({
      ...stamp,
      shortId: newShortId(state),
      projectId,
      name: body.name,
      slug: newSlug(body.slug ?? body.name),
      description: body.description,
      runtime: body.runtime,
      memoryMb: body.memory_mb ?? 256,
      ...settings,
      sourceType: body.source_type ?? 'console',
      status: 'pending',
      statusMessage: undefined,
      currentRevisionId: undefined,
      pausedByCap: false,
      liveSpans: [],
      requestsPerMinute: 2,
    }));
    return one({ function: functionView(state, fn) });
  },

  getFunction: (context) =>
    one({
      function: functionView(context.state, findFunction(context, context.params.function_id)),
    }),

  updateFunction: (context) => {
    const { state, body, now } = context;
    const fn = findFunction(context, context.params.function_id);
    requireStatus(`function ${fn.name}`, fn.status, LIVING, 'change');
    const merged = {
      timeoutSeconds: body.timeout_seconds ?? fn.timeoutSeconds,
      extendedTimeout: body.extended_timeout ?? fn.extendedTimeout,
      minScale: body.min_scale ?? fn.minScale,
      maxScale: body.max_scale ?? fn.maxScale,
    };
    checkSettings(merged);
    Object.assign(fn, merged);
    if (body.memory_mb !== undefined) fn.memoryMb = body.memory_mb;
    if (body.description !== undefined) fn.description = body.description;
    fn.updatedAt = now;
    freshRevision(state, fn, 'Settings changed', now);
    return one({ function: functionView(state, fn) });
  },

  deleteFunction: (context) => {
    const fn = findFunction(context, context.params.function_id);
    // Deleting again while the deletion runs changes nothing.
    if (fn.status !== 'deleting') startDelete(context.state, fn, context.now);
    return { body: undefined };
  },

  pauseFunction: (context) => {
    const fn = findFunction(context, context.params.function_id);
    if (fn.status !== 'paused') {
      requireStatus(`function ${fn.name}`, fn.status, ['live', 'error'], 'pause');
      pause(context.state, fn, context.now, 'Paused by pauseFunction');
    }
    fn.pausedByCap = false;
    return { body: undefined };
  },

  resumeFunction: (context) => {
    const { state, now } = context;
    const fn = findFunction(context, context.params.function_id);
    if (fn.status === 'live' || fn.status === 'building') return { body: undefined };
    requireStatus(`function ${fn.name}`, fn.status, ['paused'], 'resume');
    if (capReached(state, now)) {
      throw conflict(
        `Function ${fn.name} cannot resume: this month's charges have reached the spend cap; raise the cap or switch it off`,
      );
    }
    if (fn.currentRevisionId === undefined) {
      throw conflict(`Function ${fn.name} has no deployed revision to resume; deploy it first`);
    }
    fn.pausedByCap = false;
    startRollout(state, fn, fn.currentRevisionId, now);
    return { body: undefined };
  },

  requestFunctionSourceUpload: (context) => {
    const fn = findFunction(context, context.params.function_id);
    requireStatus(`function ${fn.name}`, fn.status, LIVING, 'upload source for');
    const key = `fn-sources/${fn.shortId}/${randomTag(8)}.zip`;
    uploads(context.state).set(key, {
      functionId: fn.id,
      expiresAt: context.now + UPLOAD_SECONDS * 1000,
    });
    const signature = randomTag(24);
    return one({
      upload_url: `https://uploads.fn.onraff.com/${key}?X-Expires=${UPLOAD_SECONDS}&X-Signature=${signature}`,
      source_blob_key: key,
      expires_in_seconds: UPLOAD_SECONDS,
    });
  },

  getFunctionsUsage: (context) => {
    const ref = context.query.function_id;
    const only: FunctionRecord | undefined =
      ref === undefined ? undefined : findFunction(context, ref);
    return one(usageView(context.state, context.now, only));
  },

  getFunctionsSpendSettings: (context) =>
    one({ settings: spendSettingsView(context.state, context.now) }),

  updateFunctionsSpendSettings: (context) => {
    const { state, body, now } = context;
    const account = functionsAccount(state);
    if (body.enabled !== undefined) account.capEnabled = body.enabled;
    if (body.monthly_cap_usd !== undefined) account.capUsd = body.monthly_cap_usd;
    enforceCap(state, now);
    return one({ settings: spendSettingsView(state, now) });
  },

  listFunctionRuntimes: () => one({ runtimes: RUNTIMES.map((runtime) => ({ ...runtime })) }),

  getFunctionsPricing: () => one({ pricing: [{ ...FUNCTIONS_PRICE }] }),
} satisfies HandlerTable;

/** The statuses in which a function takes changes (not while it is being deleted). */
const LIVING: readonly FunctionRecord['status'][] = [
  'pending',
  'building',
  'live',
  'paused',
  'error',
];
