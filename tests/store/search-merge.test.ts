// The section indexes merge their segments when the store is idle, not inside a save (schema version 9): a
// keystroke's autosave writes one small segment per index and returns; the idle flush merges them.
import { afterEach, describe, expect, it } from 'vitest';
import { FLUSH_DELAY_MS } from '../../electron/store/open';
import type { Db } from '../../electron/store/statements';
import { createSection } from '../../shared/model/factory';
import { insertSection } from '../../shared/model/operations';
import { openHarness, type Harness } from './harness';

/** Segments in an FTS5 index, read from its structure record (id 10): cookie, [v2 marker], nLevel, nSegment. */
function segments(db: Db, table: 'section_search' | 'section_bigram'): number {
  const block = (db.prepare(`SELECT block FROM ${table}_data WHERE id = 10`).get() as { block: Uint8Array }).block;
  let at = 4;
  if (block[4] === 0xff && block[5] === 0 && block[6] === 0 && block[7] === 1) at = 8;
  const varint = () => {
    let n = 0;
    for (;;) {
      const b = block[at++];
      n = n * 128 + (b & 0x7f);
      if (b < 0x80) return n;
    }
  };
  varint(); // levels
  return varint();
}

let h: Harness | undefined;
afterEach(() => h?.close());

describe('search index merging', () => {
  it('leaves merging out of the saves and does it in the idle flush', async () => {
    h = openHarness();
    const { summary } = await h.ok('documents.create', { title: '2024年要点' });
    for (let i = 0; i < 20; i++)
      await h.edit(summary.id, (d) => insertSection(d, { parentId: null }, createSection(1, `第${i + 1}项工作`)));
    // one segment per save in each index: no save merged any
    expect(segments(h.db, 'section_search')).toBeGreaterThanOrEqual(20);
    expect(segments(h.db, 'section_bigram')).toBeGreaterThanOrEqual(20);
    await new Promise((r) => setTimeout(r, FLUSH_DELAY_MS + 300));
    expect(segments(h.db, 'section_search')).toBeLessThan(4);
    expect(segments(h.db, 'section_bigram')).toBeLessThan(4);
    const hits = await h.ok('search.query', { query: '第7项工作' });
    expect(hits.map((x) => x.snippet ?? '').join('')).toContain('第7项工作');
  });
});
