import { z } from 'zod';
import { PROFILE_IDS, loadProfile, ProfileError } from '../core/profiles';
import { UserOverrides } from '../core/profiles/schema';
import type { DraDb } from './db';
import { DEFAULT_SANDBOX_PORT, parseOrigin } from '../platform/origins';
import { CheckItem } from '../core/model';

/** The user's settings, validated on the way in and on the way out. */
export const Settings = z.strictObject({
  profileId: z.string().default('baseline'),
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
  /** The sandbox's port on 127.0.0.1: the overlay runs there with the built-in adapter, and on no other local port. */
  sandboxPort: z.number().int().min(1).max(65535).default(DEFAULT_SANDBOX_PORT),
});
export type Settings = z.infer<typeof Settings>;

export async function readSettings(db: DraDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  const raw = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const parsed = Settings.safeParse(raw);
  // A stored value that no longer validates (an older version's) falls back to the default, field by field.
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return Settings.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k) && k in Settings.shape)));
}

/** The errors of a settings change, by field, or [] when it can be saved. */
export function checkSettings(next: Settings): Array<{ path: string; zh: string; en: string }> {
  if (!PROFILE_IDS.includes(next.profileId)) return [{ path: 'profileId', zh: `未知的规则配置：${next.profileId}`, en: `unknown profile: ${next.profileId}` }];
  try {
    loadProfile(next.profileId, next.overrides);
    return [];
  } catch (e) {
    if (e instanceof ProfileError) return e.errors.map((x) => ({ path: `overrides.${x.path}`, zh: x.zh, en: x.en }));
    throw e;
  }
}

export async function writeSettings(db: DraDb, patch: Partial<Settings>): Promise<{ ok: true; settings: Settings } | { ok: false; errors: ReturnType<typeof checkSettings> }> {
  const current = await readSettings(db);
  const parsed = Settings.safeParse({ ...current, ...patch });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), zh: i.message, en: i.message })) };
  const errors = checkSettings(parsed.data);
  if (errors.length) return { ok: false, errors };
  await db.settings.bulkPut(Object.entries(parsed.data).map(([key, value]) => ({ key, value })));
  return { ok: true, settings: parsed.data };
}
