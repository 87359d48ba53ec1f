import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import {
  all,
  done,
  headerProject,
  one,
  projectResource,
  scopedResource,
} from '../../server/replies.js';
import { SECURITY_GROUP_TEMPLATES } from '../catalog/data.js';
import { type RuleRecord, securityGroups } from './records.js';
import { securityGroupUse, securityGroupView } from './views.js';

/** The rules of a security group template (400 for an unknown one). */
function templateRules(templateId: string): RuleRecord[] {
  const template = SECURITY_GROUP_TEMPLATES.find((t) => t.id === templateId);
  if (template === undefined) {
    throw badRequest(
      `Unknown template_id ${templateId}; listSecurityGroupTemplates gives the valid ones`,
    );
  }
  return template.rules.map((rule) => ({ ...rule }));
}

/**
 * The Security Groups operations (the templates are the catalog's).
 *
 * @internal
 */
export const SECURITY_GROUP_HANDLERS = {
  listSecurityGroups: ({ state, projectIds }) => {
    return all(
      securityGroups
        .in(state)
        .inProjects(projectIds)
        .map((group) => securityGroupView(state, group)),
    );
  },

  createSecurityGroup: (context) => {
    const projectId = headerProject(context);
    const { body } = context;
    const rules = body.template_id === undefined ? [] : templateRules(body.template_id);
    const group = securityGroups.in(context.state).create(context.now, (stamp) => ({
      ...stamp,
      projectId,
      name: body.name,
      description: body.description,
      rules: [...rules, ...(body.rules ?? [])],
    }));
    return one(securityGroupView(context.state, group));
  },

  getSecurityGroup: (context) => {
    const group = scopedResource(
      context,
      securityGroups.in(context.state).find(context.params.id),
      'Security group',
    );
    return one(securityGroupView(context.state, group));
  },

  updateSecurityGroup: (context) => {
    const group = projectResource(
      context,
      securityGroups.in(context.state).find(context.params.id),
      'Security group',
    );
    const { body } = context;
    if (body.name !== undefined) group.name = body.name;
    if (body.description !== undefined) group.description = body.description;
    if (body.rules !== undefined) group.rules = body.rules.map((rule) => ({ ...rule }));
    group.updatedAt = context.now;
    return one(securityGroupView(context.state, group));
  },

  deleteSecurityGroup: (context) => {
    const group = projectResource(
      context,
      securityGroups.in(context.state).find(context.params.id),
      'Security group',
    );
    const used = securityGroupUse(context.state, group.id);
    if (used > 0) {
      throw badRequest(
        `Security group ${group.name} is on ${used} interface(s); take it off with detachVMSecurityGroup first`,
      );
    }
    securityGroups.in(context.state).discard(group.id);
    return done('Security group deleted');
  },
} satisfies HandlerTable;
