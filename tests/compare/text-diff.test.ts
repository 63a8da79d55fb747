import { describe, expect, it } from 'vitest';
import { charDiff } from '../../shared/compare/text-diff';
import type { DiffPart } from '../../shared/compare/types';
import { readSeed } from '../helpers/paths';
import { rng } from './big-documents';

const side = (parts: DiffPart[], kind: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => p.text)
    .join('');

describe('character diff', () => {
  it('marks a small edit character by character inside a long paragraph', () => {
    const a = '开展居家养老服务改革试点。建设综合嵌入式社区居家养老服务中心30个。推动“十五分钟养老服务圈”建设。';
    const b = '开展居家养老服务改革试点。建设综合嵌入式社区居家养老服务中心50个。推动“十五分钟养老服务圈”建设。';
    expect(charDiff(a, b).filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: '3' },
      { kind: 'added', text: '5' },
    ]);
  });

  it('shows a sentence rewritten beyond recognition as removed and added', () => {
    const d = charDiff(
      '加强组织领导。推进殡葬改革，完善惠民殡葬政策，建设公益性公墓。',
      '加强组织领导。弘扬慈善文化，培育慈善组织，引导社会力量参与帮扶。',
    );
    expect(d).toEqual([
      { kind: 'same', text: '加强组织领导。' },
      { kind: 'removed', text: '推进殡葬改革，完善惠民殡葬政策，建设公益性公墓。' },
      { kind: 'added', text: '弘扬慈善文化，培育慈善组织，引导社会力量参与帮扶。' },
    ]);
  });

  it('always rebuilds both texts exactly (random pairs of real paragraphs)', () => {
    const paragraphs = readSeed('jilin')
      .split('\n')
      .filter((l) => l.length > 40);
    const r = rng(9);
    for (let i = 0; i < 60; i++) {
      const a = paragraphs[Math.floor(r() * paragraphs.length)];
      const b = i % 2 ? paragraphs[Math.floor(r() * paragraphs.length)] : a.slice(0, 30) + '新增内容。' + a.slice(45);
      const d = charDiff(a, b);
      expect(side(d, 'removed')).toBe(a);
      expect(side(d, 'added')).toBe(b);
      for (let k = 1; k < d.length; k++) expect(d[k].kind === d[k - 1].kind).toBe(false); // adjacent parts merged
    }
  });

  it('handles empty sides', () => {
    expect(charDiff('', '')).toEqual([]);
    expect(charDiff('', '新增。')).toEqual([{ kind: 'added', text: '新增。' }]);
    expect(charDiff('删除。', '')).toEqual([{ kind: 'removed', text: '删除。' }]);
  });
});
