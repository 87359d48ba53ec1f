import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done, headerProject, one, page } from '../../server/replies.js';
import { findVm } from '../compute/lookup.js';
import { resourceById } from './common.js';
import { lifecycleKey, registerSchedule } from './lifecycle.js';
import { type ScheduleRecord, schedules, type Weekday } from './records.js';
import { parseRunTime } from './schedule-time.js';
import { scheduleView } from './views.js';

function requireDay(type: ScheduleRecord['type'], day: Weekday | null): void {
  if (type === 'weekly' && day === null) {
    throw badRequest('day_of_week is required for a weekly schedule');
  }
}

/**
 * The Backup Schedules operations.
 *
 * @internal
 */
export const SCHEDULE_HANDLERS = {
  listBackupSchedules: (context) => {
    const vmId = context.query.vm_id;
    const found = schedules
      .in(context.state)
      .inProjects(context.projectIds, (s) => vmId === undefined || s.vmId === vmId);
    return page(
      context,
      found.map((s) => scheduleView(context.state, s)),
    );
  },

  createBackupSchedule: (context) => {
    const projectId = headerProject(context);
    const { state, body, now } = context;
    const vm = findVm(state, body.vm_id, projectId);
    const { type } = body;
    const dayOfWeek = type === 'weekly' ? (body.day_of_week ?? null) : null;
    requireDay(type, dayOfWeek);
    const store = schedules.in(state);
    const schedule = store.insert({
      id: store.nextId(),
      projectId,
      vmId: vm.id,
      name: `${vm.name}-${type}`,
      type,
      minuteOfDay: parseRunTime(body.time),
      dayOfWeek,
      keepCount: body.keep_count,
      createdAt: now,
      createdBy: context.key.createdBy,
    });
    registerSchedule(state, schedule, now);
    return one(scheduleView(state, schedule));
  },

  getBackupSchedule: (context) =>
    one(scheduleView(context.state, resourceById(context, schedules, context.params.id))),

  updateBackupSchedule: (context) => {
    const { state, body, now } = context;
    const schedule = schedules.in(state).get(context.params.id, headerProject(context));
    const type = body.type ?? schedule.type;
    const day = body.day_of_week ?? schedule.dayOfWeek;
    requireDay(type, day);
    const minuteOfDay = body.time === undefined ? schedule.minuteOfDay : parseRunTime(body.time);
    schedule.type = type;
    schedule.dayOfWeek = day;
    schedule.minuteOfDay = minuteOfDay;
    if (body.keep_count !== undefined) schedule.keepCount = body.keep_count;
    // A lower keep_count prunes at the next run, not now.
    registerSchedule(state, schedule, now);
    return one(scheduleView(state, schedule));
  },

  deleteBackupSchedule: (context) => {
    const schedule = schedules.in(context.state).get(context.params.id, headerProject(context));
    schedules.in(context.state).discard(schedule.id);
    context.state.lifecycle.cancel(lifecycleKey.schedule(schedule.id));
    return done('Backup schedule deleted');
  },
} satisfies HandlerTable;
