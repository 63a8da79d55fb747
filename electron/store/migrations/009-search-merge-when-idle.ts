// Version 9: the section indexes (trigram and bigram) no longer merge their segments while a save writes
// them. By default FTS5 merges a few small segments into a larger one inside whichever write makes the
// fourth or sixteenth: that is what made one keystroke's autosave in twenty it took 0.5–4 ms instead of 0.5
// ms. Merging now runs in the store's idle flush (mergeSearchIndexes, search.ts), a second after edits; a
// level that reaches 64 segments without an idle moment (a long batch of writes) is still merged at once.
import type { Db } from '../statements';

export const version = 9;
export const name = '检索索引在空闲时整理';

/** Segments a level of a section index may hold before a write must merge them (FTS5 crisismerge). */
export const SEGMENTS_BEFORE_FORCED_MERGE = 64;

export function up(db: Db): void {
  for (const table of ['section_search', 'section_bigram']) {
    // FTS5 configuration values must be integer literals (a bound JS number arrives as a real and is refused)
    db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', 0);
      INSERT INTO ${table} (${table}, rank) VALUES ('crisismerge', ${SEGMENTS_BEFORE_FORCED_MERGE});`);
  }
}
