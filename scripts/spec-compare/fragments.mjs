// --from-fragments: drafts divergence entries from `.work/spec/*.json` fragments (after the lead
// has merged them into openapi.json, or with --ours pointing at a merged copy). Each fragment
// records its deliberate differences as "x-divergences": [{ operationId, what, why }]; this pairs
// every difference the tool finds, and no entry accepts yet, with the recorded reason of its
// operation that names what differs (the field, parameter, status or kind of rule), then drafts
// one entry per reason with the differences written compactly (`{a|b}` alternatives). The output
// is a draft for a person to regroup, check against the docs and paste into
// openapi.divergences.json; it is never written there by itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readFragmentDivergences(dir) {
  const found = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const fragment = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const d of fragment['x-divergences'] ?? []) found.push({ ...d, fragment: file });
  }
  return found;
}

const kebab = (s) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
const operationOf = (key) => key.slice(0, key.indexOf(': '));
const restOf = (key) => key.slice(key.indexOf(': ') + 2);

function groupBy(list, keyOf) {
  const groups = new Map();
  for (const item of list) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** The words a recorded `what` must mention to explain a difference key. */
function subjects(key) {
  const rest = restOf(key);
  const field = /field (\S+?):/.exec(rest)?.[1];
  const leaf = field
    ?.split(/[.[\]]+/)
    .filter(Boolean)
    .at(-1);
  if (/required in ours, optional in published$/.test(rest)) return ['required'];
  if (/additional properties/.test(rest)) return ['additionalProperties', 'additional'];
  const status = /^response (\w+): only in/.exec(rest)?.[1];
  if (status) return [status];
  const param = /^((?:path|query|header) \S+):/.exec(rest)?.[1];
  if (param) return [param];
  return leaf ? [leaf] : [];
}

/** The recorded reason of `key`'s operation whose `what` names what differs, if any. */
function reasonFor(key, reasons) {
  const words = subjects(key);
  return reasons.find((d) => words.some((w) => d.what.includes(w)));
}

/**
 * Writes keys compactly: operations sharing a difference become `{a|b}: …`, and differences of
 * the same operations that differ only in the last field name become `field x.{a|b}: …`.
 */
export function compact(keys) {
  const opsByRest = groupBy(keys, restOf);
  const byOps = groupBy([...opsByRest], ([, list]) => alternatives(list.map(operationOf)));
  const out = [];
  for (const [ops, rests] of byOps) {
    const fields = groupBy(
      rests.map(([rest]) => rest),
      (rest) => rest.replace(/field (\S*?)([A-Za-z0-9_]+):/, 'field $1\0:'),
    );
    for (const [shape, list] of fields) {
      if (!shape.includes('\0') || list.length === 1) {
        for (const rest of list) out.push(`${ops}: ${rest}`);
        continue;
      }
      const leaves = list.map((rest) => /field \S*?([A-Za-z0-9_]+):/.exec(rest)[1]);
      out.push(`${ops}: ${shape.replace('\0', alternatives(leaves))}`);
    }
  }
  return out;
}

const alternatives = (names) => {
  const unique = [...new Set(names)];
  return unique.length === 1 ? unique[0] : `{${unique.join('|')}}`;
};

/**
 * results: [{ key, acceptedBy }] from evaluate(). Returns
 * - drafts: one entry per recorded reason that explains differences no entry accepts yet;
 * - alreadyAccepted: recorded reasons whose operation's differences some entry accepts already;
 * - notCompared: recorded reasons with no difference found (descriptions, tags, which shared
 *   error component answers…: what the tool does not compare);
 * - unexplained: differences no entry accepts and no recorded reason names (likely bugs).
 */
export function draftEntries(fragmentDivergences, results) {
  const reasonsByOp = groupBy(fragmentDivergences, (d) => d.operationId);
  const open = results.filter((r) => r.acceptedBy.length === 0).map((r) => r.key);
  const explained = new Map();
  const unexplained = [];
  for (const key of open) {
    const reason = reasonFor(key, reasonsByOp.get(operationOf(key)) ?? []);
    if (reason === undefined) unexplained.push(key);
    else explained.set(reason, [...(explained.get(reason) ?? []), key]);
  }
  const out = { drafts: [], alreadyAccepted: [], notCompared: [], unexplained };
  for (const [why, reasons] of groupBy(fragmentDivergences, (d) => `${d.fragment}\0${d.why}`)) {
    const keys = reasons.flatMap((d) => explained.get(d) ?? []);
    if (keys.length === 0) continue;
    out.drafts.push({
      id: kebab(`${reasons[0].fragment.replace(/\.json$/, '')} ${reasons[0].what}`).slice(0, 48),
      why: why.split('\0')[1],
      what: [...new Set(reasons.map((d) => d.what))],
      differences: compact(keys),
    });
  }
  for (const d of fragmentDivergences) {
    if (explained.has(d)) continue;
    const found = results.filter((r) => operationOf(r.key) === d.operationId);
    if (found.some((r) => r.acceptedBy.length > 0)) {
      const by = [...new Set(found.flatMap((r) => r.acceptedBy))];
      out.alreadyAccepted.push({ operationId: d.operationId, what: d.what, by });
    } else out.notCompared.push({ operationId: d.operationId, what: d.what });
  }
  return out;
}
