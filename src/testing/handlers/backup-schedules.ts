import { badRequest } from '../server/errors.js';
import { lifecycleKey, registerSchedule } from '../storage-lifecycle.js';
import { parseRunTime } from '../storage-schedule-time.js';
import { type ScheduleRecord, storageOf, type Weekday } from '../storage-state.js';
import { scheduleView } from '../storage-views.js';
import {
  done,
  fields,
  type Handler,
  type HandlerContext,
  headerProject,
  one,
  page,
} from './context.js';
import { found, intId, requireResourceAccess } from './storage-common.js';
import { findVm } from './vms.js';

function findSchedule(context: HandlerContext, projectId?: string): ScheduleRecord {
  const id = intId(context);
  return found(storageOf(context.state).schedules.get(id), `Backup schedule ${id}`, projectId);
}

function requireDay(type: ScheduleRecord['type'], day: Weekday | null): void {
  if (type === 'weekly' && day === null) {
    throw badRequest('day_of_week is required for a weekly schedule');
  }
}

const listBackupSchedules: Handler = (context) => {
  const projects = new Set(context.projectIds);
  const vmId = context.query.vm_id;
  const schedules = [...storageOf(context.state).schedules.values()].filter(
    (s) => projects.has(s.projectId) && (vmId === undefined || s.vmId === vmId),
  );
  return page(
    context,
    schedules.map((s) => scheduleView(context.state, s)),
  );
};

const createBackupSchedule: Handler = (context) => {
  const projectId = headerProject(context);
  const body = fields(context);
  const vm = findVm(context, body.vm_id as string, projectId);
  const type = body.type as ScheduleRecord['type'];
  const dayOfWeek = type === 'weekly' ? ((body.day_of_week as Weekday | undefined) ?? null) : null;
  requireDay(type, dayOfWeek);
  const storage = storageOf(context.state);
  const schedule: ScheduleRecord = {
    id: storage.nextScheduleId++,
    projectId,
    vmId: vm.id,
    name: `${vm.name}-${type}`,
    type,
    minuteOfDay: parseRunTime(body.time as string),
    dayOfWeek,
    keepCount: body.keep_count as number,
    createdAt: context.now,
    createdBy: context.key.createdBy,
  };
  storage.schedules.set(schedule.id, schedule);
  registerSchedule(context.state, schedule, context.now);
  return one(scheduleView(context.state, schedule));
};

const getBackupSchedule: Handler = (context) => {
  const schedule = findSchedule(context);
  requireResourceAccess(context, schedule.projectId);
  return one(scheduleView(context.state, schedule));
};

const updateBackupSchedule: Handler = (context) => {
  const schedule = findSchedule(context, headerProject(context));
  const body = fields(context);
  const type = (body.type as ScheduleRecord['type'] | undefined) ?? schedule.type;
  const day = (body.day_of_week as Weekday | undefined) ?? schedule.dayOfWeek;
  requireDay(type, day);
  const minuteOfDay =
    typeof body.time === 'string' ? parseRunTime(body.time) : schedule.minuteOfDay;
  schedule.type = type;
  schedule.dayOfWeek = day;
  schedule.minuteOfDay = minuteOfDay;
  if (typeof body.keep_count === 'number') schedule.keepCount = body.keep_count;
  // A lower keep_count prunes at the next run, not now.
  registerSchedule(context.state, schedule, context.now);
  return one(scheduleView(context.state, schedule));
};

const deleteBackupSchedule: Handler = (context) => {
  const schedule = findSchedule(context, headerProject(context));
  storageOf(context.state).schedules.delete(schedule.id);
  context.state.lifecycle.cancel(lifecycleKey.schedule(schedule.id));
  return done('Backup schedule deleted');
};

/**
 * The Backup Schedules operations.
 *
 * @internal
 */
export const BACKUP_SCHEDULE_HANDLERS: Readonly<Record<string, Handler>> = {
  listBackupSchedules,
  createBackupSchedule,
  getBackupSchedule,
  updateBackupSchedule,
  deleteBackupSchedule,
};
