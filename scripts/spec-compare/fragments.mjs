// --from-fragments: drafts divergence entries for operations added by `.work/spec/*.json`
// fragments (after the lead has merged them into openapi.json, or with --ours pointing at a
// merged copy). Each fragment records its deliberate differences as
// "x-divergences": [{ operationId, what, why }]; this pairs them with what the tool finds for
// that operation. The output is a draft for a person to check against the docs and paste into
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

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const operationOf = (key) => key.slice(0, key.indexOf(': '));

function groupBy(list, keyOf) {
  const groups = new Map();
  for (const item of list) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/**
 * results: [{ key, acceptedBy }] from evaluate(). Returns
 * - drafts: one entry per operation with recorded reasons and unaccepted differences;
 * - alreadyAccepted: recorded reasons whose operation's differences some entry accepts already;
 * - notCompared: recorded reasons with no difference found (enums, error responses, prose…);
 * - unexplained: unaccepted differences on operations no fragment explains (likely bugs).
 */
export function draftEntries(fragmentDivergences, results) {
  const byOp = groupBy(results, (r) => operationOf(r.key));
  const out = { drafts: [], alreadyAccepted: [], notCompared: [], unexplained: [] };
  const recorded = groupBy(fragmentDivergences, (d) => d.operationId);
  for (const [op, reasons] of recorded) {
    const found = byOp.get(op) ?? [];
    const open = found.filter((r) => r.acceptedBy.length === 0).map((r) => r.key);
    const what = reasons.map((d) => d.what);
    if (open.length) {
      out.drafts.push({
        id: kebab(op),
        why: reasons.map((d) => d.why).join(' '),
        what,
        differences: open,
      });
    } else if (found.length) {
      const by = [...new Set(found.flatMap((r) => r.acceptedBy))];
      out.alreadyAccepted.push({ operationId: op, what, by });
    } else out.notCompared.push({ operationId: op, what });
  }
  out.unexplained = results
    .filter((r) => r.acceptedBy.length === 0 && !recorded.has(operationOf(r.key)))
    .map((r) => r.key);
  return out;
}
