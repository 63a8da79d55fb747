// The three real notices in ../shared/fixtures/seeds, with the counts and metadata the issue states.
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/import/text';
import { computeNumbers } from '../../shared/model/numbering';
import { flatten } from '../../shared/model/tree';
import { readSeed } from '../helpers/paths';
import { allTexts, codes, countLevel } from './helpers';

describe('jilin-2024-province-notice', () => {
  const doc = importText(readSeed('jilin'));

  it('has 11 first-level and 39 second-level sections, second level numbered (一)…(三十九) continuously', () => {
    expect(doc.sections).toHaveLength(11);
    expect(countLevel(doc, 1)).toBe(11);
    expect(countLevel(doc, 2)).toBe(39);
    expect(doc.numbering[2]).toBe('continuous');
    const numbers = computeNumbers(doc.sections, doc.numbering);
    const second = flatten(doc.sections)
      .filter((f) => f.section.level === 2)
      .map((f) => numbers.get(f.section.id)!.number);
    expect(second[0]).toBe('一');
    expect(second[10]).toBe('十一');
    expect(second[38]).toBe('三十九');
    expect(doc.sections[10].children.map((c) => c.sourceLabel)).toEqual(['(三十七)', '(三十八)', '(三十九)']);
  });

  it('reads run-in headings, commas included, and stand-alone level-1 headings', () => {
    const first = doc.sections[0].children[0];
    expect(doc.sections[0].runIn).toBe(false);
    expect(doc.sections[0].heading).toBe(
      '持续深入学习宣传贯彻习近平新时代中国特色社会主义思想和习近平总书记关于民政工作的重要论述',
    );
    expect(first.runIn).toBe(true);
    expect(first.heading).toBe('深入学习贯彻习近平新时代中国特色社会主义思想');
    expect(first.paragraphs[0]).toMatch(/^巩固深化主题教育成果,/);
    const eighteen = doc.sections[5].children[0];
    expect(eighteen.sourceLabel).toBe('(十八)');
    expect(eighteen.heading).toBe('坚持“引领+结合”并重,强化全面领导,提升党建工作质量');
    expect(eighteen.runIn).toBe(true);
  });

  it('reads the notice metadata', () => {
    expect(doc.meta.recipients).toBe(
      '各市(州)民政局,长白山管委会民政局,各县(市、区)民政局,厅机关各处(室)、各直属事业单位',
    );
    expect(doc.meta.signature).toBe('吉林省民政厅');
    expect(doc.meta.issuer).toBe('吉林省民政厅');
    expect(doc.meta.date).toBe('2024-02-19');
    expect(doc.meta.note).toBe('(此件公开发布)');
    expect(doc.meta.title).toBe('2024年全省民政工作要点');
    expect(doc.meta.coverParagraphs).toHaveLength(1);
    expect(doc.meta.coverParagraphs[0]).toMatch(/^《2024年全省民政工作要点》已经/);
    expect(doc.preamble).toHaveLength(1);
    expect(doc.preamble[0]).toMatch(/^2024年全省民政工作要坚持/);
  });

  it('imports cleanly: no TOC, no warnings', () => {
    expect(doc.toc).toBeNull();
    expect(doc.warnings).toEqual([]);
  });
});

describe('maoji-2025-district-with-toc', () => {
  const doc = importText(readSeed('maoji'));

  it('keeps the TOC of 10 first-level and 31 second-level entries apart from the body', () => {
    expect(doc.toc).not.toBeNull();
    expect(doc.toc!.filter((e) => e.level === 1)).toHaveLength(10);
    expect(doc.toc!.filter((e) => e.level === 2)).toHaveLength(31);
    expect(doc.toc![0]).toEqual({ level: 1, number: '一', heading: '坚持和加强党对民政工作的全面领导' });
    expect(doc.toc![40]).toEqual({ level: 2, number: '三十一', heading: '抓好党风廉政建设' });
  });

  it('imports the 5 first-level and 16 second-level sections the truncated body has, and warns', () => {
    expect(countLevel(doc, 1)).toBe(5);
    expect(countLevel(doc, 2)).toBe(16);
    expect(doc.numbering[2]).toBe('continuous');
    expect(doc.meta.title).toBe('2025年全区民政工作要点');
    expect(doc.preamble).toHaveLength(1);
    const last = doc.sections[4].children[1];
    expect(last.heading).toBe('激发社会组织内生动力');
    expect(last.paragraphs[0]).toMatch(/开展乡$/);
    expect(codes(doc)).toEqual(expect.arrayContaining(['truncated', 'toc-found', 'toc-mismatch']));
    const mismatch = doc.warnings.find((w) => w.code === 'toc-mismatch')!;
    expect(mismatch.message).toContain('一级标题 10 个、二级标题 31 个');
    expect(mismatch.message).toContain('一级标题 5 个、二级标题 16 个');
    expect(doc.warnings.find((w) => w.code === 'truncated')!.message).toContain('开展乡');
  });
});

describe('jiangsu-2014-province-web-copy', () => {
  const doc = importText(readSeed('jiangsu'));

  it('reads the metadata, partly from the web page block', () => {
    expect(doc.meta.docNumber).toBe('苏民发〔2014〕1号');
    expect(doc.meta.signature).toBe('江苏省民政厅');
    expect(doc.meta.issuer).toBe('江苏省民政厅');
    expect(doc.meta.date).toBe('2014-01-05');
    expect(doc.meta.recipients).toBe('各市、县(市、区)民政局,厅各处室、各直属单位');
    expect(doc.meta.noticeTitle).toBe('关于印发2014年全省民政工作要点的通知');
    expect(doc.meta.title).toBe('2014年全省民政工作要点');
    expect(doc.meta.coverParagraphs).toHaveLength(1);
  });

  it('recovers the lost 六 and warns that its number was missing', () => {
    expect(doc.sections).toHaveLength(10);
    expect(doc.sections[5].heading).toBe('切实增强减灾救灾能力');
    const numbers = computeNumbers(doc.sections, doc.numbering);
    expect(numbers.get(doc.sections[5].id)!.label).toBe('六、');
    expect(numbers.get(doc.sections[9].id)!.label).toBe('十、');
    expect(codes(doc)).toEqual(['number-missing']);
    expect(doc.warnings[0].message).toContain('切实增强减灾救灾能力');
    expect(doc.warnings[0].message).toContain('六');
  });

  it('turns the lead sentences into un-numbered run-in items: 3,4,4,4,6,2,4,6,5,2', () => {
    expect(doc.sections.map((s) => s.children.length)).toEqual([3, 4, 4, 4, 6, 2, 4, 6, 5, 2]);
    expect(doc.numbering[2]).toBe('none');
    const item = doc.sections[0].children[0];
    expect(item).toMatchObject({ level: 2, heading: '完善养老服务政策', runIn: true });
    expect(item.paragraphs[0]).toMatch(/^发挥政府保基本/);
    expect(doc.sections.every((s) => s.paragraphs.length === 0)).toBe(true);
  });

  it('leaves no web residue in any text', () => {
    for (const t of allTexts(doc)) {
      expect(t).not.toMatch(/ICP/);
      expect(t).not.toMatch(/索引号/);
      expect(t).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      expect(t).not.toMatch(/^(分类|发布机构|发文日期|名称|文号)[:：]/);
    }
  });
});
