#!/usr/bin/env node
// Draws build/icon.png (512×512, transparent corners) with Chromium: a 红头-red tile, a white 要 in a bold
// serif (the 小标宋 look of a notice title) and the red header's separator rule. Run again after a change:
//   node scripts/make-icon.mjs
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './build-lib.mjs';

const html = `<!doctype html><meta charset="utf-8">
<style>
  html, body { margin: 0; background: transparent; }
  .tile { width: 512px; height: 512px; box-sizing: border-box; border-radius: 96px; position: relative;
          background: linear-gradient(160deg, #e0252f 0%, #c8102e 55%, #a50d24 100%); overflow: hidden; }
  .glyph { position: absolute; left: 0; right: 0; top: 46px; text-align: center; color: #fff;
           font: 900 318px/1 "Noto Serif CJK SC", "Source Han Serif SC", serif; letter-spacing: 0; }
  .rule { position: absolute; left: 84px; right: 84px; top: 404px; height: 14px; background: #fff; border-radius: 2px; }
  .rule.thin { top: 428px; height: 5px; opacity: .85; }
</style>
<div class="tile"><div class="glyph">要</div><div class="rule"></div><div class="rule thin"></div></div>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.evaluate(() => globalThis.document.fonts.ready);
  const out = join(repoRoot, 'build', 'icon.png');
  await page.locator('.tile').screenshot({ path: out, omitBackground: true });
  console.log(`已生成 ${out}`);
} finally {
  await browser.close();
}
