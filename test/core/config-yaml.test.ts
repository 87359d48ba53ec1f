import { describe, expect, it } from 'vitest';
import { type ConfigMapping, parseConfigYaml } from '../../src/core/config-yaml.js';
import { KEY } from '../support/client.js';

/** The error the parser makes: the line and the reason, as the caller gets them. */
class LineError extends Error {
  constructor(
    readonly line: number,
    why: string,
  ) {
    super(why);
  }
}

const parse = (text: string): ConfigMapping =>
  parseConfigYaml(text, (line, why) => new LineError(line, why));

function syntaxError(text: string): LineError {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(LineError);
    return error as LineError;
  }
  throw new Error('expected a syntax error');
}

const OUTSIDE = 'YAML raff-cli does not write, or an indentation that fits no line above';

describe('the reader of raff-cli’s config.yaml', () => {
  it('reads the file raff-cli writes (go-yaml, four-space indents)', () => {
    const text = [
      'current-profile: work',
      'profiles:',
      '    default:',
      '        api-url: https://api.rafftechnologies.com',
      `        api-key: ${KEY}`,
      '    work:',
      '        api-url: http://127.0.0.1:4010',
      '        api-key: ""',
      '        project-id: "12345"',
      '        account-id: acc-1',
      '',
    ].join('\n');
    expect(parse(text)).toEqual({
      'current-profile': 'work',
      profiles: {
        default: { 'api-url': 'https://api.rafftechnologies.com', 'api-key': KEY },
        work: {
          'api-url': 'http://127.0.0.1:4010',
          'api-key': '',
          'project-id': '12345',
          'account-id': 'acc-1',
        },
      },
    });
  });

  it('takes comments, blank lines, CRLF, a BOM, quoted names and values, {} and empty values', () => {
    const text =
      '\uFEFF# written by hand\r\n' +
      '\r\n' +
      "current-profile: 'ci' # the one CI uses\r\n" +
      'profiles:\r\n' +
      '  "ci":\r\n' +
      "    api-url: 'it''s'\r\n" +
      '    api-key:\r\n' +
      '    note: "tab\\there \\u00e9 \\"q\\" # not a comment" # a comment\r\n' +
      '    url: http://h/a#b # a # inside a plain value stays\r\n' +
      '  empty: {}\r\n' +
      '  bare:\r\n';
    expect(parse(text)).toEqual({
      'current-profile': 'ci',
      profiles: {
        ci: {
          'api-url': "it's",
          'api-key': null,
          note: 'tab\there é "q" # not a comment',
          url: 'http://h/a#b',
        },
        empty: {},
        bare: null,
      },
    });
  });

  it('keeps every plain scalar a string, as every setting is one', () => {
    expect(parse('a: 123\nb: true\nc: 1e3\nd: ~\ne: null')).toEqual({
      a: '123',
      b: 'true',
      c: '1e3',
      d: '~',
      e: 'null',
    });
  });

  it('reads an empty file as an empty mapping', () => {
    expect(parse('')).toEqual({});
    expect(parse('# nothing yet\n\n')).toEqual({});
  });

  it.each([
    ['a tab in the indentation', 'profiles:\n\tdefault: {}', 2, OUTSIDE],
    ['a sequence', 'profiles:\n  - default', 2, OUTSIDE],
    ['a flow mapping', 'profiles: { default: {} }', 1, OUTSIDE],
    ['a flow sequence', 'keys: [a, b]', 1, OUTSIDE],
    ['an anchor', 'a: &x 1', 1, OUTSIDE],
    ['an alias', 'a: *x', 1, OUTSIDE],
    ['a tag', 'a: !!str 1', 1, OUTSIDE],
    ['a block scalar', 'a: |\n  text', 1, OUTSIDE],
    ['a second document', 'a: 1\n---\nb: 2', 2, OUTSIDE],
    ['an unterminated quote', 'a: "open\nb: 2', 1, OUTSIDE],
    ['an escape JSON does not know', 'a: "\\x41"', 1, OUTSIDE],
    ['a raw tab inside double quotes', 'a: "x\ty"', 1, OUTSIDE],
    ['an indentation that fits no mapping', 'a:\n    b: 1\n  c: 2', 3, OUTSIDE],
    ['a value continued on the next line', 'a: one\n  two', 2, OUTSIDE],
    ['a line without a name', 'a: 1\njust text', 2, OUTSIDE],
    ['a colon inside a plain value', 'a: b: c', 1, OUTSIDE],
    ['text after a quoted value', 'a: "x" y', 1, OUTSIDE],
    ['a name given twice', 'a: 1\nb: 2\na: 3', 3, 'a name given twice'],
    ['a profile given twice', 'profiles:\n  w:\n    k: 1\n  w:\n    k: 2', 4, 'a name given twice'],
  ])('refuses %s, naming the line', (_, text, line, why) => {
    const error = syntaxError(text);
    expect({ line: error.line, why: error.message }).toEqual({ line, why });
  });

  it('never quotes the offending text in its message', () => {
    const error = syntaxError(`profiles:\n  default:\n    api-key: ${KEY}: oops`);
    expect(error.line).toBe(3);
    expect(error.message).not.toContain(KEY.slice(13, 30));
    const bare = syntaxError(`profiles:\n  ${KEY}`);
    expect(bare.message).not.toContain(KEY.slice(13, 30));
  });
});
