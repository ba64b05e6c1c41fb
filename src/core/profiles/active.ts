/**
 * Which profile is active where: one user may work on two platforms (two provinces' rules) and for
 * more than one department. The most specific choice wins: the platform's origin, then the
 * department, then the user's default; the panel's header says which and why.
 */
export interface ProfileChoices {
  profileId: string;
  profileByOrigin?: Record<string, string>;
  profileByDepartment?: Record<string, string>;
  department?: string;
}

export type ActiveWhy = 'origin' | 'department' | 'default';

export function activeProfileId(c: ProfileChoices, origin?: string): { profileId: string; why: ActiveWhy } {
  const byOrigin = origin ? c.profileByOrigin?.[origin] : undefined;
  if (byOrigin) return { profileId: byOrigin, why: 'origin' };
  const byDept = c.department ? c.profileByDepartment?.[c.department] : undefined;
  if (byDept) return { profileId: byDept, why: 'department' };
  return { profileId: c.profileId, why: 'default' };
}

