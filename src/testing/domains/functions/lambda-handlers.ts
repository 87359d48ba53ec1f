// convertLambda: AWS Lambda source and settings turned into a Raff function's, stored nowhere.
// `adapter` keeps the code behind a shim (free, any account); `rewrite` stands for Raff's AI
// rewrite (a few free a month, then charged; only on an account that was topped up).
import type { components } from '../../../../generated/openapi.js';
import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { one } from '../../server/replies.js';
import { FUNCTIONS_PRICE } from './catalog.js';
import { requireFunctionsUnlocked } from './lookup.js';
import { type FunctionRuntime, functionsAccount, type SourceFile } from './records.js';
import { rollOver } from './usage.js';

type Request = components['schemas']['ConvertLambdaRequest'];

const REWRITE_LIMIT = 64 * 1024;
const REWRITE_LOCKED = 'AI rewrite needs a funded account; use mode "adapter" or top up first';

function runtimeOf(lambdaRuntime: string): FunctionRuntime {
  if (/^python3\.\d+$/.test(lambdaRuntime)) return 'python';
  if (/^nodejs\d+\.x$/.test(lambdaRuntime)) return 'node';
  if (lambdaRuntime === 'go1.x' || /^provided\.al2(023)?$/.test(lambdaRuntime)) return 'go';
  throw badRequest(
    `lambda_runtime ${lambdaRuntime} cannot be converted: use a python3.x, nodejs*.x, go1.x or provided.al2 Lambda`,
  );
}

const SHIMS: Readonly<Record<'python' | 'node' | 'go', (handler: string) => SourceFile>> = {
  python: (handler) => {
    const [module = 'lambda_function', fn = 'lambda_handler'] = handler.split('.');
    return {
      name: 'raff_adapter.py',
      content: `from ${module} import ${fn} as handler\n# Builds an API Gateway v2 event per request and answers with the handler's result.\n`,
    };
  },
  node: (handler) => {
    const [module = 'index', fn = 'handler'] = handler.split('.');
    return {
      name: 'raff-adapter.mjs',
      content: `import { ${fn} as handler } from './${module}.mjs';\n// Builds an API Gateway v2 event per request and answers with the handler's result.\nexport default { fetch: (request) => handler.call(null, request) };\n`,
    };
  },
  go: () => ({
    name: 'raff_adapter.go',
    content:
      'package main\n\n// Serves the Lambda handler over net/http with API Gateway v2 events.\n',
  }),
};

/** An EventBridge schedule expression as a five-field cron expression, if it is one. */
function cronOf(expression: string): string | undefined {
  const rate = /^rate\((\d+)\s+(minute|minutes|hour|hours|day|days)\)$/.exec(expression.trim());
  if (rate !== null) {
    const n = Number(rate[1]);
    if (rate[2]?.startsWith('minute')) return n === 1 ? '* * * * *' : `*/${n} * * * *`;
    if (rate[2]?.startsWith('hour')) return n === 1 ? '0 * * * *' : `0 */${n} * * *`;
    return n === 1 ? '0 0 * * *' : `0 0 */${n} * *`;
  }
  const cron = /^cron\((.+)\)$/.exec(expression.trim());
  const fields = cron?.[1]?.split(/\s+/);
  if (fields?.length !== 6) return undefined;
  // AWS: minutes hours day-of-month month day-of-week year, with `?` for "any".
  return fields
    .slice(0, 5)
    .map((field) => (field === '?' ? '*' : field))
    .join(' ');
}

/** Every `ScheduleExpression` in the trigger configuration, as createFunctionTrigger bodies. */
function proposedTriggers(config: string | undefined, warnings: string[]): string[] {
  if (config === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(config);
  } catch {
    throw badRequest('trigger_config_json is not valid JSON');
  }
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) {
        if (name === 'ScheduleExpression' && typeof inner === 'string') {
          const cron = cronOf(inner);
          if (cron === undefined)
            warnings.push(`Schedule ${inner} has no cron equivalent; add a trigger by hand`);
          else found.push(JSON.stringify({ trigger_type: 'cron', cron_expression: cron }));
        } else visit(inner);
      }
    }
  };
  visit(parsed);
  return found;
}

function raffToml(body: Request): string {
  const lines = [
    `memory_mb = ${body.memory_mb ?? 256}`,
    `timeout_seconds = ${body.timeout_seconds ?? 300}`,
  ];
  const vars = Object.entries(body.env_vars ?? {});
  if (vars.length > 0) {
    lines.push('', '[env]', ...vars.map(([key, value]) => `${key} = ${JSON.stringify(value)}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The Lambda import.
 *
 * @internal
 */
export const LAMBDA_HANDLERS = {
  convertLambda: (context) => {
    const { state, body, now } = context;
    const runtime = runtimeOf(body.lambda_runtime) as 'python' | 'node' | 'go';
    const mode = body.mode ?? 'rewrite';
    if (body.files.length === 0) throw badRequest('files must hold the Lambda source');
    const account = functionsAccount(state);
    rollOver(state, now);
    const warnings: string[] = [];
    const outOfScope = ['IAM role: use a binding for database or bucket access'];
    const triggersFound = proposedTriggers(body.trigger_config_json, warnings);
    if (/"(S3|s3)"|"Bucket"/.test(body.trigger_config_json ?? '')) {
      outOfScope.push('S3 notifications: add an s3 trigger on the bucket instead');
    }
    for (const [key, value] of Object.entries(body.env_vars ?? {})) {
      if (value.startsWith('arn:aws:'))
        warnings.push(`${key} holds an AWS ARN, which Raff cannot reach`);
    }
    const handler =
      body.handler ?? (runtime === 'python' ? 'lambda_function.lambda_handler' : 'index.handler');
    let files: SourceFile[];
    let charged = false;
    if (mode === 'rewrite') {
      requireFunctionsUnlocked(state, REWRITE_LOCKED);
      const size = body.files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
      if (size > REWRITE_LIMIT) {
        throw badRequest(
          `rewrite takes at most 64 KB of source (got ${size} bytes); use mode "adapter"`,
        );
      }
      account.aiConversions += 1;
      charged = account.aiConversions > FUNCTIONS_PRICE.free_ai_conversions;
      const entry: SourceFile =
        runtime === 'python'
          ? {
              name: 'main.py',
              content: `# Rewritten from ${handler} as an ASGI app.\nasync def app(scope, receive, send):\n    ...\n`,
            }
          : runtime === 'node'
            ? {
                name: 'index.mjs',
                content: `// Rewritten from ${handler} as a fetch handler.\nexport default { async fetch(request) { return new Response('ok'); } };\n`,
              }
            : { name: 'main.go', content: '// Rewritten as a net/http handler.\npackage main\n' };
      files = [entry, ...body.files.map((file) => ({ ...file }))];
      warnings.push(
        `The handler's event parsing was rewritten for plain HTTP requests: check ${handler}`,
      );
    } else {
      files = [...body.files.map((file) => ({ ...file })), SHIMS[runtime](handler)];
    }
    return one({
      runtime,
      converted_files: files,
      raff_toml: raffToml(body),
      proposed_triggers: triggersFound,
      warnings,
      out_of_scope: outOfScope,
      free_remaining_month: Math.max(
        0,
        FUNCTIONS_PRICE.free_ai_conversions - account.aiConversions,
      ),
      conversion_price: FUNCTIONS_PRICE.price_per_ai_conversion,
      charged,
    });
  },
} satisfies HandlerTable;
