/**
 * A reader for the YAML that raff-cli writes to `~/.raff/config.yaml` (go-yaml's output of a map
 * of maps of strings), and nothing more: `name: value` lines, mappings nested by spaces, values
 * plain, `'single'`- or `"double"`-quoted on one line (JSON's escapes), `{}` for an empty mapping,
 * comments and blank lines. Anything else YAML allows (sequences, flow collections, anchors,
 * tags, block scalars, documents, multi-line values, tabs) is an error naming the line.
 *
 * Why not a YAML library: a full one costs about 30 KB min+gzip, and every Lambda handler built
 * on the client would carry it; this costs a few hundred bytes. Values stay strings (`123` and
 * `true`, `~` and `null` included: every setting is a string); a name with no value is `null`. No message quotes the file's text: a value may be a key.
 */

/** A mapping of raff-cli's config file: names to strings, `null` or nested mappings. */
export interface ConfigMapping {
  [name: string]: ConfigValue;
}

/** One value of the config file. */
export type ConfigValue = string | null | ConfigMapping;

/**
 * Makes the error for line `line` (1-based) of the file, with what is wrong in words.
 *
 * @internal
 */
export type ConfigSyntaxError = (line: number, why: string) => Error;

// A scalar: double-quoted (JSON's escapes, so that JSON.parse reads it), single-quoted, or plain.
// A plain one does not start with a YAML indicator and ends before `: ` (a name) or ` #` (a
// comment).
const SCALAR = `"(?:[^"\\\\\\x00-\\x1f]|\\\\["\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*"|'(?:[^']|'')*'|[^\\s#'"{}[\\]&*!|>%@\`,?:-](?:[^:#]|:(?=\\S)|(?<=\\S)#)*`;
const LINE = new RegExp(`^( *)(${SCALAR}):(?:[ \\t]+(\\{\\}|${SCALAR}))?[ \\t]*(?:(?<=\\s)#.*)?$`);

/**
 * Parses the text of raff-cli's config file.
 *
 * @throws what `syntaxError` makes, at the first line outside the subset.
 * @internal
 */
export function parseConfigYaml(text: string, syntaxError: ConfigSyntaxError): ConfigMapping {
  const root: ConfigMapping = {};
  // The open mappings, innermost first, each with the indentation of its names.
  const open = [{ indent: 0, map: root }];
  // A name whose value may be a mapping on the lines below it.
  let pending: { indent: number; map: ConfigMapping; name: string } | undefined;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (/^ *(#|$)/.test(line)) return;
      const fail = (why: string) => syntaxError(index + 1, why);
      const match = LINE.exec(line);
      const indent = match?.[1]?.length ?? -1;
      if (pending && indent > pending.indent) {
        const map: ConfigMapping = {};
        pending.map[pending.name] = map;
        open.unshift({ indent, map });
      }
      pending = undefined;
      while (open.length > 1 && indent < (open[0] as (typeof open)[0]).indent) open.shift();
      const { map, indent: expected } = open[0] as (typeof open)[0];
      if (!match || indent !== expected) {
        throw fail('YAML raff-cli does not write, or an indentation that fits no line above');
      }
      const name = unquote(match[2]) as string;
      if (Object.hasOwn(map, name)) throw fail('a name given twice');
      map[name] = match[3] === '{}' ? {} : unquote(match[3]);
      if (match[3] === undefined) pending = { indent, map, name };
    });
  return root;
}

function unquote(scalar: string | undefined): string | null {
  if (scalar?.[0] === "'") return scalar.slice(1, -1).replaceAll("''", "'");
  return scalar?.[0] === '"' ? (JSON.parse(scalar) as string) : (scalar?.trimEnd() ?? null);
}
