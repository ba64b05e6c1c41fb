/// <reference lib="webworker" />
// The import's chunks stored off the import worker's thread: IndexedDB clones each value on the thread that adds it,
// so the import worker parses the next chunk while this one clones and commits (src/storage/chunk-write.ts).
import { serveChunkWrites } from '../../storage/chunk-write';
import { RegistryDb } from '../../storage/registry-db';
import type { ToWriter } from './worker-protocol';

const db = new RegistryDb();
self.onmessage = (ev: MessageEvent<ToWriter>) => serveChunkWrites(db, ev.data.port);
