import type { HandlerTable } from '../../server/handler.js';
import { API_KEY_HANDLERS } from './api-key-handlers.js';
import { INVITATION_HANDLERS } from './invitation-handlers.js';
import { MEMBER_HANDLERS } from './member-handlers.js';
import { PROJECT_MEMBER_HANDLERS } from './project-member-handlers.js';
import { ROLE_HANDLERS } from './role-handlers.js';
import { SSH_KEY_HANDLERS } from './ssh-key-handlers.js';

/**
 * The identity domain: who may do what, and with which credentials. API keys, roles and the
 * permission catalog, account members and invitations, project members (the grants every
 * project check reads) and the account's SSH keys.
 *
 * @internal
 */
export const IDENTITY_HANDLERS = {
  ...API_KEY_HANDLERS,
  ...ROLE_HANDLERS,
  ...MEMBER_HANDLERS,
  ...INVITATION_HANDLERS,
  ...PROJECT_MEMBER_HANDLERS,
  ...SSH_KEY_HANDLERS,
} satisfies HandlerTable;
