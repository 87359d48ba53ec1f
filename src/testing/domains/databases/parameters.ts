// The engine settings of a database: what listDatabaseParameters shows (from the plan, an
// `engine_config` override or the engine's default), which settings createDatabase may override,
// and the override that keeps an engine from starting (a memory setting above the plan's memory).
import type { components } from '../../../../generated/openapi.js';
import { badRequest } from '../../server/errors.js';
import { memoryBytes, type Plan } from './catalog.js';
import type { Engine } from './records.js';

type Parameter = components['schemas']['DatabaseParameter'];

/** How a setting's value is written: a count, a size in `unitBytes`, a duration or free text. */
type Kind = 'count' | 'memory' | 'ms' | 's' | 'text';

interface Setting {
  readonly name: string;
  readonly kind: Kind;
  /** For memory settings: bytes per unit of the value (`8kB` pages: 8192). */
  readonly unitBytes?: number;
  readonly unit: string;
  readonly engineDefault: string;
  /** The value the plan sets, when the plan decides it. */
  readonly fromPlan?: (plan: Plan) => string;
}

const KB = 1024;
const pages = (bytes: number, size: number) => String(Math.floor(bytes / size));

const SETTINGS: Readonly<Record<Engine, readonly Setting[]>> = {
  postgres: [
    {
      name: 'max_connections',
      kind: 'count',
      unit: '',
      engineDefault: '100',
      fromPlan: (p) => String(p.max_connections),
    },
    {
      name: 'shared_buffers',
      kind: 'memory',
      unitBytes: 8 * KB,
      unit: '8kB',
      engineDefault: '16384',
      fromPlan: (p) => pages(memoryBytes(p) / 4, 8 * KB),
    },
    {
      name: 'effective_cache_size',
      kind: 'memory',
      unitBytes: 8 * KB,
      unit: '8kB',
      engineDefault: '524288',
      fromPlan: (p) => pages((memoryBytes(p) * 3) / 4, 8 * KB),
    },
    { name: 'work_mem', kind: 'memory', unitBytes: KB, unit: 'kB', engineDefault: '4096' },
    { name: 'statement_timeout', kind: 'ms', unit: 'ms', engineDefault: '0' },
    { name: 'log_min_duration_statement', kind: 'ms', unit: 'ms', engineDefault: '-1' },
    { name: 'timezone', kind: 'text', unit: '', engineDefault: 'UTC' },
  ],
  mysql: [
    {
      name: 'max_connections',
      kind: 'count',
      unit: '',
      engineDefault: '151',
      fromPlan: (p) => String(p.max_connections),
    },
    {
      name: 'innodb_buffer_pool_size',
      kind: 'memory',
      unitBytes: 1,
      unit: 'B',
      engineDefault: '134217728',
      fromPlan: (p) => pages(memoryBytes(p) * 0.7, 1),
    },
    { name: 'wait_timeout', kind: 's', unit: 's', engineDefault: '28800' },
    { name: 'long_query_time', kind: 's', unit: 's', engineDefault: '10' },
  ],
  valkey: [
    {
      name: 'maxmemory',
      kind: 'memory',
      unitBytes: 1,
      unit: 'B',
      engineDefault: '0',
      fromPlan: (p) => pages(memoryBytes(p) * 0.75, 1),
    },
    { name: 'maxmemory-policy', kind: 'text', unit: '', engineDefault: 'noeviction' },
    { name: 'timeout', kind: 's', unit: 's', engineDefault: '0' },
  ],
  clickhouse: [
    {
      name: 'max_memory_usage',
      kind: 'memory',
      unitBytes: 1,
      unit: 'B',
      engineDefault: '0',
      fromPlan: (p) => pages(memoryBytes(p) * 0.8, 1),
    },
    {
      name: 'max_threads',
      kind: 'count',
      unit: '',
      engineDefault: '0',
      fromPlan: (p) => String(p.vcpu),
    },
  ],
  kafka: [
    { name: 'num.partitions', kind: 'count', unit: '', engineDefault: '1' },
    { name: 'log.retention.hours', kind: 'count', unit: 'h', engineDefault: '168' },
    { name: 'message.max.bytes', kind: 'count', unit: 'B', engineDefault: '1048588' },
  ],
};

const SIZE = /^(\d+)\s*(B|kB|KB|MB|GB|TB)?$/;
const UNIT_BYTES: Readonly<Record<string, number>> = {
  B: 1,
  kB: KB,
  KB,
  MB: KB ** 2,
  GB: KB ** 3,
  TB: KB ** 4,
};

/** Bytes of a memory value such as `8MB`, `1GB` or a bare count of the setting's units. */
function bytesOf(setting: Setting, value: string): number | undefined {
  const match = SIZE.exec(value.trim());
  if (match === null) return undefined;
  const unit = match[2];
  return (
    Number(match[1]) * (unit === undefined ? (setting.unitBytes ?? 1) : (UNIT_BYTES[unit] ?? 1))
  );
}

function checkValue(engine: Engine, setting: Setting, value: string): void {
  const fine =
    setting.kind === 'text'
      ? value.trim() !== ''
      : setting.kind === 'memory'
        ? bytesOf(setting, value) !== undefined
        : /^-?\d+$/.test(value.trim());
  if (!fine) {
    const hint = setting.kind === 'memory' ? 'a size such as 8MB or 1GB' : 'a whole number';
    throw badRequest(`engine_config.${setting.name} must be ${hint} for ${engine}; got "${value}"`);
  }
}

/**
 * Checks `engine_config` of a create: only the engine's settings, each with a value of its kind.
 *
 * @throws {HttpError} 400 naming the setting.
 * @internal
 */
export function checkEngineConfig(engine: Engine, config: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(config)) {
    const setting = SETTINGS[engine].find((s) => s.name === name);
    if (setting === undefined) {
      const allowed = SETTINGS[engine].map((s) => s.name).join(', ');
      throw badRequest(`engine_config.${name} cannot be set on ${engine}; allowed: ${allowed}`);
    }
    checkValue(engine, setting, value);
  }
}

/**
 * Why the engine will not start on `plan` with these overrides (a memory setting larger than the
 * plan's memory), or `undefined` when it will.
 *
 * @internal
 */
export function startFailure(
  engine: Engine,
  plan: Plan,
  config: Readonly<Record<string, string>>,
): string | undefined {
  const memory = memoryBytes(plan);
  for (const [name, value] of Object.entries(config)) {
    const setting = SETTINGS[engine].find((s) => s.name === name);
    if (setting?.kind !== 'memory') continue;
    const bytes = bytesOf(setting, value) ?? 0;
    if (bytes > memory) {
      return `The engine did not start: ${name} (${value}) is larger than the plan's memory (${memory / 2 ** 20} MiB)`;
    }
  }
  return undefined;
}

/**
 * The settings in effect on a database of `engine` on `plan` with these overrides.
 *
 * @internal
 */
export function parametersOf(
  engine: Engine,
  plan: Plan,
  config: Readonly<Record<string, string>>,
): Parameter[] {
  return SETTINGS[engine].map((setting) => {
    const override = config[setting.name];
    const [value, source]: [string, Parameter['source']] =
      override !== undefined
        ? [override, 'override']
        : setting.fromPlan === undefined
          ? [setting.engineDefault, 'engine']
          : [setting.fromPlan(plan), 'plan'];
    return {
      name: setting.name,
      value,
      default_value: setting.engineDefault,
      source,
      unit: setting.unit,
    };
  });
}
