// The HTML reader used for saved pages and for clipboard HTML: blocks to lines, tables to tab-separated rows,
// scripts, styles, hidden elements, navigation and link lists left out; the clipboard's HTML wins over its text.
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../shared/import/html/decode';
import { htmlToLines } from '../../shared/import/html/lines';
import { sniffKind } from '../../shared/import/kind';
import { importBytes } from '../../shared/import/index';
import { importText } from '../../shared/import/text';
import { clipboardText } from '../../renderer/editor/paste';
import { readSeed } from '../helpers/paths';
import { plain } from '../import-docx/build-docx';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>站点</title><style>p{color:red}</style>
<script>document.write("广告")</script></head><body>
<header><a href="/">首页</a> <a href="/gk">政务公开</a></header>
<nav><a href="/a">机构</a></nav>
<div class="main"><h1 style="text-align:center">2025年民政工作要点</h1>
<p>　　一、兜牢民生底线</p><p>（一）完善救助体系。<span style="display:none">隐藏</span>健全<b>低收入</b>人口监测。</p>
<p>第一行<br>第二行</p>
<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>低保提标</td></tr></table>
<ul class="links"><li><a href="/x1">相关链接一</a></li><li><a href="/x2">相关链接二</a></li><li><a href="/x3">相关链接三</a></li></ul>
<div hidden>不显示</div></div>
<footer>版权所有</footer></body></html>`;

describe('HTML to lines', () => {
  it('keeps the document and drops scripts, styles, hidden text, navigation and link lists', () => {
    expect(htmlToLines(PAGE).map((l) => l.text)).toEqual([
      '2025年民政工作要点',
      '　　一、兜牢民生底线',
      '（一）完善救助体系。健全低收入人口监测。',
      '第一行',
      '第二行',
      '序号\t任务',
      '1\t低保提标',
    ]);
    expect(htmlToLines(PAGE)[0].centered).toBe(true);
  });

  it('reads a GBK page by its meta charset, and tells HTML and MHTML from text by content', async () => {
    const gbkPage = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>民政工作要点</p></body></html>`;
    // GBK bytes of the page, made by the WHATWG encoder-free route: every char here is in GB2312
    const bytes = gbkBytes(gbkPage);
    expect(sniffKind(bytes)).toBe('html');
    expect(htmlToLines(decodeHtml(bytes)).map((l) => l.text)).toEqual(['民政工作要点']);
    const mhtml = new TextEncoder().encode(
      'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n' +
        '\ttype="text/html";\r\n\tboundary="B"\r\n\r\n--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
        `<html><body>${quotedPrintable(readSeed('jilin'))}</body></html>\r\n--B--\r\n`,
    );
    expect(sniffKind(mhtml)).toBe('mhtml');
    const doc = await importBytes(mhtml, '网页.mhtml');
    expect(plain(doc.sections)).toEqual(plain(importText(readSeed('jilin')).sections));
  });

  it('reads what Word puts on the clipboard: list numbers as text in conditional comments, <o:p>, mso styles', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0cm} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN><!--StartFragment--><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>
<span style='mso-list:Ignore'>一、<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>
<span style='font-family:黑体'>兜牢民生底线<o:p></o:p></span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span>（一）完善救助体系。</span><span lang=EN-US>2025</span><span>年底前完成。<o:p></o:p></span></p>
<!--EndFragment--></body></html>`;
    const lines = htmlToLines(word);
    expect(lines.map((l) => l.text)).toEqual(['一、\u00a0\u00a0 兜牢民生底线', '（一）完善救助体系。2025年底前完成。']);
    const doc = importText(lines.map((l) => l.text).join('\n'));
    expect(doc.sections.map((x) => [x.level, x.heading, x.children.map((c) => c.heading)])).toEqual([
      [1, '兜牢民生底线', ['完善救助体系']],
    ]);
  });

  it('pastes the clipboard HTML when there is some, else its plain text', () => {
    const data = (flavours: Record<string, string>) => ({ getData: (t: string) => flavours[t] ?? '' });
    expect(clipboardText(data({ 'text/html': PAGE, 'text/plain': '一段话' })).split('\n')[0]).toBe(
      '2025年民政工作要点',
    );
    expect(clipboardText(data({ 'text/plain': '一段话' }))).toBe('一段话');
    expect(clipboardText(data({ 'text/html': '<img src="a.png">', 'text/plain': '图片说明' }))).toBe('图片说明');
  });
});

/** Quoted-printable as Chrome writes it: UTF-8 bytes above 0x7E as =XX, each line a paragraph. */
function quotedPrintable(text: string): string {
  return text
    .split('\n')
    .map(
      (line) =>
        `<p>${[...new TextEncoder().encode(line)]
          .map((b) =>
            b > 0x7e || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b),
          )
          .join('')}</p>`,
    )
    .join('=\r\n');
}

function gbkBytes(text: string): Uint8Array {
  // the decoder's inverse for the characters used: look each one up in the GB18030 two-byte table
  const out: number[] = [];
  const decoder = new TextDecoder('gb18030');
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let found = false;
    for (let hi = 0xb0; hi <= 0xf7 && !found; hi++) {
      for (let lo = 0xa1; lo <= 0xfe; lo++) {
        if (decoder.decode(new Uint8Array([hi, lo])) === ch) {
          out.push(hi, lo);
          found = true;
          break;
        }
      }
    }
    if (!found) throw new Error(`not in GB2312: ${ch}`);
  }
  return new Uint8Array(out);
}
