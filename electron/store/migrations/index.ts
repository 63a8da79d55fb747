// The schema's history, oldest first. A new version is a new file; a released one is never edited.
import type { Db } from '../statements';
import * as m001 from './001-initial';
import * as m002 from './002-search';
import * as m003 from './003-search-ids';
import * as m004 from './004-revision-contents';
import * as m005 from './005-tasks';
import * as m006 from './006-appendices';
import * as m007 from './007-check-ignores';
import * as m008 from './008-search-bigrams';
import * as m009 from './009-search-merge-when-idle';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
