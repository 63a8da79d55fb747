// The office's own lexicon entries: office-lexicon.json in the data folder, same shape as the built-in data
// files. Read again only when the file changes; a wrong file never stops the checks: its problem, in one Chinese
// line naming the file, entry and field, becomes a finding of its own.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckOptions } from '../../shared/checks/finding';
import { lexiconWith } from '../../shared/checks/lexicon/builtin';
import { LexiconFileError, parseLexiconFile } from '../../shared/checks/lexicon/schema';
import type { Finding } from '../../shared/checks/types';

const OFFICE_LEXICON_FILE = 'office-lexicon.json';

export interface OfficeLexicon {
  options: CheckOptions;
  /** the file's problem in Chinese, or null */
  problem: string | null;
  entryCount: number;
}

const cache = new Map<string, { stamp: string; value: OfficeLexicon }>();

function read(path: string): OfficeLexicon {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof SyntaxError ? '不是有效的 JSON' : `无法读取（${(e as Error).message}）`;
    return { options: {}, problem: `本单位词表“${path}”${why}，已只用内置词表检查`, entryCount: 0 };
  }
  try {
    const entries = parseLexiconFile(value, path, 'office');
    return { options: { lexicon: lexiconWith(entries) }, problem: null, entryCount: entries.length };
  } catch (e) {
    if (e instanceof LexiconFileError)
      return { options: {}, problem: `${e.message}，已只用内置词表检查`, entryCount: 0 };
    throw e;
  }
}

/** The check options for a data folder: the built-in lexicon plus the office's file when there is one. */
export function loadOfficeLexicon(dataDir: string): OfficeLexicon {
  const path = join(dataDir, OFFICE_LEXICON_FILE);
  let stamp: string;
  try {
    const s = statSync(path);
    stamp = `${s.mtimeMs}:${s.size}`;
  } catch {
    return { options: {}, problem: null, entryCount: 0 };
  }
  const hit = cache.get(path);
  if (hit && hit.stamp === stamp) return hit.value;
  const value = read(path);
  cache.set(path, { stamp, value });
  return value;
}

/** The file's problem as a finding shown first in the list. */
export function officeLexiconFinding(problem: string): Finding {
  return {
    code: 'office-lexicon',
    severity: 'warning',
    message: problem,
    location: '本单位词表',
    sectionId: null,
    field: null,
    fix: null,
  };
}
