// The .docx package. The docx library writes every part but the body — styles, settings, footers
// with the page numbers, section properties, relationships, content types, custom properties — once
// per profile (cached; taken from the library's compiler without its zip, compressed at level 1). Each export
// then adds its own document.xml and core.xml and zips with fflate:
// running the library's packer per export costs ~30 ms; this keeps an export near 1 ms.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  TextRun,
  type IParagraphStyleOptions,
  type ICharacterStyleOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Context } from './context';
import { fontTableXml } from './fonts';
import { mmToTwips, ptToTwips } from './geometry';
import type { LayoutProfile } from './profile';
import { esc } from './xml';
import { writeZip, zipEntry, type ZipEntry } from './zip';

export interface Template {
  /** all parts but document.xml and core.xml, as the docx library wrote them (with small patches) */
  parts: Record<string, Uint8Array>;
  /** the same, compressed once: [Content_Types].xml first, then the rest */
  entries: ZipEntry[];
  /** `<w:document …><w:body>` as the library writes it (all its namespaces) */
  documentOpen: string;
  /** section properties: the body with page numbers */
  sectMain: string;
  /** a section without page numbers starting on the next page (the blank page, then the 版记) */
  sectNoNumbers: string;
}

const cache = new Map<string, Promise<Template>>();

/**
 * Where built templates are kept between processes: building one is most of a fresh process's first export.
 * The Node layer provides a folder-backed store (electron/services/template-cache.ts); none by default.
 */
export interface TemplateStore {
  read(key: string): Template | null;
  write(key: string, template: Template): void;
}

let store: TemplateStore | null = null;

export function setTemplateStore(next: TemplateStore | null): void {
  store = next;
  cache.clear();
}

/**
 * What a template depends on: the profile, its geometry and the code that builds it (as source text), so a
 * changed builder never reads a template an older one stored. The store adds the docx library's version.
 */
function templateKey(ctx: Context): string {
  const builders = [
    buildTemplate,
    styles,
    patchStyles,
    patchSettings,
    pageNumberFooter,
    footerLine,
    footerDistance,
    fontTableXml,
    zipEntry,
  ];
  return `${JSON.stringify(ctx.profile)}\n${JSON.stringify(ctx.g)}\n${builders.map(String).join('\n')}`;
}

function storedOrBuilt(ctx: Context): Promise<Template> {
  if (!store) return buildTemplate(ctx);
  const key = templateKey(ctx);
  let found: Template | null = null;
  try {
    found = store.read(key);
  } catch {
    // an unreadable cache is only slower
  }
  if (found) return Promise.resolve(found);
  return buildTemplate(ctx).then((t) => {
    try {
      store?.write(key, t);
    } catch {
      // a cache that cannot be written is only slower
    }
    return t;
  });
}

export function templateFor(ctx: Context): Promise<Template> {
  const key = JSON.stringify(ctx.profile);
  let t = cache.get(key);
  if (!t) {
    if (cache.size > 8) cache.clear();
    t = storedOrBuilt(ctx);
    cache.set(key, t);
    t.catch(() => cache.delete(key));
  }
  return t;
}

function fontsOf(f: string, latin: string) {
  return { ascii: latin, hAnsi: latin, eastAsia: f, cs: latin };
}

function pageNumberFooter(ctx: Context, side: 'odd' | 'even'): Footer {
  const { profile } = ctx;
  const size = ptToTwips(profile.sizes.pageNumber);
  const font = profile.fonts.pageNumber;
  const [before, after] = profile.pageNumber.format.split('{n}');
  const f = { ascii: font, hAnsi: font, eastAsia: font, cs: font, hint: 'eastAsia' as const };
  const run = (text: string) => new TextRun({ text, font: f, size: size / 10 });
  const sideIndent = Math.round(profile.pageNumber.sideChars * size);
  const center = profile.pageNumber.position === 'center';
  return new Footer({
    children: [
      new Paragraph({
        alignment: center ? AlignmentType.CENTER : side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: center
          ? { firstLine: 0 }
          : side === 'odd'
            ? { right: sideIndent, firstLine: 0 }
            : { left: sideIndent, firstLine: 0 },
        spacing: { line: footerLine(ctx), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          ...(before ? [run(before)] : []),
          new TextRun({ children: [PageNumber.CURRENT], font: f, size: size / 10 }),
          ...(after ? [run(after)] : []),
        ],
      }),
    ],
  });
}

/** The footer's exact line height: comfortably taller than 4号. */
function footerLine(ctx: Context): number {
  return Math.round((ptToTwips(ctx.profile.sizes.pageNumber) * 10) / 7);
}

/**
 * The footer distance that puts the middle of the number line (the dashes) the profile's distance
 * below the 版心: an exact line's baseline sits at 80 % of its height; a dash is drawn 0.3 em above it.
 */
function footerDistance(ctx: Context): number {
  const h = footerLine(ctx);
  const size = ptToTwips(ctx.profile.sizes.pageNumber);
  return Math.round(ctx.g.marginBottom - mmToTwips(ctx.profile.pageNumber.belowTextMm) - 0.2 * h - 0.3 * size);
}

function styles(ctx: Context) {
  const { profile, g } = ctx;
  const f = profile.fonts;
  const half = (pt: number) => pt * 2;
  const body = half(profile.sizes.body);
  const p = g.linePitch;
  const heading = (font: string, level: number) => ({
    run: { font: fontsOf(font, f.latin), size: body, color: '000000', bold: false, italics: false },
    paragraph: { outlineLevel: level, indent: { firstLine: 2 * g.cell }, spacing: { before: 0, after: 0 } },
  });
  const paragraphStyles: IParagraphStyleOptions[] = [
    { id: 'GwFlush', name: 'GW 顶格', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { firstLine: 0 } } },
    {
      id: 'GwCenter',
      name: 'GW 居中',
      basedOn: 'Normal',
      paragraph: { indent: { firstLine: 0 }, alignment: AlignmentType.CENTER },
    },
    {
      id: 'GwTitle',
      name: 'GW 标题',
      basedOn: 'Normal',
      next: 'GwFlush',
      quickFormat: true,
      run: { font: fontsOf(f.title, f.latin), size: half(profile.sizes.title), characterSpacing: 0 },
      paragraph: {
        indent: { firstLine: 0 },
        alignment: AlignmentType.CENTER,
        spacing: { line: p, lineRule: LineRuleType.EXACT },
      },
    },
    {
      id: 'GwMark',
      name: 'GW 发文机关标志',
      basedOn: 'Normal',
      run: {
        font: fontsOf(f.issuerMark, f.latin),
        size: half(profile.sizes.issuerMark),
        characterSpacing: 0,
        color: profile.issuerMark.color,
      },
      paragraph: { indent: { firstLine: 0 }, alignment: AlignmentType.CENTER },
    },
    {
      id: 'GwDocNumber',
      name: 'GW 发文字号',
      basedOn: 'Normal',
      paragraph: { indent: { firstLine: 0 }, alignment: AlignmentType.CENTER },
    },
    {
      id: 'GwColophon',
      name: 'GW 版记',
      basedOn: 'Normal',
      run: { font: fontsOf(f.colophon, f.latin), size: half(profile.sizes.colophon), characterSpacing: 0 },
      paragraph: { indent: { firstLine: 0 }, alignment: AlignmentType.LEFT },
    },
  ];
  const charStyle = (id: string, name: string, font: string): ICharacterStyleOptions => ({
    id,
    name,
    basedOn: 'DefaultParagraphFont',
    run: { font: fontsOf(font, f.latin) },
  });
  return {
    default: {
      document: {
        run: {
          font: fontsOf(f.body, f.latin),
          size: body,
          characterSpacing: g.charSpacing,
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
      },
      heading1: heading(f.heading1, 0),
      heading2: heading(f.heading2, 1),
      heading3: heading(f.heading3, 2),
      heading4: heading(f.heading4, 3),
    },
    paragraphStyles,
    characterStyles: [
      charStyle('GwH1Char', 'GW 一级标题（段中）', f.heading1),
      charStyle('GwH2Char', 'GW 二级标题（段中）', f.heading2),
      charStyle('GwH3Char', 'GW 三级标题（段中）', f.heading3),
      charStyle('GwH4Char', 'GW 四级标题（段中）', f.heading4),
    ],
  };
}

/**
 * Paragraph properties the library does not write. No auto space between Chinese and Latin/digits
 * (keeps the grid in Word). overflowPunct on: Word lets 。，、 hang in the margin as Chinese Word does
 * by default; LibreOffice reads the element inverted and then does not hang them (its PDF export
 * would drop a hanging mark).
 */
function patchStyles(xml: string, ctx: Context): string {
  const { g, profile } = ctx;
  const normal =
    '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="1"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:ind w:firstLine="${2 * g.cell}"/><w:jc w:val="both"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${esc(profile.fonts.latin)}" w:hAnsi="${esc(profile.fonts.latin)}" w:eastAsia="${esc(profile.fonts.body)}" w:cs="${esc(profile.fonts.latin)}"/>` +
    `<w:spacing w:val="${g.charSpacing}"/><w:sz w:val="${profile.sizes.body * 2}"/><w:szCs w:val="${profile.sizes.body * 2}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:style>`;
  const out = patch(
    xml,
    'styles.xml',
    /<w:style w:type="paragraph" w:styleId="Normal" w:default="1">[\s\S]*?<\/w:style>/,
    normal,
  );
  // off-grid styles: exact line heights that Word and LibreOffice honour only with snapToGrid off
  return patch(
    out,
    'styles.xml',
    /(<w:style w:type="paragraph" w:styleId="(?:GwTitle|GwMark|GwDocNumber|GwColophon)"[^>]*>[\s\S]*?<w:pPr>)/g,
    '$1<w:snapToGrid w:val="0"/>',
    OFF_GRID_STYLES,
  );
}

function patchSettings(xml: string, ctx: Context): string {
  // doNotCompress: punctuation keeps its full width, so a line holds exactly the grid's characters
  let out = patch(xml, 'settings.xml', /<w:displayBackgroundShape\/>/, '');
  // written only when the profile numbers odd and even pages alike
  out = out.replace('<w:evenAndOddHeaders w:val="false"/>', '');
  out = patch(out, 'settings.xml', /<w:defaultTabStop w:val="\d+"\/>/, `<w:defaultTabStop w:val="${ctx.g.cell * 2}"/>`);
  return patch(out, 'settings.xml', /<w:compat>/, '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>');
}

/** The four paragraph styles laid off the grid (exact heights): 标题, 发文机关标志, 发文字号, 版记. */
const OFF_GRID_STYLES = 4;

/**
 * Patches a part of the docx library's output, failing loudly when what is patched is not there as often as
 * expected: the patches follow the output of the docx version pinned in package.json, and a release that writes
 * these parts differently must stop the build of the template, not yield a file that silently misses the grid.
 */
function patch(xml: string, part: string, find: RegExp, replacement: string, expected = 1): string {
  const found = xml.match(new RegExp(find.source, 'g'))?.length ?? 0;
  if (found !== expected) {
    throw new Error(
      `docx template: ${part} has ${found} × ${find.source}, expected ${expected} (docx output changed?)`,
    );
  }
  return xml.replace(find, replacement);
}

/**
 * The package's parts as the docx library writes them, before it zips them: zipping them only to unzip them
 * again was half of the first export's cost. Packer's compiler is not typed as public, so the call falls back
 * to packing and unzipping if a later docx release moves it.
 */
function compileParts(doc: Document): Record<string, Uint8Array> | Promise<Record<string, Uint8Array>> {
  type Compiler = { compile?: (d: Document) => Map<string, string | Uint8Array> };
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function') {
    return Packer.pack(doc, 'uint8array').then((bytes) => unzipSync(bytes as Uint8Array));
  }
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of compiler.compile(doc)) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return files;
}

async function buildTemplate(ctx: Context): Promise<Template> {
  const { profile, g } = ctx;
  const page = {
    size: { width: g.pageWidth, height: g.pageHeight },
    margin: {
      top: g.marginTop,
      right: g.marginRight,
      bottom: g.marginBottom,
      left: g.marginLeft,
      header: 851,
      footer: footerDistance(ctx),
      gutter: 0,
    },
  };
  const grid = { type: DocumentGridType.LINES, linePitch: g.linePitch };
  const empty = () => new Footer({ children: [new Paragraph({ children: [] })] });
  const doc = new Document({
    title: '',
    creator: '要点',
    description: profileDescription(profile),
    customProperties: [
      { name: 'yaodian.profile', value: profile.id },
      { name: 'yaodian.profileName', value: profile.name },
    ],
    evenAndOddHeaderAndFooters: profile.pageNumber.position === 'outside',
    styles: styles(ctx),
    sections: [
      {
        properties: { page, grid },
        footers: { default: pageNumberFooter(ctx, 'odd'), even: pageNumberFooter(ctx, 'even') },
        children: [new Paragraph({ children: [] })],
      },
      {
        properties: { page, grid, type: SectionType.NEXT_PAGE },
        footers: { default: empty(), even: empty() },
        children: [new Paragraph({ children: [] })],
      },
    ],
  });
  const files = await compileParts(doc);
  const documentXml = strFromU8(files['word/document.xml']);
  const sects = [...documentXml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  const open = /^[\s\S]*?<w:body>/.exec(documentXml);
  if (sects.length !== 2 || !open) throw new Error('docx template: unexpected document.xml');
  const parts: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name === 'word/document.xml' || name === 'docProps/core.xml') continue;
    parts[name] = data;
  }
  parts['word/styles.xml'] = strToU8(patchStyles(strFromU8(files['word/styles.xml']), ctx));
  parts['word/settings.xml'] = strToU8(patchSettings(strFromU8(files['word/settings.xml']), ctx));
  const f = profile.fonts;
  parts['word/fontTable.xml'] = strToU8(
    fontTableXml([
      f.latin,
      f.body,
      f.title,
      f.issuerMark,
      f.heading1,
      f.heading2,
      f.heading3,
      f.heading4,
      f.secrecy,
      f.signer,
      f.colophon,
      f.pageNumber,
    ]),
  );
  // an explicit blank page, not an even-page section break: LibreOffice's PDF export drops the blank
  // page such a break inserts, and misplaces the 版记 in the page style it copies for it
  const names = Object.keys(parts).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0,
  );
  // level 1: built once per process, and the parts are small; level 6 took most of a first export's time
  const entries = names.map((name) => zipEntry(name, parts[name], 1));
  return { parts, entries, documentOpen: open[0], sectMain: sects[0], sectNoNumbers: sects[1] };
}

function profileDescription(profile: LayoutProfile): string {
  return `版式方案：${profile.name}（${profile.id}）`;
}

function coreXml(title: string, profile: LayoutProfile, now: Date): string {
  const t = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(title)}</dc:title><dc:creator>要点</dc:creator><dc:description>${esc(profileDescription(profile))}</dc:description>` +
    `<cp:lastModifiedBy>要点</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${t}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${t}</dcterms:modified></cp:coreProperties>`
  );
}

/** Zips the template's parts with this export's body. */
export function assemble(
  t: Template,
  bodyXml: string,
  title: string,
  profile: LayoutProfile,
  now = new Date(),
): Uint8Array {
  const document = strToU8(`${t.documentOpen}${bodyXml}</w:body></w:document>`);
  // level 1: the body is mostly CJK text that deflate compresses little better at 6, at half the speed
  return writeZip(
    [
      ...t.entries,
      zipEntry('word/document.xml', document, 1),
      zipEntry('docProps/core.xml', strToU8(coreXml(title, profile, now))),
    ],
    now,
  );
}
