import { randomUUID } from 'node:crypto';
import { SECURITY_GROUP_TEMPLATES } from '../domains/catalog/data.js';
import { securityGroupUse, securityGroupView } from '../network-views.js';
import type { RuleRecord, SecurityGroupRecord } from '../resource-records.js';
import { badRequest } from '../server/errors.js';
import {
  all,
  done,
  fields,
  type Handler,
  headerProject,
  one,
  projectResource,
  scopedResource,
} from './context.js';

const listSecurityGroups: Handler = (context) => {
  const projects = new Set(context.projectIds);
  return all(
    [...context.state.securityGroups.values()]
      .filter((group) => projects.has(group.projectId))
      .map((group) => securityGroupView(context.state, group)),
  );
};

const createSecurityGroup: Handler = (context) => {
  const projectId = headerProject(context);
  const body = fields(context);
  let rules: RuleRecord[] = [];
  if (typeof body.template_id === 'string') {
    const template = SECURITY_GROUP_TEMPLATES.find((t) => t.id === body.template_id);
    if (template === undefined) {
      throw badRequest(
        `Unknown template_id ${body.template_id}; listSecurityGroupTemplates gives the valid ones`,
      );
    }
    rules = template.rules.map((rule) => ({ ...rule }) as RuleRecord);
  }
  const group: SecurityGroupRecord = {
    id: randomUUID(),
    projectId,
    name: body.name as string,
    description: body.description as string | undefined,
    rules: [...rules, ...((body.rules as RuleRecord[] | undefined) ?? [])],
    createdAt: context.now,
    updatedAt: context.now,
  };
  context.state.securityGroups.set(group.id, group);
  return one(securityGroupView(context.state, group));
};

const getSecurityGroup: Handler = (context) => {
  const group = scopedResource(
    context,
    context.state.securityGroups.get(context.params.id ?? ''),
    'Security group',
  );
  return one(securityGroupView(context.state, group));
};

const updateSecurityGroup: Handler = (context) => {
  const group = projectResource(
    context,
    context.state.securityGroups.get(context.params.id ?? ''),
    'Security group',
  );
  const body = fields(context);
  if (typeof body.name === 'string') group.name = body.name;
  if (typeof body.description === 'string') group.description = body.description;
  if (Array.isArray(body.rules)) group.rules = (body.rules as RuleRecord[]).map((r) => ({ ...r }));
  group.updatedAt = context.now;
  return one(securityGroupView(context.state, group));
};

const deleteSecurityGroup: Handler = (context) => {
  const group = projectResource(
    context,
    context.state.securityGroups.get(context.params.id ?? ''),
    'Security group',
  );
  const used = securityGroupUse(context.state, group.id);
  if (used > 0) {
    throw badRequest(
      `Security group ${group.name} is on ${used} interface(s); take it off with detachVMSecurityGroup first`,
    );
  }
  context.state.securityGroups.delete(group.id);
  return done('Security group deleted');
};

/**
 * The Security Groups operations (the templates are in catalog.ts).
 *
 * @internal
 */
export const SECURITY_GROUP_HANDLERS: Readonly<Record<string, Handler>> = {
  listSecurityGroups,
  createSecurityGroup,
  getSecurityGroup,
  updateSecurityGroup,
  deleteSecurityGroup,
};
