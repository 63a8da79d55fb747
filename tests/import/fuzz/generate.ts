// Inputs for the import fuzz test, all from a fixed seed: real files mutated and cut, random bytes, odd
// encodings, NUL bytes, huge lines, zip bombs, mutated interchange JSON — and, by name, the regression inputs
// that once failed (each a comment on what it did then).
import { strToU8, zipSync } from 'fflate';

export interface FuzzInput {
  name: string;
  bytes: Uint8Array;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal .docx package around a document.xml body; extra parts may be added. */
function docx(body: string, extra: Record<string, Uint8Array> = {}, level = 6): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
      ...extra,
    },
    { level: level as 6 },
  );
}

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The inputs that once failed, by what they did (issue 16's findings). */
export function regressions(): FuzzInput[] {
  const utf8 = (s: string) => strToU8(s);
  let deep = '';
  for (let i = 0; i < 3000; i++) deep += '<w:tbl><w:tr><w:tc>';
  deep += para('最里层');
  for (let i = 0; i < 3000; i++) deep += '</w:tc></w:tr></w:tbl>';
  const manyRels: Record<string, Uint8Array> = {};
  const rel = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${'<Relationship Id="r" Type="x" Target="y"/>'.repeat(
      15_000,
    )}</Relationships>`,
  );
  for (let i = 0; i < 100; i++) manyRels[`word/_rels/part${i}.xml.rels`] = rel;
  return [
    // "无法用中文数字表示：10000" after 14 s and 1.7 GB (there with 19 MB of such lines)
    { name: 'numbering-past-9999.txt', bytes: utf8('（一）标题。\n'.repeat(12_000)) },
    // an uncaught RangeError with a stack trace
    {
      name: 'json-200000-sections.json',
      bytes: utf8(JSON.stringify({ sections: Array.from({ length: 200_000 }, () => ({ level: 1, heading: '项' })) })),
    },
    // "Maximum call stack size exceeded"
    { name: 'json-20000-deep.json', bytes: utf8(`{"sections":${'['.repeat(20_000)}${']'.repeat(20_000)}}`) },
    { name: 'docx-3000-nested-tables.docx', bytes: docx(deep) },
    // "Invalid code point 1114112" rejected the whole document
    {
      name: 'docx-invalid-code-point.docx',
      bytes: docx(
        para('一、总体要求') + '<w:p><w:r><w:sym w:font="Symbol" w:char="110000"/><w:t>正文。</w:t></w:r></w:p>',
      ),
    },
    // 75 KB that took 1.5 GB: one run of 20 million characters (under the package budget, over the text budget)
    { name: 'docx-one-huge-run.docx', bytes: docx(para('x'.repeat(20_000_000)), {}, 1) },
    // 3.8 GB: relationship parts (here 66 MB of them), each inflated up front; now read only when needed
    { name: 'docx-many-rels.docx', bytes: docx(para('一、总体要求'), manyRels, 1) },
    // zod's English inside the message ("Invalid input: expected array…")
    { name: 'json-wrong-type.json', bytes: utf8('{"sections": [{"level": 1, "paragraphs": "不是列表"}]}') },
    // JSON.parse's English ("position 616")
    { name: 'json-broken.json', bytes: utf8('{\n  "sections": [\n    {"level": 1,, "heading": "x"}\n  ]\n}') },
    // save then refused what import accepted: a paragraph of millions of characters
    { name: 'paragraph-1500000.txt', bytes: utf8(`2024年工作要点\n一、总体要求\n${'长'.repeat(1_500_000)}`) },
  ];
}

function mutate(bytes: Uint8Array, rand: () => number): Uint8Array {
  const out = new Uint8Array(bytes);
  const flips = 1 + Math.floor(rand() * 20);
  for (let i = 0; i < flips; i++) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
  return out;
}

/** `count` generated inputs from `seed`, built on a real .docx, a real notice's text and its interchange JSON. */
export function generated(
  seed: number,
  count: number,
  base: { docx: Uint8Array; text: string; json: string },
): FuzzInput[] {
  const rand = rng(seed);
  let bomb: Uint8Array | undefined;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const text = strToU8(base.text);
  const json = strToU8(base.json);
  const kinds: Array<(i: number) => FuzzInput> = [
    (i) => ({ name: `mutated-${i}.docx`, bytes: mutate(base.docx, rand) }),
    (i) => ({ name: `cut-${i}.docx`, bytes: base.docx.subarray(0, Math.floor(rand() * base.docx.length)) }),
    (i) => ({
      name: `random-${i}.bin`,
      bytes: Uint8Array.from({ length: 1 + Math.floor(rand() * 4096) }, () => Math.floor(rand() * 256)),
    }),
    (i) => {
      const u16 = new Uint8Array(base.text.length * 2);
      for (let k = 0; k < base.text.length; k++) {
        u16[2 * k] = base.text.charCodeAt(k) & 0xff;
        u16[2 * k + 1] = base.text.charCodeAt(k) >> 8;
      }
      return { name: `utf16-nobom-${i}.txt`, bytes: u16.subarray(0, 2 * Math.floor(rand() * base.text.length)) };
    },
    (i) => {
      const out = new Uint8Array(text);
      for (let k = 0; k < 50; k++) out[Math.floor(rand() * out.length)] = 0;
      return { name: `nul-${i}.txt`, bytes: out };
    },
    (i) => ({
      name: `huge-line-${i}.txt`,
      bytes: strToU8(`一、${'字'.repeat(50_000 + Math.floor(rand() * 100_000))}`),
    }),
    (i) => ({ name: `cut-${i}.txt`, bytes: text.subarray(0, Math.floor(rand() * text.length)) }),
    (i) => ({ name: `mutated-${i}.json`, bytes: mutate(json, rand) }),
    (i) => ({ name: `cut-${i}.json`, bytes: json.subarray(0, Math.floor(rand() * json.length)) }),
    // a zip bomb: 64 MB of zeros in a 64 KB part, declared at its true size (built once: compressing is slow)
    (i) => ({
      name: `bomb-${i}.docx`,
      bytes: (bomb ??= docx(para('x'), { 'word/styles.xml': new Uint8Array(64 * 1024 * 1024) }, 1)),
    }),
    (i) => {
      const shapes = [
        '{"sections":' + '['.repeat(500) + ']'.repeat(500) + '}',
        '{"sections":[{"level":9}]}',
        '{"meta":{"date":"明天"}}',
        '{"sections":[{"level":1,"children":[{"level":1}]}]}',
        '{"preamble":[1,2,3]}',
        '{"sections":null}',
        '{',
      ];
      return { name: `json-shape-${i}.json`, bytes: strToU8(pick(shapes)) };
    },
    (i) => ({
      name: `labels-${i}.txt`,
      bytes: strToU8(
        Array.from(
          { length: 200 + Math.floor(rand() * 2500) },
          () => pick(['一、', '（一）', '1.', '（1）', '第一条', '']) + pick(['标题。', '正文内容。', '']),
        ).join('\n'),
      ),
    }),
  ];
  return Array.from({ length: count }, (_, i) => pick(kinds)(i));
}
