import { isIP } from 'node:net';
import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done } from '../../server/replies.js';
import { vpcs } from '../networking/records.js';
import { logEvent } from './lifecycle.js';
import { databaseUser, pathDatabase, requireReady } from './lookup.js';
import { reservePublicPort } from './provision.js';
import { newPassword } from './records.js';
import { ADMIN_USER, connectionView, databaseView } from './views.js';

/** `198.51.100.0/24`, `2001:db8::/32`; a bare address is not a network. */
function checkCidr(entry: string, index: number): string {
  const [address = '', prefix, extra] = entry.trim().split('/');
  const family = isIP(address);
  const bits = Number(prefix);
  const valid =
    family !== 0 &&
    extra === undefined &&
    prefix !== undefined &&
    /^\d{1,3}$/.test(prefix) &&
    bits <= (family === 4 ? 32 : 128);
  if (!valid) {
    throw badRequest(
      `allowlist[${index}] must be a network in CIDR notation such as 198.51.100.0/24; got "${entry}"`,
    );
  }
  return entry.trim();
}

/**
 * How to reach a managed database: its connection details, its admin password, its VPC and its
 * public endpoint.
 *
 * @internal
 */
export const ACCESS_HANDLERS = {
  getDatabaseConnection: (context) => {
    const db = pathDatabase(context);
    const admin = databaseUser(context.state, db, ADMIN_USER);
    return { body: connectionView(db, admin, context.query.reveal === true) };
  },

  rotateDatabaseCredentials: (context) => {
    const db = pathDatabase(context);
    requireReady(db, 'rotate the credentials');
    // The old password stops working for new connections at once: nothing keeps it.
    databaseUser(context.state, db, ADMIN_USER).password = newPassword();
    db.updatedAt = context.now;
    logEvent(context.state, db, context.now, `password of role "${ADMIN_USER}" changed`);
    return done(
      'Credentials rotated; read the new password with getDatabaseConnection?reveal=true',
    );
  },

  connectDatabaseVPC: (context) => {
    const db = pathDatabase(context);
    requireReady(db, 'connect a VPC');
    if (db.vpcId !== null) {
      throw badRequest(`Database ${db.shortId} is already in VPC ${db.vpcId}; disconnect it first`);
    }
    const vpc = vpcs.in(context.state).find(context.body.vpc_id);
    if (vpc === undefined || vpc.projectId !== db.projectId) {
      throw badRequest(`VPC ${context.body.vpc_id} not found in project ${db.projectId}`);
    }
    db.vpcId = vpc.id;
    db.updatedAt = context.now;
    return { body: { success: true, database: databaseView(db) } };
  },

  disconnectDatabaseVPC: (context) => {
    const db = pathDatabase(context);
    requireReady(db, 'disconnect the VPC');
    if (db.vpcId === null) throw badRequest(`Database ${db.shortId} is in no VPC`);
    db.vpcId = null;
    db.updatedAt = context.now;
    return { body: { success: true, database: databaseView(db) } };
  },

  setDatabasePublicAccess: (context) => {
    const db = pathDatabase(context);
    requireReady(db, 'change public access');
    const { enabled, allowlist } = context.body;
    // Left out: the stored list stays. A list replaces it; [] lets every source in.
    if (allowlist !== undefined) db.allowlist = allowlist.map(checkCidr);
    if (enabled) reservePublicPort(context.state, db);
    db.publicAccess = enabled;
    db.updatedAt = context.now;
    return { body: { success: true, database: databaseView(db) } };
  },
} satisfies HandlerTable;
