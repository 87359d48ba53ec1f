// The PostgreSQL extensions a managed database may install. New databases come with
// pg_stat_statements, which getDatabaseSlowQueries reads.
import type { components } from '../../../../generated/openapi.js';

type Extension = components['schemas']['DatabaseExtension'];

/**
 * The installable extensions: name, display name, what it does, the version it installs.
 *
 * @internal
 */
export const EXTENSIONS: readonly (readonly [
  name: string,
  display: string,
  about: string,
  version: string,
])[] = [
  [
    'pg_stat_statements',
    'pg_stat_statements',
    'Counts and times every normalized statement.',
    '1.11',
  ],
  ['pgcrypto', 'pgcrypto', 'Hashing and encryption functions.', '1.3'],
  ['uuid-ossp', 'uuid-ossp', 'Functions that generate UUIDs.', '1.1'],
  ['pg_trgm', 'pg_trgm', 'Trigram matching for fuzzy text search.', '1.6'],
  ['citext', 'citext', 'A case-insensitive text type.', '1.6'],
  ['hstore', 'hstore', 'Key-value pairs in a single column.', '1.8'],
  ['postgis', 'PostGIS', 'Geographic objects and spatial queries.', '3.5.2'],
  ['vector', 'pgvector', 'Vector similarity search for embeddings.', '0.8.0'],
];

/**
 * What a new PostgreSQL database has installed.
 *
 * @internal
 */
export const DEFAULT_EXTENSIONS: ReadonlyMap<string, string> = new Map([
  ['pg_stat_statements', '1.11'],
]);

/**
 * The catalog, with what is installed (name → version).
 *
 * @internal
 */
export function extensionViews(installed: ReadonlyMap<string, string>): Extension[] {
  return EXTENSIONS.map(([name, display_name, description]) => ({
    name,
    display_name,
    description,
    installed: installed.has(name),
    version: installed.get(name) ?? '',
  }));
}
