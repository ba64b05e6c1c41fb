/** Making an announcement: the inputs fixed and hashed, the randomness named, before any of it exists. */
import { Announcement, AnnouncementBody, hashAnnouncement } from './announcement';
import { CanonicalError } from './canonical';
import { prepareInputs, defaultListHasher, type ListHasher } from './inputs';
import { ALGORITHM, DrawError, type DrawParams } from './schema';
import { TOOL } from './record';
import type { z } from 'zod';
import { isoInChina } from '../../i18n/time';

export interface AnnounceOptions {
  profile: { id: string; params: DrawParams };
  randomness: z.input<typeof AnnouncementBody>['randomness'];
  attempt?: number;
  reason?: string;
  now?: () => Date;
  hashList?: ListHasher;
}

export function announce(objects: unknown, inspectors: unknown, request: unknown, o: AnnounceOptions): Announcement {
  try {
    const p = prepareInputs(objects, inspectors, request, o.hashList ?? defaultListHasher);
    const body = AnnouncementBody.parse({
      format: 'dra-announcement/1',
      taskId: p.request.taskId,
      taskName: p.request.taskName,
      attempt: o.attempt ?? 1,
      reason: o.reason,
      algorithm: { ...ALGORITHM },
      profile: o.profile,
      request: p.request,
      inputs: { ...p.hashes, objectCount: p.objects.length, inspectorCount: p.inspectors.length },
      randomness: o.randomness,
    });
    return Announcement.parse({ ...body, announcementHash: hashAnnouncement(body as unknown as Record<string, unknown>), envelope: { announcedAt: isoInChina(o.now?.() ?? new Date()), tool: TOOL } });
  } catch (e) {
    if (e instanceof CanonicalError) throw new DrawError('not-unicode', e.zh, e.message);
    throw e;
  }
}
