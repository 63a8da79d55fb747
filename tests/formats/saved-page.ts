// A notice as a city 民政局 site's CMS page, as the browser saves it or copies it to the clipboard: the site
// header, menus, a date widget, breadcrumbs, a metadata line, a font-size and print bar, related links, a
// sidebar, scripts, a hidden share layer and the footer around the notice's paragraphs.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function savedPage(noticeText: string, title: string): string {
  const paragraphs = noticeText
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p style="text-indent:2em">${escape(l.trim())}</p>`);
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${title}_通知公告_某市民政局</title>
<link rel="stylesheet" href="style.css"><script src="jquery.js"></script>
<script>var _hmt = _hmt || []; document.write('<div>访问量统计代码</div>');</script>
<style>.share{display:none}</style></head>
<body>
<div class="top"><div class="logo"><img src="logo.png" alt="某市民政局"></div>
  <div class="topnav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>
  <div class="search"><form action="/search"><input name="q" value="请输入关键字"><button>搜索</button></form></div></div>
<table width="1000" align="center"><tr>
<td class="left" width="240" valign="top"><ul class="menu"><li><a href="/a">机构概况</a></li><li><a href="/b">政策文件</a></li>
  <li><a href="/c">通知公告</a></li><li><a href="/d">工作动态</a></li></ul></td>
<td class="main" valign="top">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/tzgg/">通知公告</a></div>
  <div class="article">
    <h1 style="text-align:center">${title}</h1>
    <div class="info">发布时间：2024-02-20 09:30 &nbsp; 来源：办公室 &nbsp; 浏览次数：<span id="hits">1024</span></div>
    <div class="tools">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】【<a href="javascript:print()">打印</a>】【<a href="javascript:close()">关闭</a>】</div>
    <div class="share" aria-hidden="true">分享到：微信 微博</div>
    <div id="zoom" class="TRS_Editor">${paragraphs.join('\n')}</div>
    <div class="related"><h3>相关链接</h3><ul><li><a href="/x1">2023年全省民政工作要点</a></li>
      <li><a href="/x2">2022年全省民政工作要点</a></li><li><a href="/x3">全省民政工作会议召开</a></li></ul></div>
  </div></td></tr></table>
<div class="footer"><p>主办：某市民政局 &nbsp; 地址：某市人民路1号 &nbsp; 电话：0000-12345678</p>
  <p>版权所有：某市民政局 &nbsp; 备案号：某ICP备12345678号 &nbsp; 网站标识码：1234567890</p></div>
<script>$(function(){ $('#hits').load('/hits'); });</script>
</body></html>`;
}
