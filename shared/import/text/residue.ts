// Web-page residue in notices copied from government sites: navigation, accessibility switches, the
// 索引号/分类/发布机构 block, timestamps, share/print links and the site footer (主办/版权所有/ICP/公网安备).
// Lines that are residue are dropped; values in the metadata block are kept for the notice metadata.
import { parseChineseDate } from '../../model/dates';
import { readDate } from './dates';
import { EDITORIAL, isRecipients } from './notice';
import { charLength } from './sentences';

export interface ResidueFields {
  noticeTitle?: string;
  docNumber?: string;
  /** 发文日期 / 成文日期 of the metadata block, YYYY-MM-DD */
  date?: string;
  /** a page timestamp (2014-01-05 14:40:15), YYYY-MM-DD: the weakest date evidence */
  publishDate?: string;
  /** 发布机构 / 发文机关 */
  publisher?: string;
}

type FieldName = keyof ResidueFields | null;

// Keys of the metadata block government sites print above a notice, and where their values go.
const KEYS: Record<string, FieldName> = {
  名称: 'noticeTitle',
  标题: 'noticeTitle',
  文件名称: 'noticeTitle',
  文号: 'docNumber',
  发文字号: 'docNumber',
  文件编号: 'docNumber',
  发文日期: 'date',
  成文日期: 'date',
  印发日期: 'date',
  发布日期: 'publishDate',
  发布时间: 'publishDate',
  公开日期: 'publishDate',
  生成日期: 'publishDate',
  更新时间: 'publishDate',
  发布机构: 'publisher',
  发文机关: 'publisher',
  发文单位: 'publisher',
  发布单位: 'publisher',
  索引号: null,
  分类: null,
  主题分类: null,
  组配分类: null,
  体裁分类: null,
  服务对象分类: null,
  信息分类: null,
  主题词: null,
  关键词: null,
  公开方式: null,
  公开范围: null,
  公开形式: null,
  公开时限: null,
  有效性: null,
  时效性: null,
  效力状态: null,
  是否有效: null,
  统一编码: null,
  统一编号: null,
  信息来源: null,
  来源: null,
  作者: null,
  责任部门: null,
  内容概述: null,
  浏览次数: null,
  点击数: null,
  阅读次数: null,
  访问量: null,
  访问次数: null,
  阅读量: null,
  点击量: null,
  浏览量: null,
  责任编辑: null,
  责编: null,
  编辑: null,
  审核: null,
  校对: null,
  核稿: null,
  发布人: null,
  信息提供: null,
  供稿: null,
  录入: null,
  所属机构: null,
  所属主题: null,
  信息名称: 'noticeTitle',
  文章来源: null,
  字号: null,
  发文机构: 'publisher',
  成文时间: 'date',
  发文时间: 'date',
  文件分类: null,
  公文种类: null,
  文种: null,
  生效日期: null,
  实施日期: null,
  废止日期: null,
  失效日期: null,
  有效期: null,
  主题: null,
};
// a table layout pads short keys to the width of long ones: "文　　号：", "来 源："
const KEY_ALT = Object.keys(KEYS)
  .sort((a, b) => b.length - a.length)
  .map((k) => [...k].join('\\s*'))
  .join('|');
const KEY_LINE = new RegExp(`^(?:${KEY_ALT})\\s*[:：]`);
const KEY_ALONE = new RegExp(`^(?:${KEY_ALT})\\s*[:：]?$`);
// several keys may share a line, with or without spaces between them
const KEY_VALUE = new RegExp(`(${KEY_ALT})\\s*[:：]\\s*(.*?)(?=\\s*(?:${KEY_ALT})\\s*[:：]|$)`, 'g');
// a table copied without colons: "索 引 号 1133…/2024-104569 公开方式 主动公开", "成文日期 2024-01-11 发布机构 县民政局"
const KEY_SPACED_PAIR = new RegExp(`(${KEY_ALT})[\\s\\u3000]+([^\\s\\u3000]+)[\\s\\u3000]*`, 'g');
const KEY_SPACED_START = new RegExp(`^(?:${KEY_ALT})[\\s\\u3000]+[^\\s\\u3000]`);
// a page's stamp line with more than one field: "时间:2018-05-02  浏览次数:"
const STAMP_KEYS = new RegExp(`^(?:时间|日期)\\s*[:：]\\s*\\S*\\s+(?:${KEY_ALT})\\s*[:：]`);
// a list bullet a page puts before each metadata item or menu entry ("• 索引号:", "- 设为首页")
const BULLET = /^[•·●○■□◆◇▪▸►*\-–][\s\u3000]+/;

// the value of 索引号 alone on its line: "000014349/1997-00074", "113310247405400961/2024-104569"
const INDEX_CODE = /^[0-9A-Za-z]{6,24}[/-]\d{4}-\d{3,8}$/;
// a value with the next cell's key after it ("国办发〔1997〕11 号 发布日期："): the value stays, the key goes
const TRAILING_KEY = new RegExp(`^(.{1,60}?)[\\s\\u3000]+(?:${KEY_ALT})[\\s\\u3000]*[:：][\\s\\u3000]*$`);

/** "国办发〔1997〕11 号 发布日期：" → "国办发〔1997〕11 号"; null when the line does not end with a bare key. */
export function valueBeforeKey(text: string): string | null {
  const m = charLength(text) <= 80 ? TRAILING_KEY.exec(text) : null;
  return m && !KEY_LINE.test(text) && /[\u4e00-\u9fff0-9]/.test(m[1]) ? m[1] : null;
}

/** A line made only of "key value" pairs of the metadata block, without colons. */
function spacedPairs(text: string): Array<[string, string]> | null {
  // a table copied without colons has none: "主 题 词：" is a key alone, not "主题" with the value "词："
  if (charLength(text) > 120 || /[:：]/.test(text) || !KEY_SPACED_START.test(text)) return null;
  const pairs = [...text.matchAll(KEY_SPACED_PAIR)].map((m) => [m[1], m[2]] as [string, string]);
  return text.replace(KEY_SPACED_PAIR, '') === '' ? pairs : null;
}

const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?';
const TIMESTAMP = new RegExp(
  `^(?:[【\\[]?(?:发布|更新)?(?:时间|日期)[:：]?\\s*)?(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?)(?:\\s+${TIME})?[】\\]]?$`,
);

// Short lines made only of these words (separated by spaces, | or brackets) are page chrome.
const NAV_WORDS = new Set([
  '首页',
  '网站首页',
  '返回首页',
  '无障碍',
  '无障碍浏览',
  '无障碍阅读',
  '长者模式',
  '关怀版',
  '关怀模式',
  '适老化',
  '适老化版',
  '简体',
  '繁体',
  '繁體',
  '简体版',
  '繁体版',
  'English',
  'EN',
  '登录',
  '注册',
  '个人登录',
  '法人登录',
  '搜索',
  '高级搜索',
  '网站地图',
  '联系我们',
  '收藏',
  '加入收藏',
  '设为首页',
  '打印',
  '打印本页',
  '打印此页',
  '关闭',
  '关闭窗口',
  '关闭本页',
  '分享',
  '分享到',
  '返回顶部',
  '返回',
  '字号',
  '字体',
  '大',
  '中',
  '小',
  '默认',
  '上一篇',
  '下一篇',
  '相关链接',
  '扫一扫',
  '微信',
  '微博',
  'QQ',
  'QQ空间',
  '手机版',
  '移动版',
  '智能问答',
  '我要留言',
  '纠错',
  '我要纠错',
  '意见箱',
  '视力保护色',
  '保护视力色',
  '语音播报',
  '朗读',
  '放大',
  '缩小',
  '跳转到主要内容',
  '跳到主要内容',
  '政务邮箱',
  '邮箱',
  '主页',
  '【打印】',
  '【关闭】',
  '打印文章',
  '关闭页面',
  '在线访谈',
  '政务微博',
  '政务微信',
  '下载',
  '附件下载',
  '相关文件',
  '相关阅读',
  '扫一扫在手机打开当前页',
  '在手机上打开',
  '信息公开',
  '政府信息公开',
  '当前位置',
  '您现在的位置',
  '位置',
  '正文',
  '我要打印',
  '打印正文',
  '使用帮助',
  '帮助',
  '隐私声明',
  '隐私政策',
  '免责声明',
  '网站声明',
  '关于我们',
  '网站纠错',
  '意见建议',
  '投诉建议',
  '网站导航',
  '政务服务',
  '互动交流',
  '新闻中心',
  '我要收藏',
  '收藏本页',
  '推荐给朋友',
  '保存',
  '另存为',
]);

const FOOTER = [
  /ICP\s*[备证]/i,
  /公网安备/,
  /网安备\s*\d/,
  /网站标识码/,
  /网站识别码/,
  /版权所有/,
  /copyright/i,
  /©/,
  /^(?:主办|承办|协办)(?:单位)?\s*[:：]/,
  /^(?:运维|维护|建设|管理)单位\s*[:：]/,
  /^技术支持\s*[:：]?/,
  /^(?:建议使用|推荐使用|最佳分辨率|最佳浏览)/,
  /^(?:您(?:当前|现在)?的?(?:位置|所在位置)|当前位置|所在位置)\s*[:：>＞»]/,
  /^分享到\s*[:：]?/,
  /^(?:上一篇|下一篇)\s*[:：]/,
  /^[【[]?\s*(?:字号|字体)\s*[:：]?\s*[【[]?\s*大\s*中\s*小/,
  /^扫一扫/,
  /^(?:打印本页|关闭窗口|【打印】|【关闭】)/,
  // the site's address block: 地址：… 邮编：… 电话：…
  /^(?:联系|通讯)?地址\s*[:：].{0,60}(?:邮编|邮政编码|电话|传真)\s*[:：]/,
  /^(?:邮编|邮政编码|联系电话|电话|传真)\s*[:：]\s*[\d\s()（）-]{5,}/,
];
// page numbers and page counters left by a copy from Word or PDF: "- 3 -", "—3—", "第 3 页 共 10 页"
const PAGE_NUMBER =
  /^(?:[-—–－\s\u3000]*\d{1,3}[-—–－\s\u3000]*|第\s*\d+\s*页[，,\s]*(?:共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
// a download link: "2023年任务分工.docx", "附件1.xxx.pdf（235KB）"
const FILE_NAME =
  /\.(?:docx?|wps|xlsx?|et|pdf|ofd|zip|rar|7z|txt|jpe?g|png|pptx?)(?:\s*[(（][\d.]+\s*[KMG]?B?[)）])?(?:\s*下载)?$/i;
// headers of link lists a page prints after the article
const LINK_HEADER =
  /^[【[]?(?:相关链接|友情链接|相关文章|相关阅读|相关新闻|相关文件|相关信息|热点推荐|推荐阅读|网站导航|部门网站|政府网站|链接)[】\]]?\s*[:：]?$/;
// a number label at the start of a line (一、 （一） 1. ⑴ ①): body text, never a link
const LABEL_START =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、)）]|[\u2460-\u249b])/;
const BREADCRUMB = /^(?:[>＞»›]\s*)?[^。，,；;]{1,24}(?:\s*[>＞»›]\s*[^。，,；;]{1,24}){2,}$/;

function isNavLine(text: string): boolean {
  if (charLength(text) > 60) return false;
  const words = text.split(/[\s|｜/·•【】[\]()（）:：,，、]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => NAV_WORDS.has(w));
}

/** A page stamp (2014-01-05 14:40:15, 发布时间:…); a bare 2024年2月19日 line is a 成文日期, not residue. */
function pageTimestamp(text: string): string | null {
  const m = TIMESTAMP.exec(text);
  if (!m || !(/[-/]/.test(m[1]) || /\d:\d/.test(text) || /时间|日期/.test(text))) return null;
  return parseChineseDate(m[1]) ?? '';
}

// a page's date widget: "今天是：" (its date on the next line), "今天是2024年3月5日 星期二", "2024年3月5日 星期二"
const TODAY = /^(?:今天是|今日|当前日期)[\s\u3000]*[:：]?[\s\u3000]*$/;
const WEEKDAY_DATE =
  /^(?:(?:今天是|今日|当前日期)[\s\u3000]*[:：]?[\s\u3000]*)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\u3000]*(?:星期|周|礼拜)[一二三四五六日天](?:[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?$/;
// "首页 > 正文": a breadcrumb of two steps when it starts from the home page
const SHORT_CRUMB =
  /^(?:首页|网站首页|主页|当前位置|您的位置|您现在的位置)[\s\u3000]*[>＞»›][\s\u3000]*[^。，,；;]{1,24}$/;
// an entry of a link list before or after the document: "【一图读懂】《…》 2024-03-02", "政策解读：《…》解读"
const LINK_TAG =
  '一图读懂|图解|图文解读|政策解读|解读|视频|音频|专题|热点|推荐|相关链接|相关文件|媒体报道|权威发布|新闻发布会|直播|访谈';
const LINK_ENTRY = new RegExp(
  `^(?:【(?:${LINK_TAG})】.{0,80}|《[^》]{2,80}》.{0,20}[\\s\\u3000]+\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|(?:政策解读|相关解读|图文解读|图解|一图读懂|视频解读|解读)[\\s\\u3000]*[:：].{1,80})$`,
);

export function isResidueLine(text: string): boolean {
  if (TODAY.test(text) || WEEKDAY_DATE.test(text) || SHORT_CRUMB.test(text)) return true;
  if (charLength(text) <= 100 && LINK_ENTRY.test(text) && !/^【[^】]*】$/.test(text)) return true;
  if (charLength(text) <= 160 && FOOTER.some((re) => re.test(text))) return true;
  if (charLength(text) <= 120 && FILE_NAME.test(text)) return true;
  return (
    isNavLine(text) ||
    BREADCRUMB.test(text) ||
    PAGE_NUMBER.test(text) ||
    pageTimestamp(text) !== null ||
    KEY_LINE.test(text) ||
    KEY_ALONE.test(text)
  );
}

function store(fields: ResidueFields, key: string, value: string): void {
  const name = KEYS[key.replace(/\s+/g, '')];
  const v = value.replace(/[|｜\s\u3000]+$/, '').trim();
  if (!name || !v) return;
  if (name === 'date' || name === 'publishDate') {
    const iso = parseChineseDate(v.split(/\s+/)[0]);
    if (iso && !fields[name]) fields[name] = iso;
  } else if (!fields[name]) {
    fields[name] = v;
  }
}

/**
 * Whether the line after a key alone ("主 题 词：" with its cell empty) is that key's value and not the
 * document's first line: a date key takes a date, a 文号 key a 文号, and no other key takes a title's line.
 */
function plausibleValue(key: string, next: string): boolean {
  const name = KEYS[key.replace(/\s+/g, '')];
  if (name === 'date' || name === 'publishDate') return !!parseChineseDate(next.split(/\s+/)[0]);
  if (name === 'docNumber') return /[〔[【(（［]\s*\d{4}\s*[〕\]】)）］]|\d+号/.test(next);
  if (name === 'noticeTitle') return charLength(next) >= 6 && !parseChineseDate(next.replace(/\s+/g, ''));
  // an index code belongs to 索引号 and 索引号 takes nothing else
  if (/^索引号$/.test(key.replace(/\s+/g, '')) || INDEX_CODE.test(next))
    return /^索引号$/.test(key.replace(/\s+/g, '')) && /^[0-9A-Za-z/-]{6,40}$/.test(next);
  // 主题词 are short words with spaces between ("民政 社团 方案 通知"), whatever they end with
  if (
    /^(?:主题词|关键词)$/.test(key.replace(/\s+/g, '')) &&
    /^(?:[^\s\u3000]{1,8}[\s\u3000]+){1,9}[^\s\u3000]{1,8}$/.test(next) &&
    !parseChineseDate(next.replace(/\s+/g, ''))
  )
    return true;
  return (
    !/关于|印发|转发|(?:通知|意见|决定|函|批复|通报|答复|报告|方案|要点|计划|规则|办法)$/.test(next) &&
    !/[:：]$/.test(next) &&
    !parseChineseDate(next.replace(/\s+/g, '')) &&
    !DOC_NUMBER_LIKE.test(next) &&
    !/^第.{1,4}[章节部分篇]/.test(next)
  );
}
const DOC_NUMBER_LIKE = /[〔[【(（［]\s*\d{4}\s*[〕\]】)）］]\s*\d{1,5}\s*号/;

/**
 * The end of a table cell a PDF copy wrapped onto the next line ("…工作意见报" / "告的通知", "…测绘、地" / "震"):
 * a very short line without punctuation right after a metadata line. A title's tail completes the title.
 */
function cellTail(texts: readonly string[], at: number, fields: ResidueFields, key: string): number {
  const t = texts[at];
  if (
    t === undefined ||
    charLength(t) > 8 ||
    /[。；;，,：:、]/.test(t) ||
    LABEL_START.test(t) ||
    KEY_ALONE.test(t) ||
    parseChineseDate(t.replace(/\s+/g, ''))
  )
    return 0;
  const name = KEYS[key.replace(/\s+/g, '')];
  if (
    name === 'noticeTitle' &&
    fields.noticeTitle &&
    !/(?:通知|通报|意见|决定|函|批复|答复|报告|方案|要点)$/.test(fields.noticeTitle)
  ) {
    fields.noticeTitle += t;
    return 1;
  }
  // only a cell that was cut: its value ends without a closing word and the tail is a piece, not a name
  return name !== 'noticeTitle' && charLength(t) <= 4 ? 1 : 0;
}

/** A line that goes on a title begun on the line before ("国务院办公厅" / "关于…的函"). */
function startsTitle(text: string | undefined): boolean {
  return (
    text !== undefined &&
    charLength(text) <= 60 &&
    !/[。；;：:]/.test(text) &&
    (/^关于/.test(text) || /(?:通知|意见|决定|函|批复|通报|答复|报告|方案|要点)$/.test(text))
  );
}

/** A related link: a site's name or an article title; no number, no clause or sentence marks. */
function isLinkItem(text: string): boolean {
  return charLength(text) <= 60 && !/[，,、；;。！？!?：:]/.test(text) && !LABEL_START.test(text);
}

/** A site menu item: a short name without punctuation or digits ("机构概况", "政务公开"). */
function isMenuItem(text: string): boolean {
  return charLength(text) <= 6 && /^[\u4e00-\u9fffA-Za-z]+$/.test(text);
}

/**
 * A browser's "select all" copy puts the site menu one item per line. A run of four or more menu-like
 * lines holding at least two known chrome words is the menu (with the site's name above it).
 */
function menuRuns(texts: readonly string[]): Set<number> {
  const drop = new Set<number>();
  for (let i = 0; i < texts.length;) {
    let e = i;
    let nav = 0;
    while (e < texts.length && (isMenuItem(texts[e]) || isNavLine(texts[e]))) {
      if (isNavLine(texts[e])) nav++;
      e++;
    }
    if (e - i >= 4 && nav >= 2) for (let k = i; k < e; k++) drop.add(k);
    i = Math.max(e, i + 1);
  }
  return drop;
}

/**
 * Removes residue lines and returns the values found in them. `texts` are trimmed, non-empty lines;
 * the result holds the indexes of the lines kept.
 */
export function stripResidue(lines: readonly string[]): { kept: number[]; fields: ResidueFields } {
  const fields: ResidueFields = {};
  const kept: number[] = [];
  // chrome is recognised without its list bullets; the lines kept keep their text
  const texts = lines.map((t) => (BULLET.test(t) ? t.replace(BULLET, '') : t));
  const menu = menuRuns(texts);
  /** keys printed alone whose values a column-wise copy gives later */
  const pending: string[] = [];
  let pendingUntil = -1;
  // keys alone in a row; three or more are a column of keys (their values come later), fewer are empty values
  const run: string[] = [];
  const flushRun = () => {
    if (run.length >= 3) pending.push(...run.slice(0, 8));
    run.length = 0;
  };
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    // a table printed to PDF and copied: a key split over two lines ("标" / "题："), an index code alone
    if (charLength(t) <= 2 && texts[i + 1] !== undefined && KEY_ALONE.test(t + texts[i + 1])) {
      i++;
      continue;
    }
    if (INDEX_CODE.test(t)) continue;
    const pairs = spacedPairs(t);
    if (pairs) {
      for (const [k, v] of pairs) store(fields, k, v);
      continue;
    }
    if (STAMP_KEYS.test(t)) {
      const stamp = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/.exec(t);
      const iso = stamp ? parseChineseDate(stamp[0]) : null;
      if (iso && !fields.publishDate) fields.publishDate = iso;
      continue;
    }
    if (menu.has(i)) continue;
    if (EDITORIAL.test(t)) continue;
    // "公开方式：主动公开" under the 成文日期 is the document's 附注, not the page's metadata
    if (/^公开(?:方式|属性)\s*[:：]\s*\S/.test(t) && kept.length && readDate(texts[kept[kept.length - 1]])) {
      kept.push(i);
      continue;
    }
    if (KEY_ALONE.test(t)) {
      // a table layout: the key on one line, its short value on the next
      const key = t.replace(/\s*[:：]?$/, '');
      const next = texts[i + 1];
      const dateKey = /^(?:date|publishDate)$/.test(KEYS[key.replace(/\s+/g, '')] ?? '');
      const splitKey = next !== undefined && texts[i + 2] !== undefined && KEY_ALONE.test(next + texts[i + 2]);
      if (
        next !== undefined &&
        charLength(next) <= 80 &&
        !/[。；]/.test(next) &&
        (dateKey || !isResidueLine(next)) &&
        !LABEL_START.test(next) &&
        plausibleValue(key, next) &&
        !startsTitle(texts[i + 2]) &&
        !splitKey
      ) {
        store(fields, key, next);
        i++;
        i += cellTail(texts, i + 1, fields, key);
      } else {
        run.push(key);
        pendingUntil = i + 16;
        continue;
      }
      flushRun();
      continue;
    }
    flushRun();
    // a table printed to PDF and read by columns: the keys first, their values after them, in order
    if (
      pending.length &&
      i <= pendingUntil &&
      charLength(t) <= 60 &&
      !/[。；;]/.test(t) &&
      !LABEL_START.test(t) &&
      !isRecipients(t)
    ) {
      const k = pending.findIndex((key) => plausibleValue(key, t));
      if (k >= 0 && !INDEX_CODE.test(t)) {
        store(fields, pending[k], t);
        pending.splice(0, k + 1);
        continue;
      }
    } else if (pending.length && (i > pendingUntil || charLength(t) > 60 || isRecipients(t))) pending.length = 0;
    if (KEY_LINE.test(t)) {
      let lastKey = '';
      for (const m of t.matchAll(KEY_VALUE)) {
        store(fields, m[1], m[2]);
        lastKey = m[1];
      }
      i += cellTail(texts, i + 1, fields, lastKey);
      continue;
    }
    const stamp = pageTimestamp(t);
    if (stamp !== null) {
      if (stamp && !fields.publishDate) fields.publishDate = stamp;
      continue;
    }
    if (LINK_HEADER.test(t)) {
      // the list of site names under it ("中国政府网　民政部　省人民政府") goes too, when only page chrome follows
      let e = i + 1;
      while (e < texts.length && isLinkItem(texts[e]) && !isResidueLine(texts[e])) e++;
      if (e === texts.length || isResidueLine(texts[e])) i = e - 1;
      continue;
    }
    if (isResidueLine(t)) continue;
    kept.push(i);
  }
  return { kept, fields };
}
