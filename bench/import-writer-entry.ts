// Bundled as the benchmark's chunk writer: the import worker's chunks stored in this worker (chunk-write.ts), as the
// registry page's writer worker stores them.
import { serveChunkWrites } from '../src/storage/chunk-write';
import { RegistryDb } from '../src/storage/registry-db';

self.onmessage = (ev: MessageEvent<{ port: MessagePort }>) => serveChunkWrites(new RegistryDb('dra-registries-bench'), ev.data.port);
