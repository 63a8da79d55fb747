// Version 7: the attachment content printed after the 署名 (附件1 + title + paragraphs/tables) is kept with
// the document as one JSON column; NULL for a document without any (every document written before).
import type { Db } from '../statements';

export const version = 6;
export const name = '附件内容';

export function up(db: Db): void {
  db.exec('ALTER TABLE documents ADD COLUMN appendices TEXT');
}
