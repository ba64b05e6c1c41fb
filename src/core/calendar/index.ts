import data from 'chinese-days/dist/chinese-days.json';
import { WorkingDayCalendar } from './working-days';

export * from './dates';
export * from './working-days';

let shared: WorkingDayCalendar | undefined;

/**
 * The calendar from chinese-days (State Council holiday notices, 调休 included). Its coverage is
 * the years that package version carries; update the package when a new notice is published.
 */
export function chinaCalendar(): WorkingDayCalendar {
  return (shared ??= new WorkingDayCalendar(data));
}
