// A generated 要点 with n assigned tasks (second level under ten first-level headings), for the output tests
// and the benchmarks. The text varies per task so matching by text has something to tell apart.
import { createDocument, createSection } from '../../shared/model/factory';
import type { Section, YaodianDocument } from '../../shared/model/types';

export const UNITS = [
  '社会救助处',
  '养老服务处',
  '社会事务处',
  '儿童福利处',
  '区划地名处',
  '规划财务处',
  '办公室',
  '机关党委',
  '慈善社工处',
  '基层政权处',
];
const TOPICS = [
  '低保',
  '特困供养',
  '临时救助',
  '养老机构',
  '居家养老',
  '婚姻登记',
  '殡葬改革',
  '儿童福利',
  '地名管理',
  '慈善募捐',
  '社工人才',
  '社区治理',
  '福彩发行',
  '财务审计',
  '党风廉政',
  '信息化建设',
  '残疾人福利',
  '流浪救助',
  '区划调整',
  '志愿服务',
];
const VERBS = ['完善', '健全', '推进', '加强', '规范', '深化', '提升', '落实', '优化', '开展'];
const DEADLINES = ['3月底前', '6月底前', '二季度', '9月底前', '年底前', '全年', '持续推进', '上半年'];

export function taskText(i: number): { heading: string; body: string } {
  const topic = TOPICS[i % TOPICS.length];
  const verb = VERBS[Math.floor(i / TOPICS.length) % VERBS.length];
  return {
    heading: `${verb}${topic}工作第${i + 1}项`,
    body: `围绕${topic}${verb}制度机制，编号${i + 1}的任务要求各地${['摸清底数', '建立台账', '完善标准', '强化督导'][i % 4]}，确保按时完成。`,
  };
}

export function makeTaskDocument(n: number, year = 2024): YaodianDocument {
  const groups: Section[] = [];
  for (let g = 0; g < 10; g++) {
    const children: Section[] = [];
    for (let i = g; i < n; i += 10) {
      const t = taskText(i);
      children.push(
        createSection(2, t.heading, {
          runIn: true,
          paragraphs: [t.body],
          assignment: {
            lead: [UNITS[i % UNITS.length]],
            support: i % 3 ? [UNITS[(i + 3) % UNITS.length], UNITS[(i + 5) % UNITS.length]] : [],
            deadline: DEADLINES[i % DEADLINES.length],
            deadlineDate: null,
            leader: i % 4 === 0 ? '王副厅长' : null,
          },
        }),
      );
    }
    groups.push(createSection(1, `第${g + 1}方面重点工作`, { children }));
  }
  return createDocument({
    meta: {
      title: `${year}年全省民政工作要点`,
      noticeTitle: `关于印发${year}年全省民政工作要点的通知`,
      attachments: [],
    } as unknown as YaodianDocument['meta'],
    sections: groups,
  });
}
