// Very large input: refused with one Chinese line naming what and how much.
import { describe, expect, it } from 'vitest';
import { MAX_PASTE } from '../../shared/api/contract';
import { fileProblem, MAX_FILE_BYTES, pasteProblem } from './input-limits';

describe('input limits', () => {
  it('takes a paste up to the limit and refuses one above it', () => {
    expect(pasteProblem('字'.repeat(MAX_PASTE))).toBeNull();
    expect(pasteProblem('字'.repeat(20_000_000))).toBe(
      '粘贴的内容过大（约 2,000 万字），一次最多粘贴 400 万字；请分几次粘贴，或用“导入”读入文件',
    );
  });

  it('names the file and its size', () => {
    expect(fileProblem('通知.docx', MAX_FILE_BYTES)).toBeNull();
    expect(fileProblem('通知.docx', 21 * 1024 * 1024)).toBe(
      '文件“通知.docx”过大（21.0 MB），最多可导入 20 MB 的文件；请只保留通知正文后再导入',
    );
  });
});
