// A correct, full-width 要点 built with the model's factories: the checks must find nothing in it.
import { createDocument, createSection } from '../../shared/model';
import type { Section, YaodianDocument } from '../../shared/model';

export function correctDocument(): YaodianDocument {
  const lbl = (s: Section, label: string) => ({ ...s, sourceLabel: label });
  return createDocument({
    meta: {
      issuer: '吉林省民政厅',
      issuerMark: '吉林省民政厅文件',
      docNumber: '吉民发〔2024〕3号',
      copyNumber: null,
      secrecy: null,
      urgency: null,
      signer: null,
      noticeTitle: '吉林省民政厅关于印发2024年全省民政工作要点的通知',
      recipients: '各市（州）民政局，长白山管委会民政局，各县（市、区）民政局',
      coverParagraphs: ['《2024年全省民政工作要点》已经厅党组会议审议通过，现印发给你们，请结合实际认真贯彻落实。'],
      attachments: ['2024年全省民政工作要点'],
      signature: '吉林省民政厅',
      date: '2024-02-19',
      note: '（此件公开发布）',
      cc: '民政部办公厅',
      printedBy: '吉林省民政厅办公室',
      printedDate: '2024-02-20',
      title: '2024年全省民政工作要点',
    },
    numbering: { 1: 'restart', 2: 'continuous', 3: 'restart', 4: 'restart' },
    preamble: ['2024年全省民政工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。'],
    sections: [
      lbl(
        createSection(1, '持续深入学习宣传贯彻习近平新时代中国特色社会主义思想', {
          children: [
            lbl(
              createSection(2, '深入学习贯彻习近平新时代中国特色社会主义思想', {
                runIn: true,
                paragraphs: ['巩固深化主题教育成果，坚定拥护“两个确立”、坚决做到“两个维护”。'],
              }),
              '（一）',
            ),
            lbl(
              createSection(2, '深入学习宣传贯彻重要论述', {
                runIn: true,
                paragraphs: ['创新方式载体，持续营造浓厚氛围。'],
                children: [
                  lbl(
                    createSection(3, '理论学习中心组学习', {
                      runIn: true,
                      paragraphs: ['每季度不少于1次，全年1,000人次以上。'],
                    }),
                    '1.',
                  ),
                  lbl(
                    createSection(3, '举办读书班', {
                      runIn: true,
                      paragraphs: ['增长3.5个百分点；参照GB/T 9704-2012执行。'],
                      children: [
                        lbl(
                          createSection(4, '', { paragraphs: ['落实《吉林省实施〈老年人权益保障法〉办法》。'] }),
                          '（1）',
                        ),
                        lbl(createSection(4, '', { paragraphs: ['办理“12349”热线：全年无休！'] }), '（2）'),
                      ],
                    }),
                    '2.',
                  ),
                ],
              }),
              '（二）',
            ),
          ],
        }),
        '一、',
      ),
      lbl(
        createSection(1, '健全完善分层分类社会救助体系', {
          children: [
            lbl(
              createSection(2, '加强低收入人口动态监测', {
                runIn: true,
                paragraphs: ['落实《关于加强低收入人口动态监测做好分层分类社会救助工作的意见》。', '第二段说明？'],
              }),
              '（三）',
            ),
            createSection(2, '编辑器中新加的一条', { runIn: true, paragraphs: ['没有原文序号。'] }),
          ],
        }),
        '二、',
      ),
    ],
  });
}

/** Finds a section by heading (first match, document order). */
export function byHeading(doc: YaodianDocument, heading: string): Section {
  const walk = (list: Section[]): Section | undefined => {
    for (const s of list) {
      if (s.heading === heading) return s;
      const inner = walk(s.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const found = walk(doc.sections);
  if (!found) throw new Error(`no section ${heading}`);
  return found;
}

/** A copy with one section changed. */
export function editSection(doc: YaodianDocument, heading: string, fn: (s: Section) => Section): YaodianDocument {
  const walk = (list: Section[]): Section[] =>
    list.map((s) => (s.heading === heading ? fn(s) : { ...s, children: walk(s.children) }));
  return { ...doc, sections: walk(doc.sections) };
}
