/** Making an announcement: the inputs fixed and hashed, the randomness named, before any of it exists. */
import { Announcement, AnnouncementBody, hashAnnouncement } from './announcement';
import { CanonicalError } from './canonical';
import { prepareInputs, defaultListHasher, type ListHasher, type PreparedInputs } from './inputs';
import { preparedFor } from './prepared-for';
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
  /** Inputs already prepared (prepareInputsAsync) for this request: objects and inspectors are then not given. */
  prepared?: PreparedInputs;
}

export function announce(objects: unknown, inspectors: unknown, request: unknown, o: AnnounceOptions): Announcement {
  try {
    if (o.prepared && (objects !== undefined || inspectors !== undefined)) throw new TypeError('announce: registries given beside prepared inputs');
    const p = o.prepared ? preparedFor(o.prepared, request) : prepareInputs(objects, inspectors, request, o.hashList ?? defaultListHasher);
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
