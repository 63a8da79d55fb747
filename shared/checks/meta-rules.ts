// The notice's fields: 发文字号, 成文日期/印发日期, 主送, titles, 附注, 抄送, 附件说明, and years that disagree.
import type { NoticeMeta, YaodianDocument } from '../model/types';
import { yearInText } from '../new-year/plan-year';
import { TRAILING_PUNCT } from './cjk';
import { formatDocNumber, parseDocNumber, toAsciiDigits } from './doc-number';
import { finding, type Rule } from './finding';
import { FIELD_NAMES } from './locations';
import type { Finding } from './types';

function setMeta(doc: YaodianDocument, patch: Partial<NoticeMeta>): YaodianDocument {
  return { ...doc, meta: { ...doc.meta, ...patch } };
}

function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const f = (code: string, severity: Finding['severity'], message: string, field: keyof NoticeMeta, fix?: string) =>
  finding(code, severity, message, FIELD_NAMES[field], { field, fix });

function docNumberFindings(doc: YaodianDocument): Finding[] {
  const text = doc.meta.docNumber?.trim();
  if (!text) return [];
  const p = parseDocNumber(text);
  if (!p)
    return [
      f(
        'doc-number-format',
        'warning',
        `发文字号“${text}”无法识别，应写作“机关代字〔年份〕序号号”，如“苏民发〔2014〕1号”`,
        'docNumber',
      ),
    ];
  const out: Finding[] = [];
  if (p.open !== '〔' || p.close !== '〕') {
    out.push(
      f(
        'doc-number-brackets',
        'error',
        `发文字号“${text}”的年份应使用六角括号“〔〕”，不用“${p.open}${p.close}”`,
        'docNumber',
        '改为“〔〕”',
      ),
    );
  }
  if (toAsciiDigits(p.year).length !== 4)
    out.push(f('doc-number-year', 'error', `发文字号“${text}”的年份应写全四位`, 'docNumber'));
  if (p.ordinal)
    out.push(f('doc-number-ordinal', 'error', `发文字号“${text}”的序号前不加“第”`, 'docNumber', '删除“第”'));
  if (/^[0０]+[0-9０-９]/.test(p.number))
    out.push(f('doc-number-zero', 'error', `发文字号“${text}”的序号不编虚位（不加前导零）`, 'docNumber', '删除前导零'));
  if (!p.number) out.push(f('doc-number-empty', 'warning', `发文字号“${text}”缺少序号，请填写`, 'docNumber'));
  else if (!p.suffix)
    out.push(f('doc-number-suffix', 'error', `发文字号“${text}”应以“号”结尾`, 'docNumber', '末尾加“号”'));
  return out;
}

function dateFindings(doc: YaodianDocument): Finding[] {
  const m = doc.meta;
  const out: Finding[] = [];
  for (const field of ['date', 'printedDate'] as const) {
    const v = m[field];
    if (v && !isRealDate(v)) out.push(f('date-invalid', 'error', `${FIELD_NAMES[field]}“${v}”不是有效日期`, field));
  }
  if (m.date && m.printedDate && isRealDate(m.date) && isRealDate(m.printedDate) && m.printedDate < m.date) {
    out.push(f('date-order', 'warning', `印发日期（${m.printedDate}）早于成文日期（${m.date}）`, 'printedDate'));
  }
  const isNotice = !!(m.noticeTitle || m.signature || m.coverParagraphs.length);
  if (isNotice && !m.date) out.push(f('date-missing', 'warning', '通知缺少成文日期', 'date'));
  return out;
}

function yearFindings(doc: YaodianDocument): Finding[] {
  const m = doc.meta;
  const out: Finding[] = [];
  const planYear = yearInText(m.title);
  const noticeYear = yearInText(m.noticeTitle);
  if (planYear && noticeYear && planYear !== noticeYear) {
    out.push(
      f(
        'year-mismatch',
        'warning',
        `通知标题中的年份（${noticeYear}年）与要点标题（${planYear}年）不一致`,
        'noticeTitle',
      ),
    );
  }
  const year = planYear ?? noticeYear;
  const dateYear = m.date && isRealDate(m.date) ? Number(m.date.slice(0, 4)) : null;
  if (year && dateYear && dateYear !== year && dateYear !== year - 1) {
    out.push(f('year-mismatch', 'warning', `成文日期（${dateYear}年）与要点年度（${year}年）不符`, 'date'));
  }
  const dn = m.docNumber ? parseDocNumber(m.docNumber) : null;
  const dnYear = dn && toAsciiDigits(dn.year).length === 4 ? Number(toAsciiDigits(dn.year)) : null;
  if (dnYear && dateYear && dnYear !== dateYear) {
    out.push(
      f('year-mismatch', 'warning', `发文字号的年份（${dnYear}）与成文日期的年份（${dateYear}）不一致`, 'docNumber'),
    );
  } else if (dnYear && !dateYear && year && dnYear !== year && dnYear !== year - 1) {
    out.push(f('year-mismatch', 'warning', `发文字号的年份（${dnYear}）与要点年度（${year}年）不符`, 'docNumber'));
  }
  return out;
}

function fieldFindings(doc: YaodianDocument): Finding[] {
  const m = doc.meta;
  const out: Finding[] = [];
  // stored without the colon; the export adds "：", so anything left at the end prints doubled or half-width
  const rec = m.recipients?.trimEnd();
  if (rec && /[:,;.!?，；。、．]$/.test(rec)) {
    out.push(
      f(
        'recipients-end',
        'error',
        `主送机关末尾多了“${rec.slice(-1)}”；主送机关后应为全角冒号“：”，由导出自动添加`,
        'recipients',
        '改为以全角冒号结尾',
      ),
    );
  }
  for (const field of ['title', 'noticeTitle'] as const) {
    const t = m[field]?.trimEnd();
    if (t && TRAILING_PUNCT.test(t)) {
      out.push(f('title-end', 'error', `${FIELD_NAMES[field]}末尾不加标点：“${t}”`, field, '删除末尾标点'));
    }
  }
  const note = m.note?.trim();
  if (note && !(/^[(（]/.test(note) && /[)）]$/.test(note))) {
    out.push(f('note-parentheses', 'warning', `附注应加圆括号，如“（此件公开发布）”：“${note}”`, 'note', '加上圆括号'));
  }
  const cc = m.cc?.trim();
  if (cc && (/^抄送[:：]?/.test(cc) || /[。.]$/.test(cc))) {
    out.push(
      f(
        'cc-format',
        'warning',
        `抄送机关只填机关名称，“抄送：”和末尾句号由导出自动添加：“${cc}”`,
        'cc',
        '去掉“抄送：”和末尾句号',
      ),
    );
  }
  if (m.attachments.some((a) => TRAILING_PUNCT.test(a.trimEnd()) || /^\s*\d+[.．、]/.test(a))) {
    out.push(
      f(
        'attachment-format',
        'warning',
        '附件名称前不写序号、末尾不加标点（序号由导出自动添加）',
        'attachments',
        '去掉附件名称的序号和末尾标点',
      ),
    );
  }
  return out;
}

function fixDocNumber(
  doc: YaodianDocument,
  change: (p: NonNullable<ReturnType<typeof parseDocNumber>>) => void,
): YaodianDocument {
  const p = doc.meta.docNumber ? parseDocNumber(doc.meta.docNumber) : null;
  if (!p) return doc;
  change(p);
  return setMeta(doc, { docNumber: formatDocNumber(p) });
}

export const metaRule: Rule = {
  check: (ctx) => [
    ...docNumberFindings(ctx.doc),
    ...dateFindings(ctx.doc),
    ...yearFindings(ctx.doc),
    ...fieldFindings(ctx.doc),
  ],
  fixes: {
    'doc-number-brackets': (doc) =>
      fixDocNumber(doc, (p) => {
        p.open = '〔';
        p.close = '〕';
      }),
    'doc-number-ordinal': (doc) =>
      fixDocNumber(doc, (p) => {
        p.ordinal = '';
      }),
    'doc-number-zero': (doc) =>
      fixDocNumber(doc, (p) => {
        p.number = p.number.replace(/^[0０]+(?=[0-9０-９])/, '');
      }),
    'doc-number-suffix': (doc) =>
      fixDocNumber(doc, (p) => {
        p.suffix = '号';
      }),
    'recipients-end': (doc) =>
      setMeta(doc, { recipients: doc.meta.recipients?.trimEnd().replace(/[:：,;.!?，；。、．]+$/, '') ?? null }),
    'title-end': (doc, fd) => {
      const field = fd.field as 'title' | 'noticeTitle';
      return setMeta(doc, { [field]: doc.meta[field]?.trimEnd().replace(TRAILING_PUNCT, '') ?? null });
    },
    'note-parentheses': (doc) => {
      const note = (doc.meta.note ?? '').trim().replace(/^[(（]|[)）]$/g, '');
      return setMeta(doc, { note: `（${note}）` });
    },
    'cc-format': (doc) =>
      setMeta(doc, {
        cc:
          doc.meta.cc
            ?.trim()
            .replace(/^抄送[:：]?\s*/, '')
            .replace(/[。.]+$/, '') ?? null,
      }),
    'attachment-format': (doc) =>
      setMeta(doc, {
        attachments: doc.meta.attachments.map((a) =>
          a
            .trim()
            .replace(/^\d+[.．、]\s*/, '')
            .replace(TRAILING_PUNCT, ''),
        ),
      }),
  },
};
