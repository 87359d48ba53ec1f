// spec:compare, run in this process through the function its command line wraps (one case runs
// the command line itself, for its exit codes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run as specCompare } from '../../scripts/spec-compare/run.mjs';

const script = fileURLToPath(new URL('../../scripts/spec-compare.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'spec-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown>;
let counter = 0;

function write(name: string, content: string | Json | Json[]): string {
  const file = join(dir, `${counter++}-${name}`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** A one-operation document: GET /api/v1/vms/{id} answering `schema` with 200. */
function getVmSpec(openapi: string, schema: Json, parameters: Json[] = [], components: Json = {}) {
  return {
    openapi,
    info: { title: 'fixture', version: '1' },
    paths: {
      '/api/v1/vms/{id}': {
        get: {
          operationId: 'getVM',
          // Our side is read through the generator's model, which needs the SDK method.
          'x-raff-sdk-method': 'vms.get',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            ...parameters,
          ],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema } } },
          },
        },
      },
    },
    components,
  };
}

const envelope = (data: Json): Json => ({
  type: 'object',
  required: ['success', 'data'],
  properties: { success: { type: 'boolean' }, data },
});

const projectHeader = (required: boolean): Json => ({
  name: 'X-Project-ID',
  in: 'header',
  required,
  schema: { type: 'string', format: 'uuid' },
});

interface Run {
  status: number | null;
  stdout: string;
  report: { results: { key: string; acceptedBy: string[] }[]; ok: boolean } | null;
}

/** Arguments for one comparison; `CI` is `false` unless a case sets it. */
function compareArgs(published: string, ours: string, divergences: Json[], json: boolean) {
  const args = [published, '--ours', ours, '--divergences', write('div.json', divergences)];
  return json ? [...args, '--json'] : args;
}

function compare(
  published: string,
  ours: string,
  divergences: Json[] = [],
  json = false,
  env: Record<string, string> = { CI: 'false' },
): Run {
  const run = specCompare(compareArgs(published, ours, divergences, json), { env });
  return {
    status: run.status,
    stdout: run.stdout + run.stderr,
    report: json && run.status !== 2 ? JSON.parse(run.stdout) : null,
  };
}

const keysOf = (run: Run) => run.report?.results.map((r) => r.key) ?? [];

// The published side wants X-Project-ID on getVM; ours makes it optional.
const published = write(
  'published.json',
  getVmSpec('3.0.3', envelope({ type: 'object' }), [projectHeader(true)]),
);
const ours = write(
  'ours.json',
  getVmSpec('3.1.0', envelope({ type: 'object' }), [projectHeader(false)]),
);
const headerKey = 'getVM: header X-Project-ID: required in published, optional in ours';

describe('spec:compare', () => {
  it('fails and lists the difference when no divergence entry accepts it, as a command exiting 1', () => {
    const cli = spawnSync(process.execPath, [script, ...compareArgs(published, ours, [], false)], {
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('1 differences, 1 not accepted');
    expect(cli.stdout).toContain(headerKey);
    const inProcess = compare(published, ours);
    expect(inProcess.status).toBe(1);
    expect(inProcess.stdout).toContain(`    ${headerKey}\n`);
  });

  it('passes when every difference is matched by an entry, by exact key or by glob', () => {
    const glob = '*: header X-Project-ID: required in published, optional in ours';
    const run = compare(published, ours, [
      { id: 'exact', why: 'docs', differences: [headerKey] },
      { id: 'glob', why: 'docs', differences: [glob] },
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 differences, all accepted');
    expect(run.stdout).toContain('exact: 1');
    expect(run.stdout).toContain('glob: 1');
  });

  it('fails when an entry pattern matches no difference any more', () => {
    const entries = [
      { id: 'header', why: 'docs', differences: [headerKey] },
      { id: 'gone', why: 'docs', differences: ['getVM: query project_id: only in published'] },
    ];
    const run = compare(published, ours, entries);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('all accepted');
    expect(run.stdout).toContain('gone: getVM: query project_id: only in published');
  });

  it('skips with exit code 0 when the published spec file does not exist outside CI', () => {
    const missing = join(dir, 'no-such-openapi.yaml');
    const run = compare(missing, ours);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`spec:compare: ${missing} not found, skipped\n`);
  });

  it('fails under CI when the published spec file does not exist', () => {
    const missing = join(dir, 'no-such-openapi.yaml');
    for (const ci of ['true', '1']) {
      const run = compare(missing, ours, [], false, { CI: ci });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`${missing} not found; under CI`);
      expect(run.stdout).not.toContain('skipped');
    }
  });

  it('treats OpenAPI 3.0 nullable and 3.1 null types as the same type, through $ref and allOf', () => {
    const published30 = write(
      'published.yaml',
      [
        'openapi: 3.0.3',
        'info: { title: fixture, version: "1" }',
        'paths:',
        '  /api/v1/vms/{id}:',
        '    get:',
        '      operationId: getVM',
        '      parameters:',
        '        - { name: id, in: path, required: true, schema: { type: string } }',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content:',
        '            application/json:',
        '              schema:',
        '                type: object',
        '                properties:',
        '                  data:',
        '                    nullable: true',
        "                    allOf: [{ $ref: '#/components/schemas/Tag' }]",
        '                  ip: { type: string, nullable: true }',
        'components:',
        '  schemas:',
        '    Tag: { type: object, properties: { name: { type: string, nullable: true } } }',
      ].join('\n'),
    );
    const ours31 = write(
      'ours.json',
      getVmSpec(
        '3.1.0',
        {
          type: 'object',
          properties: {
            data: { oneOf: [{ $ref: '#/components/schemas/Tag' }, { type: 'null' }] },
            ip: { type: ['string', 'null'] },
          },
        },
        [],
        {
          schemas: { Tag: { type: 'object', properties: { name: { type: ['string', 'null'] } } } },
        },
      ),
    );
    const run = compare(published30, ours31, [], true);
    expect(keysOf(run)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('names a required-ness change deep in nested arrays with a dotted path', () => {
    const tags = (required: string[]): Json => ({
      type: 'object',
      properties: {
        tags: {
          type: 'array',
          items: { type: 'object', required, properties: { priority: { type: 'integer' } } },
        },
      },
    });
    const pub = write('published.json', getVmSpec('3.0.3', envelope(tags([]))));
    const our = write('ours.json', getVmSpec('3.1.0', envelope(tags(['priority']))));
    const run = compare(pub, our, [], true);
    expect(keysOf(run)).toEqual([
      'getVM: response 200 field data.tags[].priority: required in ours, optional in published',
    ]);
    expect(run.status).toBe(1);
  });

  it('keys operation-level differences by METHOD and path', () => {
    const pubDoc = getVmSpec('3.0.3', envelope({ type: 'object' }));
    const ourDoc = getVmSpec('3.1.0', envelope({ type: 'object' }));
    ourDoc.paths['/api/v1/vms/{id}'].get.operationId = 'fetchVM';
    const withExtra = { ...pubDoc, paths: { ...pubDoc.paths, '/api/v1/foo': { get: {} } } };
    const run = compare(write('published.json', withExtra), write('ours.json', ourDoc), [], true);
    expect(keysOf(run)).toEqual([
      'GET /api/v1/vms/{id}: operationId getVM in published, fetchVM in ours',
      'GET /api/v1/foo: operation only in published',
    ]);
  });

  it('reports integer and number as different types', () => {
    const pub = write('published.json', getVmSpec('3.0.3', envelope({ type: 'integer' })));
    const our = write('ours.json', getVmSpec('3.1.0', envelope({ type: 'number' })));
    expect(keysOf(compare(pub, our, [], true))).toEqual([
      'getVM: response 200 field data: type integer in published, number in ours',
    ]);
  });

  it('compares the rules a request must keep and the values a response may take', () => {
    const name = (rules: Json): Json => ({ type: 'object', properties: { name: rules } });
    const pubDoc = getVmSpec(
      '3.0.3',
      envelope({ type: 'object', properties: { status: { type: 'string', enum: ['a', 'b'] } } }),
      [
        {
          name: 'limit',
          in: 'query',
          schema: { type: 'integer', minimum: 1, exclusiveMaximum: true, maximum: 200 },
        },
      ],
    );
    const ourDoc = getVmSpec(
      '3.1.0',
      envelope({ type: 'object', properties: { status: { type: 'string', enum: ['a', 'c'] } } }),
      [
        {
          name: 'limit',
          in: 'query',
          schema: { type: 'integer', minimum: 1, exclusiveMaximum: 101 },
        },
      ],
    );
    const pubPut = {
      operationId: 'renameVM',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: { content: { 'application/json': { schema: name({ type: 'string' }) } } },
      responses: { '204': { description: 'ok' } },
    };
    const ourPut = {
      ...pubPut,
      'x-raff-sdk-method': 'vms.rename',
      requestBody: {
        content: {
          'application/json': {
            schema: {
              ...name({ type: 'string', minLength: 1, pattern: '^[a-z]{2,30}$' }),
              additionalProperties: false,
            },
          },
        },
      },
    };
    const withPut = (doc: Json, put: Json) => {
      const paths = doc.paths as Record<string, Json>;
      return {
        ...doc,
        paths: { ...paths, '/api/v1/vms/{id}': { ...paths['/api/v1/vms/{id}'], put } },
      };
    };
    const run = compare(
      write('published.json', withPut(pubDoc, pubPut)),
      write('ours.json', withPut(ourDoc, ourPut)),
      [],
      true,
    );
    expect(keysOf(run)).toEqual([
      'getVM: query limit: exclusiveMaximum 200 in published, 101 in ours',
      'getVM: response 200 field data.status: enum value "c" only in ours',
      'getVM: response 200 field data.status: enum value "b" only in published',
      'renameVM: request body: additional properties refused in ours, allowed in published',
      'renameVM: request body field name: pattern none in published, ^[a-z]{2,30}$ in ours',
      'renameVM: request body field name: minLength none in published, 1 in ours',
    ]);
  });

  it('lists the error statuses only one document declares, and reads a $ref with siblings as both', () => {
    const tag = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
    const pubDoc = getVmSpec('3.0.3', envelope({ $ref: '#/components/schemas/Tag' }), [], {
      schemas: { Tag: tag },
    });
    const ourDoc = getVmSpec(
      '3.1.0',
      envelope({ $ref: '#/components/schemas/Tag', description: 'The tag.' }),
      [],
      {
        schemas: { Tag: tag },
      },
    );
    const get = (doc: Json) =>
      (doc.paths as Record<string, Record<string, Json>>)['/api/v1/vms/{id}']?.get as Json;
    Object.assign(get(pubDoc).responses as Json, { '401': { description: 'no key' } });
    Object.assign(get(ourDoc).responses as Json, {
      '404': { description: 'none' },
      default: { description: 'other' },
    });
    const run = compare(write('published.json', pubDoc), write('ours.json', ourDoc), [], true);
    expect(keysOf(run)).toEqual([
      'getVM: response 401: only in published',
      'getVM: response 404: only in ours',
      'getVM: response default: only in ours',
    ]);
  });

  it('accepts {a|b} alternatives in a pattern and calls each alternative that matches nothing stale', () => {
    const codes = (doc: Json, extra: Json) => {
      const get = (doc.paths as Record<string, Record<string, Json>>)['/api/v1/vms/{id}']
        ?.get as Json;
      Object.assign(get.responses as Json, extra);
      return doc;
    };
    const pub = write('published.json', getVmSpec('3.0.3', envelope({ type: 'object' })));
    const our = write(
      'ours.json',
      codes(getVmSpec('3.1.0', envelope({ type: 'object' })), {
        '404': { description: 'x' },
        '429': { description: 'y' },
      }),
    );
    const accepted = compare(pub, our, [
      { id: 'errors', why: 'docs', differences: ['getVM: response {404|429}: only in ours'] },
    ]);
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toContain('errors: 2');
    // Braces without `|` are literal, as in a regex quantifier: `x{2,30}` is one pattern.
    const stale = compare(pub, our, [
      { id: 'errors', why: 'docs', differences: ['getVM: response {404|409|429}: only in ours'] },
      { id: 'literal', why: 'docs', differences: ['x{2,30}'] },
    ]);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('all accepted');
    expect(stale.stdout).toContain('errors: getVM: response 409: only in ours');
    expect(stale.stdout).not.toContain('errors: getVM: response 404');
    expect(stale.stdout).toContain('literal: x{2,30}');
  });

  it('drafts entries from fragment x-divergences, one per recorded reason, in compact patterns', () => {
    const fields = (required: string[]): Json =>
      envelope({
        type: 'object',
        required,
        properties: { id: { type: 'string' }, name: { type: 'string' } },
      });
    const pub = write('published.json', getVmSpec('3.0.3', fields([])));
    const our = write(
      'ours.json',
      getVmSpec('3.1.0', fields(['id', 'name']), [projectHeader(false)]),
    );
    const fragments = mkdtempSync(join(dir, 'fragments-'));
    writeFileSync(
      join(fragments, 'vms.json'),
      JSON.stringify({
        'x-divergences': [
          {
            operationId: 'getVM',
            what: 'response fields required in ours: id, name',
            why: 'Always sent.',
          },
          { operationId: 'getVM', what: 'tag Servers (Raff: VMs)', why: 'Our grouping.' },
        ],
      }),
    );
    const run = specCompare(
      [pub, '--ours', our, '--divergences', write('div.json', []), '--from-fragments', fragments],
      { env: { CI: 'false' } },
    );
    expect(run.status).toBe(0);
    const draft = JSON.parse(run.stdout);
    expect(draft.drafts).toEqual([
      {
        id: 'vms-response-fields-required-in-ours-id-name',
        why: 'Always sent.',
        what: ['response fields required in ours: id, name'],
        differences: [
          'getVM: response 200 field data.{id|name}: required in ours, optional in published',
        ],
      },
    ]);
    expect(draft.unexplained).toEqual(['getVM: header X-Project-ID: only in ours']);
    expect(draft.notCompared).toEqual([{ operationId: 'getVM', what: 'tag Servers (Raff: VMs)' }]);
  });
});
