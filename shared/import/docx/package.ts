// Opens the .docx package (a zip, OPC) and finds the parts the importer reads, telling other files apart
// with a message the user can act on.
import { unzipSync, type Unzipped } from 'fflate';
import { ImportError, MAX_IMPORT_BYTES } from '../errors';
import { childrenNamed, parseXml, type ParseOptions, type XElement } from './xml';

/**
 * What the whole package may inflate to, all parts read together (a notice's document.xml is well under 1 MB,
 * a long one with tables a few MB). One budget for the package, not one per part: a file with thousands of
 * relationship parts under a per-part cap once took 3.8 GB. What is built from the XML is bounded by the
 * text budget in xml.ts (LIMITS.totalChars) and the nesting limit there.
 */
const MAX_PACKAGE_INFLATED_BYTES = 48 * 1024 * 1024;

export interface DocxPackage {
  /** path of the main document part, e.g. word/document.xml */
  mainPath: string;
  /** true for a Word template (.dotx/.dotm) */
  isTemplate: boolean;
  part(path: string): string | null;
  /** relationships of a part: id → { type (last URI segment), target path } */
  rels(partPath: string): Map<string, { type: string; target: string }>;
}

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b]; // "PK"

/** Why bytes that are not a zip cannot be a .docx, in words the user understands. */
function notZipMessage(bytes: Uint8Array): string {
  if (startsWith(bytes, OLE)) {
    return '这是 Word 97-2003 文档（.doc）、WPS 文字（.wps）或设置了打开密码的文档，无法直接导入：请在 Word 或 WPS 中打开，取消密码后“另存为”.docx 格式再导入';
  }
  const head = utf8
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('{\\rtf')) return '这是 RTF 格式的文件，不是 .docx：请在 Word 或 WPS 中“另存为”.docx 格式再导入';
  if (head.startsWith('%pdf'))
    return '这是 PDF 文件，不是 .docx：请找到原始的 Word 文档，或把文字复制到 .txt 文件后导入';
  if (
    head.startsWith('<?xml') ||
    head.startsWith('<html') ||
    head.startsWith('<!doctype') ||
    head.startsWith('mime-version')
  ) {
    return '这是网页或 XML 格式保存的文档，不是 .docx：请在 Word 或 WPS 中“另存为”.docx 格式再导入';
  }
  return '不是 .docx 文件（Word 2007 及以后版本的文档格式），文件内容无法识别';
}

function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes.subarray(2));
  return utf8.decode(bytes);
}

function normalizePath(base: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The parts read up front: the package's relationships and content types; every other part when asked for. */
function wanted(name: string): boolean {
  return name === '_rels/.rels' || name === '[Content_Types].xml';
}

/** Inflated bytes used so far from the package's one budget. */
interface Budget {
  used: number;
}

const mb = (bytes: number) => `${Math.ceil(bytes / 1048576)} MB`;

function unzip(bytes: Uint8Array, accept: (name: string) => boolean, budget: Budget, names?: string[]): Unzipped {
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        names?.push(f.name);
        if (!accept(f.name)) return false;
        // the declared size is what fflate allocates; a part lying about it fails to inflate (corrupt)
        budget.used += f.originalSize;
        if (budget.used > MAX_PACKAGE_INFLATED_BYTES) {
          throw new ImportError(
            'too-large',
            `文档解压后的内容（读到 ${f.name} 时已达 ${mb(budget.used)}）超过 ${mb(MAX_PACKAGE_INFLATED_BYTES)} 的上限` +
              `（多出 ${mb(budget.used - MAX_PACKAGE_INFLATED_BYTES)}），不像是一份公文`,
          );
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(
      'corrupt-docx',
      '文件已损坏或不完整（压缩包无法读取），可能是下载或复制时中断：请重新获取原文件',
    );
  }
}

export function openPackage(bytes: Uint8Array): DocxPackage {
  if (bytes.length === 0) throw new ImportError('empty', '文件是空的（0 字节）');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'too-large',
      `文件过大（${Math.round(bytes.length / 1048576)} MB），超过 ${MAX_IMPORT_BYTES / 1048576} MB 的上限`,
    );
  }
  if (!startsWith(bytes, ZIP)) throw new ImportError('not-docx', notZipMessage(bytes));

  const names: string[] = [];
  const budget: Budget = { used: 0 };
  const files = unzip(bytes, wanted, budget, names);
  const cache = new Map<string, string | null>();
  const part = (path: string): string | null => {
    if (cache.has(path)) return cache.get(path)!;
    let data = files[path];
    if (!data && names.includes(path)) data = unzip(bytes, (n) => n === path, budget)[path];
    const text = data ? decodePart(data) : null;
    cache.set(path, text);
    return text;
  };
  const relsCache = new Map<string, Map<string, { type: string; target: string }>>();
  const rels = (partPath: string) => {
    let map = relsCache.get(partPath);
    if (map) return map;
    map = new Map();
    const relsPath = relsPathOf(partPath);
    const xml = part(relsPath);
    if (xml) {
      const base = partPath.slice(0, partPath.lastIndexOf('/') + 1);
      for (const r of childrenNamed(parseXml(xml, relsPath), 'Relationship')) {
        if (r.attrs.TargetMode === 'External' || !r.attrs.Id || !r.attrs.Target) continue;
        map.set(r.attrs.Id, {
          type: r.attrs.Type?.split('/').pop() ?? '',
          target: normalizePath(base, r.attrs.Target),
        });
      }
    }
    relsCache.set(partPath, map);
    return map;
  };

  const types = contentTypeOverrides(part('[Content_Types].xml'));
  const main = [...rels('').values()].find((r) => r.type === 'officeDocument')?.target;
  const isWordPart = (path: string) =>
    WORD_MAIN.test(types.get(path) ?? '') || (path === 'word/document.xml' && !types.has(path));
  const mainPath =
    main && names.includes(main) && isWordPart(main)
      ? main
      : names.includes('word/document.xml')
        ? 'word/document.xml'
        : null;
  if (!mainPath) throw new ImportError('not-docx', otherPackageMessage(names));
  const isTemplate = /template/.test(types.get(mainPath) ?? '');
  return { mainPath, isTemplate, part, rels };
}

/** Part name → content type, from [Content_Types].xml's overrides. */
function contentTypeOverrides(xml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const o of childrenNamed(parseXml(xml, '[Content_Types].xml'), 'Override')) {
    if (o.attrs.PartName && o.attrs.ContentType) out.set(o.attrs.PartName.replace(/^\//, ''), o.attrs.ContentType);
  }
  return out;
}

const WORD_MAIN = /wordprocessingml\.(?:document|template)\.main|ms-word\.(?:document|template)/;

/** A zip that holds no Word document: say what it holds instead. */
function otherPackageMessage(names: string[]): string {
  if (names.some((n) => n.startsWith('xl/'))) return '这是 Excel 表格（.xlsx），不是 Word 文档，其中没有可导入的公文';
  if (names.some((n) => n.startsWith('ppt/')))
    return '这是 PowerPoint 演示文稿（.pptx），不是 Word 文档，其中没有可导入的公文';
  if (names.includes('mimetype') && names.includes('content.xml')) {
    return '这是 OpenDocument 格式（如 .odt）的文件，不是 .docx：请在 WPS 或 Word 中“另存为”.docx 格式再导入';
  }
  return '这是一个压缩包，但其中没有 Word 文档内容（缺少 word/document.xml），不是有效的 .docx 文件';
}

/** Parses a part if present. */
export function parsePart(pkg: DocxPackage, path: string | undefined, options?: ParseOptions): XElement | null {
  if (!path) return null;
  const xml = pkg.part(path);
  return xml === null ? null : parseXml(xml, path, options);
}
