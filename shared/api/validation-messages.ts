// Chinese messages for input that fails the contract's zod schemas, naming the field concerned.
import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { FIELD_NAMES as NOTICE_FIELD_NAMES } from '../checks/locations';

const FIELD_NAMES: Record<string, string> = {
  // the notice's fields as the checks name them; below, names that read better in an input error
  ...NOTICE_FIELD_NAMES,
  attachments: '附件',
  id: '文档标识',
  documentId: '文档标识',
  sectionId: '章节标识',
  parentId: '上级章节标识',
  revisionId: '版本标识',
  oldId: '原文档标识',
  newId: '新文档标识',
  index: '位置',
  direction: '方向',
  level: '层级',
  mode: '编号方式',
  heading: '标题',
  runIn: '标题与正文同段',
  paragraphs: '正文段落',
  section: '章节',
  patch: '修改内容',
  document: '文档',
  sections: '章节',
  children: '下级章节',
  preamble: '导语',
  meta: '文档信息',
  numbering: '编号方式',
  toc: '目录',
  warnings: '提示',
  text: '文字',
  name: '文件名',
  dataBase64: '文件内容',
  path: '文件路径',
  profile: '版式',
  year: '年份',
  title: '标题',
  query: '查询',
  limit: '数量上限',
  trash: '回收站',
  isTemplate: '模板',
  reason: '原因',
  label: '说明',
  skeleton: '只保留框架',
  findingIndex: '检查结果序号',
  sourceLabel: '原编号',
  format: '格式标识',
  number: '编号',
  appendices: '附件内容',
  blocks: '内容块',
  rows: '表格行',
  headerRows: '表头行数',
  kind: '类型',
  code: '代码',
  message: '说明',
  withSeal: '加盖印章',
  version: '所依据的版本',
  changes: '修改内容',
  upsert: '修改的章节',
  remove: '删除的章节',
  position: '位置',
};

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  undefined: '空',
  null: '空值',
  nan: '非数字',
  bigint: '整数',
  date: '日期',
};

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' && Number.isNaN(v) ? 'nan' : typeof v;

const zh = zhCN().localeError;

/** Plain messages for the common cases; zod's own Chinese locale for the rest. */
export const chineseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '缺少此项'
        : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际为${TYPE_NAMES[typeOf(issue.input)] ?? typeOf(issue.input)}`;
    case 'too_big': {
      // how much over, when the input is at hand (the document limits say it the same way)
      const n = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : null;
      const max = Number(issue.maximum);
      const over = n !== null && n > max ? `，多出 ${(n - max).toLocaleString('en-US')}` : '';
      if (issue.origin === 'string') return `文字过长（最多 ${max.toLocaleString('en-US')} 字${over && `${over} 字`}）`;
      if (issue.origin === 'array') return `项数过多（最多 ${max.toLocaleString('en-US')} 项${over && `${over} 项`}）`;
      return `数值过大（最大 ${issue.maximum}）`;
    }
    case 'too_small':
      return issue.origin === 'string'
        ? '不能为空'
        : issue.origin === 'array'
          ? `项数过少（至少 ${issue.minimum} 项）`
          : `数值过小（最小 ${issue.minimum}）`;
    case 'unrecognized_keys':
      return `含有不认识的项：${issue.keys.join('、')}`;
    case 'invalid_union':
    case 'invalid_value':
      return '取值不在允许的范围内';
    case 'invalid_format':
      return '格式不正确';
    default: {
      // zod's Chinese locale covers the rest; anything it leaves in English is replaced by a plain phrase
      const text = zh(issue);
      const message = typeof text === 'string' ? text : text?.message;
      return message && !/[A-Za-z]{4,}/.test(message) ? message : '内容不符合要求';
    }
  }
};

export function fieldPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts.push(`第 ${key + 1} 项`);
    else parts.push(FIELD_NAMES[String(key)] ?? String(key));
  }
  return parts.join(' › ');
}

/** "输入有误:“章节标识” 标识格式不正确" for the first problem (and how many other fields have one). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  const where = first.path.length ? `“${fieldPath(first.path)}”` : '';
  // several rules broken by one field count once
  const others = new Set(issues.map((i) => i.path.join('\u0000'))).size - 1;
  const more = others > 0 ? `（另有 ${others} 处问题）` : '';
  return `输入有误：${where}${where ? ' ' : ''}${first.message}${more}`;
}
