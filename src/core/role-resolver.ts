import { RaffValidationError } from '../shared/errors.js';
import type { TextScrubber } from '../shared/redact.js';
import { serverText } from '../shared/server-text.js';
import type { RequestOptions } from './options.js';

/** How many role slugs an error message lists as choices. */
const MAX_CHOICES = 20;

/** The fields of a role that reference resolution needs. */
export interface ResolvableRole {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly scope: 'account' | 'project';
}

/**
 * Turns a role id or slug into a role, with one `GET /api/v1/roles` walk per client, cached.
 * A failed load is not cached, so the next call tries again. Slugs the server sent and the
 * reference the caller gave reach its messages only through `scrub` (see {@link serverText}).
 */
export class RoleResolver<R extends ResolvableRole> {
  readonly #load: (options: RequestOptions | undefined) => Promise<R[]>;
  readonly #scrub: TextScrubber | undefined;
  #roles: Promise<R[]> | undefined;

  /**
   * @param load - walks every role of the account (a walk that ends by itself: see `paginate`).
   * @param scrub - the client's scrubber (`config.secrets.scrub`); without it, messages are
   * scrubbed of `raff_…` tokens only.
   */
  constructor(
    load: (options: RequestOptions | undefined) => Promise<R[]>,
    scrub?: TextScrubber | undefined,
  ) {
    this.#load = load;
    this.#scrub = scrub;
  }

  /** Every role of the account (cached after the first call). */
  all(options?: RequestOptions): Promise<R[]> {
    if (this.#roles === undefined) {
      const loading = this.#load(options);
      this.#roles = loading;
      loading.catch(() => {
        if (this.#roles === loading) this.#roles = undefined;
      });
    }
    return this.#roles;
  }

  /**
   * The role with this id or slug, which must have the given scope.
   *
   * @throws {RaffValidationError} for an unknown reference or a role of the other scope; the
   * message lists the valid choices.
   */
  async resolve(
    ref: string,
    scope: 'account' | 'project',
    field: string,
    options?: RequestOptions,
  ): Promise<R> {
    if (typeof ref !== 'string' || ref === '') {
      throw new RaffValidationError(`Invalid ${field}: expected a role id or slug.`, [
        { path: [field], code: 'invalid_type', message: 'expected a role id or slug' },
      ]);
    }
    const roles = await this.all(options);
    const role = roles.find((candidate) => candidate.id === ref || candidate.slug === ref);
    const text = (value: unknown) => serverText(value, this.#scrub, 64);
    const choices = () => {
      const slugs = roles
        .filter((candidate) => candidate.scope === scope)
        .map((candidate) => candidate.slug)
        .sort();
      const shown = slugs.slice(0, MAX_CHOICES).map(text).join(', ');
      return slugs.length > MAX_CHOICES
        ? `${shown}, … and ${slugs.length - MAX_CHOICES} more`
        : shown;
    };
    if (role === undefined) {
      throw new RaffValidationError(
        `Unknown ${field} "${text(ref)}": use the id or slug of ${article(scope)} role (${choices()}).`,
        [{ path: [field], code: 'unknown_role', message: `no ${scope} role with this id or slug` }],
      );
    }
    if (role.scope !== scope) {
      throw new RaffValidationError(
        `${field} "${text(role.slug)}" is ${article(role.scope)} role; ` +
          `${field} takes ${article(scope)} role (${choices()}).`,
        [{ path: [field], code: 'wrong_scope', message: `expected a ${scope} role` }],
      );
    }
    return role;
  }

  /** Forgets the cache, e.g. after this client created, changed or deleted a role. */
  invalidate(): void {
    this.#roles = undefined;
  }
}

function article(scope: 'account' | 'project'): string {
  return scope === 'account' ? 'an account' : 'a project';
}
