// What an engine says about itself: its version string (`SELECT version()`), the lines it logs
// when it starts and stops, and how its log lines look (getDatabaseLogs).
import { ENGINES } from './catalog.js';
import type { EngineEvent } from './contents.js';
import type { Engine } from './records.js';

/**
 * The full version an engine reports for a major version, e.g. `PostgreSQL 17.4 on x86_64…`.
 *
 * @internal
 */
export function versionString(engine: Engine, major: string): string {
  switch (engine) {
    case 'postgres':
      return `PostgreSQL ${major}.4 on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`;
    case 'mysql':
      return `${major}.4`;
    case 'valkey':
      return `${major}.1.1`;
    case 'clickhouse':
      return `${major}.2.39`;
    case 'kafka':
      return `${major}.0`;
  }
}

/**
 * The messages an engine logs as it comes up.
 *
 * @internal
 */
export function startupMessages(engine: Engine, major: string): string[] {
  const port = ENGINES[engine].privatePort;
  switch (engine) {
    case 'postgres':
      return [
        `starting ${versionString(engine, major)}`,
        'listening on IPv4 address "0.0.0.0", port 5432',
        'database system is ready to accept connections',
      ];
    case 'mysql':
      return [
        `/usr/sbin/mysqld (mysqld ${major}.4) starting as process 1`,
        `ready for connections. port: ${port}`,
      ];
    case 'valkey':
      return [`Valkey version=${major}.1.1, bits=64, started`, 'Ready to accept connections tls'];
    case 'clickhouse':
      return [`Starting ClickHouse ${major}.2.39`, 'Ready for connections.'];
    case 'kafka':
      return [`Kafka version: ${major}.0`, '[KafkaServer id=1] started'];
  }
}

/**
 * The message an engine logs when it is shut down.
 *
 * @internal
 */
export function shutdownMessage(engine: Engine): string {
  return engine === 'postgres'
    ? 'received smart shutdown request'
    : engine === 'valkey'
      ? 'User requested shutdown...'
      : 'Received shutdown request';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * One log line, formatted as the engine writes it.
 *
 * @internal
 */
export function logLine(engine: Engine, event: EngineEvent): string {
  const d = new Date(event.at);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  switch (engine) {
    case 'postgres':
      return `${date} ${time} UTC [1] ${event.level}:  ${event.message}`;
    case 'mysql':
      return `${date}T${time}Z 0 [${event.level === 'LOG' ? 'System' : event.level === 'ERROR' ? 'ERROR' : 'Warning'}] [Server] ${event.message}`;
    case 'valkey': {
      const mark = event.level === 'LOG' ? '*' : '#';
      return `1:M ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} ${mark} ${event.message}`;
    }
    case 'clickhouse':
      return `${date} ${time} [ 1 ] {} <${event.level === 'LOG' ? 'Information' : event.level === 'ERROR' ? 'Error' : 'Warning'}> Application: ${event.message}`;
    case 'kafka':
      return `[${date} ${time.replace('.', ',')}] ${event.level === 'LOG' ? 'INFO' : event.level === 'ERROR' ? 'ERROR' : 'WARN'} ${event.message} (kafka.server.KafkaServer)`;
  }
}
