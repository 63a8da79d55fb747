// Page chrome does not change the document: the three seeds pasted inside the chrome of real pages (taken
// from tests/corpus/real: a gov.cn metadata table, a county site's breadcrumb and colonless table, a district
// site's bulleted menu, a city page's date widget and link lists) import as the seeds do on their own.
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/import/text';
import type { YaodianDocument } from '../../shared/model/types';
import { readSeed, SEEDS } from '../helpers/paths';
import { shape } from './helpers';

const CHROME: Record<string, { before: string[]; after: string[] }> = {
  'gov.cn table and QR line': {
    before: ['索 引 号：\t000014349/2019-00007\t主题分类：\t民政、扶贫、救灾\\社团管理', '主 题 词：\t\t\t', '', ''],
    after: ['', '扫一扫在手机打开当前页'],
  },
  'county breadcrumb and colonless table': {
    before: [
      '当前位置: 首页',
      '> 政务公开 > 规划计划 > 计划总结',
      '索 引 号 113310247405400961/2024-104569 公开方式 主动公开',
      '组配分类 计划总结',
      '发布日期: 2024-01-11 访问次数:',
    ],
    after: ['【打印】 【关闭】'],
  },
  'district bullets': {
    before: ['- 设为首页', '- 加入收藏', '- 无障碍阅读', '- 长者版', '文 号: 文件分类: 所属机构:'],
    after: ['网站地图 | 联系我们', '主办：某区人民政府办公室 承办：某区大数据管理局'],
  },
  'city date widget, bars and link lists': {
    before: [
      '今天是：',
      '2024年3月5日 星期二',
      '首页\u00a0>\u00a0正文',
      '\ue6a5 打印本页  \ue60c 分享到：',
      '字号：大 中 小 | 打印 | 分享',
      '【一图读懂】2024年全市民政工作要点 2024-03-02',
    ],
    after: ['相关链接', '政策解读：《2024年全市民政工作要点》解读', '【一图读懂】2024年全市民政工作要点 2024-03-05'],
  },
};

/** What the chrome must not change: the notice's own text, the 要点 and its tree. */
function essence(doc: YaodianDocument) {
  const m = doc.meta;
  return {
    noticeTitle: m.noticeTitle,
    title: m.title,
    recipients: m.recipients,
    signature: m.signature,
    note: m.note,
    coverParagraphs: m.coverParagraphs,
    attachments: m.attachments,
    preamble: doc.preamble,
    sections: shape(doc.sections),
    toc: doc.toc,
    appendices: doc.appendices,
  };
}

describe('page chrome around the seeds', () => {
  for (const seed of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    const text = readSeed(seed);
    const plain = essence(importText(text));
    for (const [name, { before, after }] of Object.entries(CHROME)) {
      it(`${seed} inside ${name}`, () => {
        expect(essence(importText([...before, text, ...after].join('\n')))).toEqual(plain);
      });
    }
  }
});
