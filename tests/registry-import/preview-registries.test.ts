import { beforeEach, describe, expect, it, vi } from 'vitest';

// The preview's source choice, with the background, the page's form and the served bundle stood in for.
const sent: unknown[] = [];
let replies: unknown[] = [];
let served: unknown = undefined;
let strategy: unknown = {};
vi.mock('../../src/messaging/send', () => ({ send: async (m: unknown) => (sent.push(m), replies.shift()) }));
vi.mock('../../src/platform/registry-source', () => ({ loadRegistries: async () => (served instanceof Error ? Promise.reject(served) : served) }));
vi.mock('../../src/platform/read-form', () => ({ readForm: () => ({ values: {} }) }));
vi.mock('../../src/platform/to-model', () => ({ strategyFromValues: () => strategy }));
vi.stubGlobal('document', {});

const { loadPreviewRegistries } = await import('../../src/platform/preview-registries');
const page = {} as never;
const none = { ok: true, hasObjects: false, hasInspectors: false, objects: [], inspectors: [], total: 0 };
const obj = (id: string) => ({ id, uscc: id, flags: {}, checksThisYear: 0 });
const bundle = { source: 'sandbox', objects: [{ ...obj('O1'), uscc: 'U1' }], inspectors: [], libraries: [{ id: 'L', name: 'l', objectIds: ['O1'] }], departments: ['SCJG'] };

beforeEach(() => {
  sent.length = 0;
  served = bundle;
  strategy = {};
});

describe('the draw preview’s registries', () => {
  it('nothing imported: the served bundle, saying so', async () => {
    replies = [none];
    const b = await loadPreviewRegistries(page, 'http://127.0.0.1/x');
    expect(b.objects).toEqual(bundle.objects);
    expect(b.source).toBe('平台提供的名录库（尚未导入名录库）');
  });

  it('imported: the imported lists with the served libraries re-keyed, and the source named', async () => {
    replies = [{ ...none, hasObjects: true, objects: [obj('U1'), obj('U2')], total: 2, updatedAt: '2026-11-23T10:00:00Z' }];
    const b = await loadPreviewRegistries(page, 'http://127.0.0.1/x');
    expect(b.source).toBe('导入的名录库（对象 2 2026-11-23）');
    expect(b.libraries[0].objectIds).toEqual(['U1']);
    expect(b.departments).toEqual(['SCJG']);
  });

  it('too many to hand over: a directed strategy asks again with its conditions', async () => {
    strategy = { directed: true, filters: { industries: ['餐饮服务'] } };
    replies = [{ ...none, hasObjects: true, total: 1_000_000 }, { ...none, hasObjects: true, objects: [obj('U1')], total: 1 }];
    const b = await loadPreviewRegistries(page, 'http://127.0.0.1/x');
    expect(sent[1]).toEqual({ type: 'registries.get', filters: { industries: ['餐饮服务'] } });
    expect(b.source).toMatch(/按定向条件预筛/);
    expect(b.objects).toHaveLength(1);
  });

  it('too many and not directed: a clear error, no preview on a partial registry', async () => {
    replies = [{ ...none, hasObjects: true, total: 1_000_000 }];
    await expect(loadPreviewRegistries(page, 'http://127.0.0.1/x')).rejects.toThrow(/1000000 户.*请设置定向条件/);
  });

  it('nothing imported and nothing served: the served error', async () => {
    replies = [none];
    served = new Error('本页没有可用的本地名录库');
    await expect(loadPreviewRegistries(page, 'http://127.0.0.1/x')).rejects.toThrow(/本页没有可用的本地名录库/);
  });
});
