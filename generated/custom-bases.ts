/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { NamespaceBase } from '../src/core/namespaces.js';
import { ApiKeysCustom } from '../src/resources/custom/api-keys.js';
import { DatabasesCustom } from '../src/resources/custom/databases.js';
import { ProjectMembersCustom } from '../src/resources/custom/project-members.js';
import { RolesCustom } from '../src/resources/custom/roles.js';

/**
 * The namespaces with hand-written methods, and the class that holds them.
 *
 * @internal
 */
export const CUSTOM_BASES: Readonly<Record<string, NamespaceBase>> = {
  'apiKeys': ApiKeysCustom,
  'databases': DatabasesCustom,
  'projects.members': ProjectMembersCustom,
  'roles': RolesCustom,
};
