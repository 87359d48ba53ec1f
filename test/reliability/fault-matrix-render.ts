// The fault matrix as text: test titles, and the sections of docs/reliability.md.
import { FAULT_CASES, type FaultCase } from './fault-matrix.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The title of a row's test, a sentence. */
export function caseTitle(c: FaultCase): string {
  const ends =
    c.outcome === 'result'
      ? 'succeeds'
      : `fails with ${c.outcome}${c.status === undefined ? '' : ` ${c.status}`}`;
  const writes = c.created === undefined ? '' : `, leaving ${plural(c.created, 'backup')}`;
  const call = c.walk ? `${c.method} listAll` : c.method;
  const counted = plural(c.attempts, c.walk ? 'page request' : 'attempt');
  return `${call} with ${c.name} ${ends} after ${counted}${writes}`;
}

/** The matrix as the markdown table docs/reliability.md carries (column-aligned). */
export function renderFaultMatrix(cases: readonly FaultCase[] = FAULT_CASES): string {
  const header = ['case', 'via', 'method', 'outcome', 'attempts', 'duplicated writes', 'bound'];
  const rows = cases.map((c) => [
    `${c.name.replaceAll('|', '\\|')}${c.knownBug === undefined ? '' : ' †'}`,
    c.via,
    c.walk ? `${c.method} (listAll)` : c.method,
    c.outcome === 'result'
      ? 'result'
      : `\`${c.outcome}\`${c.status === undefined ? '' : ` ${c.status}`}`,
    String(c.attempts),
    c.created === undefined ? '— (read)' : `none (${plural(c.created, 'backup')} made)`,
    `${c.minMs === undefined ? '' : `≥ ${formatMs(c.minMs)}, `}< ${formatMs(c.boundMs)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * The known deviations docs/reliability.md carries: the rows marked `knownBug` (shown with † in
 * the table), grouped by bug.
 */
export function renderKnownDeviations(cases: readonly FaultCase[] = FAULT_CASES): string {
  const bugs = new Map<string, string[]>();
  for (const c of cases) {
    if (c.knownBug !== undefined) {
      bugs.set(c.knownBug, [...(bugs.get(c.knownBug) ?? []), `${c.method} with ${c.name}`]);
    }
  }
  if (bugs.size === 0) return 'None: every row behaves as the policy documents.';
  return [...bugs].map(([bug, rows]) => `- † ${rows.join('; ')} — today: ${bug}.`).join('\n');
}

function formatMs(ms: number): string {
  return ms >= 1_000 ? `${ms / 1_000} s` : `${ms} ms`;
}
