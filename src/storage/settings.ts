import { z } from 'zod';
import { loadProfile, ProfileError, type UserProfile } from '../core/profiles';
import { UserOverrides } from '../core/profiles/schema';
import type { DraDb } from './db';
import { DEFAULT_SANDBOX_PORT, parseOrigin } from '../platform/origins';
import { CheckItem } from '../core/model';
import { PageKind } from '../platform/adapter-schema';
import { listUserProfiles, PROFILE_KEY_PREFIX, userProfileRefs } from './user-profiles';

const ProfileId = z.string().min(1).max(100);

/** The user's settings, validated on the way in and on the way out. */
export const Settings = z.strictObject({
  profileId: z.string().default('baseline'),
  /** The profile for a platform origin (one user, two provinces' platforms), over the default. */
  profileByOrigin: z.record(z.string().max(300), ProfileId).default({}),
  /** The profile for a department, over the default (an origin's choice wins over it). */
  profileByDepartment: z.record(z.string().trim().min(1).max(100), ProfileId).default({}),
  overrides: UserOverrides.optional(),
  /** The user's department: templates are saved under it and offered for it. */
  department: z.string().trim().max(100).optional(),
  /** Platform origins the user added (host permission granted at run time), e.g. https://sjzt.example.gov.cn. */
  origins: z
    .array(z.string().refine((o) => { const r = parseOrigin(o); return r.ok && r.origin === o; }, { message: 'not an origin such as https://host' }))
    .max(50)
    .default([]),
  /** The item list (随机抽查事项清单) imported on the options page: kind and legal basis where a page lacks them. */
  itemList: z.array(CheckItem).max(20000).default([]),
  /**
   * The item list as the platform's own list page shows it (an adapter's `itemList` page), kept as staff open
   * that page: apart from the import, which it never replaces (a row may lack its kind: src/platform/item-list.ts).
   */
  pageItemList: z
    .strictObject({
      url: z.string().max(2000),
      at: z.string(),
      items: z.array(CheckItem.extend({ kind: CheckItem.shape.kind.optional() })).max(20000),
      read: z.number().int().min(0),
      refused: z.number().int().min(0),
    })
    .optional(),
  /** Whether the user left the panel collapsed, per page kind (plan, task, strategy, list…): it opens that way there again. */
  panelCollapsed: z.partialRecord(PageKind, z.boolean()).default({}),
  /** The sandbox's port on 127.0.0.1: the overlay runs there with the built-in adapter, and on no other local port. */
  sandboxPort: z.number().int().min(1).max(65535).default(DEFAULT_SANDBOX_PORT),
});
export type Settings = z.infer<typeof Settings>;

export async function readSettings(db: DraDb): Promise<Settings> {
  // User profiles share the table under their own keys (user-profiles.ts).
  const rows = (await db.settings.toArray()).filter((r) => !r.key.startsWith(PROFILE_KEY_PREFIX));
  const raw = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const parsed = Settings.safeParse(raw);
  // A stored value that no longer validates (an older version's) falls back to the default, field by field.
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return Settings.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k) && k in Settings.shape)));
}

/** The errors of a settings change, by field, or [] when it can be saved. */
export function checkSettings(next: Settings, user: readonly UserProfile[] = []): Array<{ path: string; zh: string; en: string }> {
  const chosen: Array<[string, string]> = [
    ['profileId', next.profileId],
    ...Object.entries(next.profileByOrigin).map(([o, id]): [string, string] => [`profileByOrigin["${o}"]`, id]),
    ...Object.entries(next.profileByDepartment).map(([d, id]): [string, string] => [`profileByDepartment["${d}"]`, id]),
  ];
  const errors: Array<{ path: string; zh: string; en: string }> = [];
  for (const [path, id] of chosen) {
    try {
      loadProfile(id, next.overrides, user);
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      // An unknown id is the choice's fault; anything else is the overrides'.
      for (const x of e.errors) errors.push({ path: x.path === id ? path : `overrides.${x.path}`, zh: x.zh, en: x.en });
    }
  }
  for (const o of Object.keys(next.profileByOrigin)) {
    const r = parseOrigin(o);
    if (!r.ok || r.origin !== o) errors.push({ path: `profileByOrigin["${o}"]`, zh: '不是平台地址（如 https://host）', en: 'not an origin such as https://host' });
  }
  // The same override error repeated for each choice is said once.
  return errors.filter((e, i) => errors.findIndex((x) => x.path === e.path && x.zh === e.zh) === i);
}

export async function writeSettings(db: DraDb, patch: Partial<Settings>): Promise<{ ok: true; settings: Settings } | { ok: false; errors: ReturnType<typeof checkSettings> }> {
  const current = await readSettings(db);
  const parsed = Settings.safeParse({ ...current, ...patch });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), zh: i.message, en: i.message })) };
  const errors = checkSettings(parsed.data, userProfileRefs(await listUserProfiles(db)));
  if (errors.length) return { ok: false, errors };
  await db.settings.bulkPut(Object.entries(parsed.data).map(([key, value]) => ({ key, value })));
  return { ok: true, settings: parsed.data };
}
