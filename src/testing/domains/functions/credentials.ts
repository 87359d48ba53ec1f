// What a binding hands its function: the variables of its own credential for a database or a
// bucket. Each rotation makes a new credential (a new user and password, or a new key pair), so
// the old one no longer appears anywhere.
import { randomBytes } from 'node:crypto';
import type { BindingRecord, FunctionRecord } from './records.js';

/**
 * One variable a binding injects: its name suffix, its value, and whether lists hide it.
 *
 * @internal
 */
export interface InjectedVar {
  readonly suffix: string;
  readonly value: string;
  readonly secret: boolean;
}

const SUFFIXES: Readonly<Record<BindingRecord['type'], readonly string[]>> = {
  database: ['URL', 'HOST', 'PORT', 'USER', 'PASSWORD', 'NAME'],
  bucket: ['ENDPOINT', 'BUCKET', 'REGION', 'ACCESS_KEY', 'SECRET_KEY'],
};

/**
 * The names of the variables a binding of `type` injects under `prefix`.
 *
 * @internal
 */
export function injectedKeys(type: BindingRecord['type'], prefix: string): string[] {
  return SUFFIXES[type].map((suffix) => `${prefix}_${suffix}`);
}

/**
 * A fresh credential for the binding, as the variables it injects.
 *
 * @internal
 */
export function newCredential(binding: BindingRecord, fn: FunctionRecord): InjectedVar[] {
  const tag = randomBytes(3).toString('hex');
  if (binding.type === 'database') {
    const host = `${binding.resourceId}.private.db.raffusercloud.com`;
    const user = `fn_${fn.shortId.slice(3)}_${tag}`;
    const password = randomBytes(24).toString('base64url');
    const name = 'defaultdb';
    return [
      {
        suffix: 'URL',
        value: `postgresql://${user}:${password}@${host}:5432/${name}?sslmode=require`,
        secret: true,
      },
      { suffix: 'HOST', value: host, secret: false },
      { suffix: 'PORT', value: '5432', secret: false },
      { suffix: 'USER', value: user, secret: false },
      { suffix: 'PASSWORD', value: password, secret: true },
      { suffix: 'NAME', value: name, secret: false },
    ];
  }
  return [
    { suffix: 'ENDPOINT', value: 'https://objects.us-east.raffusercloud.com', secret: false },
    { suffix: 'BUCKET', value: binding.resourceName, secret: false },
    { suffix: 'REGION', value: 'us-east', secret: false },
    {
      suffix: 'ACCESS_KEY',
      value: `RAFF${randomBytes(8).toString('hex').toUpperCase()}`,
      secret: false,
    },
    { suffix: 'SECRET_KEY', value: randomBytes(30).toString('base64url'), secret: true },
  ];
}

/**
 * The name of the resource a binding names. The emulator serves no Object Storage and (on this
 * branch) no managed databases, so a binding accepts any resource id of the account's form and
 * calls the resource after it; where the emulator keeps the resource, look it up here instead
 * (a 404 for an unknown one).
 *
 * @internal
 */
export function bindingTargetName(type: BindingRecord['type'], resourceId: string): string {
  return `${type === 'database' ? 'db' : 'bucket'}-${resourceId.slice(0, 8)}`;
}
