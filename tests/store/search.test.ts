// search.query over the trigram index: 1–2 character terms, 3+ character terms, FTS syntax as text,
// number paths, snippets, year order, 回收站 excluded; and one real notice imported through the text importer.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services/service-context';
import { MIGRATIONS } from '../../electron/store/migrations';
import { emptyMeta } from '../../shared/model/factory';
import { importText } from '../../shared/import/text/index';
import { flatten } from '../../shared/model/tree';
import { readSeed, tempDir } from '../helpers/paths';
import { openHarness, sampleDocument, type Harness } from './harness';
import { deleteSection, setNumberingMode, updateSection } from '../../shared/model/operations';

let h: Harness;
let doc2023: string;
let doc2024: string;

beforeAll(async () => {
  h = openHarness();
  doc2023 = (await h.ok('documents.create', { document: sampleDocument(2023) })).summary.id;
  doc2024 = (await h.ok('documents.create', { document: sampleDocument(2024) })).summary.id;
  const trashed = (await h.ok('documents.create', { document: sampleDocument(2025) })).summary.id;
  await h.ok('documents.delete', { id: trashed });
});
afterAll(() => h.close());

const find = async (query: string, limit?: number) => h.ok('search.query', { query, ...(limit ? { limit } : {}) });
const where = async (query: string) => (await find(query)).map((x) => `${x.year}:${x.sectionId ?? x.heading}`);

describe('search', () => {
  it('finds two-character terms (below the trigram length), newest year first, in document order', async () => {
    const hits = await find('低保');
    expect(hits.map((x) => `${x.year}:${x.sectionId}`)).toEqual(['2024:A1', '2024:A2', '2023:A1', '2023:A2']);
    expect(hits[0]).toEqual({
      documentId: doc2024,
      documentTitle: '2024年全省民政工作要点',
      year: 2024,
      sectionId: 'A1',
      numberPath: '一、（一）',
      heading: '加强低收入人口动态监测',
      snippet: '完善农村【低保】制度,做好【低保】边缘家庭认定。',
    });
    expect(hits[2].documentId).toBe(doc2023);
  });

  it('finds three-character and longer terms through the index, with number paths and snippets', async () => {
    const hits = await find('养老服务');
    expect(hits.map((x) => `${x.year}:${x.sectionId}:${x.numberPath}`)).toEqual([
      '2024:B:二、',
      '2024:B1:二、（一）',
      '2023:B:二、',
      '2023:B1:二、（一）',
    ]);
    expect(hits[0].snippet).toBe('发展【养老服务】'); // heading-only hit: the snippet is the heading
    expect(hits[1].snippet).toBe('推进【养老服务】设施建设,发展老年助餐服务。');
    expect((await find('适老化改造')).map((x) => x.numberPath)).toEqual(['二、（一）1.', '二、（一）1.']);
  });

  it('treats FTS syntax characters as plain text, never as an error', async () => {
    expect(await where('AND')).toEqual(['2024:B1a', '2023:B1a']);
    expect(await where('NEAR')).toEqual(['2024:B1a', '2023:B1a']);
    expect(await where('"养老院')).toEqual(['2024:B2', '2023:B2']);
    expect(await where('"养老院服务质量建设专项行动"*')).toEqual(['2024:B2', '2023:B2']);
    expect(await where('(第二阶段)')).toEqual(['2024:B2', '2023:B2']);
    expect(await where('* -')).toEqual(['2024:B2', '2023:B2']);
    expect(await where('-')).toEqual(['2024:B2', '2023:B2']);
    expect(await where('OR')).toEqual(['2024:B1a', '2023:B1a']);
    expect(await where('AND OR NEAR(')).toEqual([]);
    expect(await where('"*')).toEqual(['2024:B2', '2023:B2']);
    expect(await where('*')).toEqual(['2024:B2', '2023:B2']);
    const odd = await h.call('search.query', { query: '"unbalanced ( quote AND' });
    expect(odd).toEqual({ ok: true, value: [] });
  });

  it('matches % and _ literally and folds ASCII case', async () => {
    expect(await where('%')).toEqual(['2024:C1', '2023:C1']);
    expect(await where('_')).toEqual(['2024:C1', '2023:C1']);
    expect(await where('N_')).toEqual([]); // would match "NE" if _ were a wildcard
    expect(await where('NE')).toEqual(['2024:B1a', '2023:B1a']);
    expect(await where('near')).toEqual(['2024:B1a', '2023:B1a']);
    expect(await where('or')).toEqual(['2024:B1a', '2023:B1a']);
  });

  it('requires every whitespace-separated term, short and long mixed', async () => {
    expect(await where('低保 边缘')).toEqual(['2024:A1', '2023:A1']);
    expect(await where('低保　经济社会发展')).toEqual(['2024:A2', '2023:A2']);
    expect(await where('低保 养老')).toEqual([]);
  });

  it('finds text in the title and 导语 as document-level hits', async () => {
    const hits = await find('以人民为中心');
    expect(hits.map((x) => [x.year, x.sectionId, x.heading, x.numberPath])).toEqual([
      [2024, null, '导语', ''],
      [2023, null, '导语', ''],
    ]);
    expect(hits[0].snippet).toBe('2024年全省民政工作要坚持【以人民为中心】的发展思想。');
    expect((await find('全省民政工作要点')).map((x) => x.heading)).toEqual(['要点标题', '要点标题']);
  });

  it('leaves out documents in 回收站, and brings them back when restored', async () => {
    expect((await find('低保', 200)).every((x) => x.year !== 2025)).toBe(true);
    const [trashed] = await h.ok('documents.list', { trash: true });
    await h.ok('documents.restore', { id: trashed.id });
    expect((await find('低保')).map((x) => x.year)).toEqual([2025, 2025, 2024, 2024, 2023, 2023]);
    await h.ok('documents.delete', { id: trashed.id });
  });

  it('follows the numbering mode in number paths, honours the limit, and ignores blank queries', async () => {
    await h.edit(doc2024, (d) => setNumberingMode(d, 2, 'continuous'));
    expect((await find('养老服务')).slice(0, 2).map((x) => x.numberPath)).toEqual(['二、', '二、（三）']);
    await h.edit(doc2024, (d) => setNumberingMode(d, 2, 'restart'));
    expect(await find('低保', 3)).toHaveLength(3);
    expect(await find('   ')).toEqual([]);
    expect(await find('')).toEqual([]);
  });

  it('finds every section of a real notice that contains a term', async () => {
    const doc = importText(readSeed('jilin'));
    const { summary } = await h.ok('documents.create', { document: doc, year: 2030 });
    for (const term of ['低保', '养老', '社会救助', '殡葬']) {
      const expected = flatten(doc.sections)
        .filter(({ section }) => [section.heading, ...section.paragraphs].some((t) => t.includes(term)))
        .map(({ section }) => section.id);
      const hits = (await find(term, 200)).filter((x) => x.documentId === summary.id && x.sectionId);
      expect(expected.length, term).toBeGreaterThan(0);
      expect(
        hits.map((x) => x.sectionId),
        term,
      ).toEqual(expected);
      for (const x of hits) expect(x.snippet).toContain(`【${term}】`);
    }
    h.db.exec("INSERT INTO section_search (section_search) VALUES ('integrity-check')");
    h.db.exec("INSERT INTO document_search (document_search) VALUES ('integrity-check')");
  });
});

describe('search of short terms scanning stored JSON', () => {
  it('never reports JSON punctuation or escapes as a match', async () => {
    const s = openHarness();
    try {
      const { summary } = await s.ok('documents.create', {
        document: {
          ...sampleDocument(2020),
          sections: [
            {
              id: 'P',
              level: 1,
              heading: '两段正文',
              runIn: false,
              paragraphs: ['第一段', '第二段', '第一行\n第二行'],
              children: [],
            },
            { id: 'Q', level: 1, heading: '有标点', runIn: false, paragraphs: ['甲,乙"丙"[丁]\\戊'], children: [] },
          ],
        },
      });
      const ids = async (q: string) =>
        (await s.ok('search.query', { query: q })).filter((x) => x.sectionId).map((x) => x.sectionId);
      expect(await ids(',')).toEqual(['Q']);
      expect(await ids('","')).toEqual([]);
      expect(await ids('[')).toEqual(['Q']);
      expect(await ids(']')).toEqual(['Q']);
      expect(await ids('"')).toEqual(['Q']);
      expect(await ids('\\')).toEqual(['Q']);
      expect(await ids('n')).toEqual([]); // the \n escape inside the JSON is not text
      expect(await ids('段 第二')).toEqual(['P']);
      expect((await s.ok('search.query', { query: '第二' }))[0]).toMatchObject({
        documentId: summary.id,
        sectionId: 'P',
        snippet: '第一段 【第二】段 第一行 【第二】行',
      });
    } finally {
      s.close();
    }
  });
});

describe('search across full-width and half-width forms', () => {
  it('finds (一) for （一）, ２０２４ for 2024, and the reverse, highlighting the form in the text', async () => {
    const s = openHarness();
    try {
      await s.ok('documents.create', {
        document: {
          ...sampleDocument(2021),
          sections: [
            { id: 'H', level: 1, heading: '半角', runIn: false, paragraphs: ['见(一)项,2024年完成。'], children: [] },
            {
              id: 'F',
              level: 1,
              heading: '全角',
              runIn: false,
              paragraphs: ['见（二）项，２０２５年完成。'],
              children: [],
            },
          ],
        },
      });
      const hits = async (q: string) =>
        (await s.ok('search.query', { query: q })).filter((x) => x.sectionId).map((x) => `${x.sectionId}:${x.snippet}`);
      expect(await hits('（一）')).toEqual(['H:见【(一)】项,2024年完成。']);
      expect(await hits('(二)')).toEqual(['F:见【（二）】项，２０２５年完成。']);
      expect(await hits('２０２４')).toEqual(['H:见(一)项,【2024】年完成。']);
      expect(await hits('2025年')).toEqual(['F:见（二）项，【２０２５年】完成。']);
      expect(await hits('，')).toEqual(['H:见(一)项【,】2024年完成。', 'F:见（二）项【，】２０２５年完成。']);
      expect(await hits('项,')).toEqual(['H:见(一)【项,】2024年完成。', 'F:见（二）【项，】２０２５年完成。']);
    } finally {
      s.close();
    }
  });
});

describe('search through the bigram index', () => {
  it('follows edits and deletions, finds terms across the 64-character pieces, and mixes 1-character terms', async () => {
    const s = openHarness();
    try {
      const long = '甲'.repeat(63) + '低保边缘' + '乙'.repeat(130) + '养老';
      const { summary } = await s.ok('documents.create', {
        document: {
          ...sampleDocument(2022),
          sections: [
            { id: 'L', level: 1, heading: '长段落', runIn: false, paragraphs: [long, '孤'], children: [] },
            { id: 'M', level: 1, heading: '其他', runIn: false, paragraphs: ['社会救助制度'], children: [] },
          ],
        },
      });
      const ids = async (q: string) =>
        (await s.ok('search.query', { query: q })).filter((x) => x.sectionId).map((x) => x.sectionId);
      expect(await ids('甲低')).toEqual(['L']);
      expect(await ids('低保边缘')).toEqual(['L']);
      expect(await ids('乙养老')).toEqual(['L']);
      expect(await ids('孤')).toEqual(['L']);
      expect(await ids('救 社会')).toEqual(['M']);
      expect(await ids('社会 保')).toEqual([]);
      expect(await ids('缘乙乙')).toEqual(['L']);
      expect(await ids('低保乙')).toEqual([]); // every 2-character piece is there, not in this order
      await s.edit(summary.id, (d) => updateSection(d, 'M', { paragraphs: ['低保制度'] }));
      expect(await ids('低保')).toEqual(['L', 'M']);
      expect(await ids('社会')).toEqual([]);
      await s.edit(summary.id, (d) => updateSection(d, 'L', { heading: '低保标题', paragraphs: [] }));
      expect(await ids('标题')).toEqual(['L']);
      expect(await ids('边缘')).toEqual([]);
      await s.edit(summary.id, (d) => deleteSection(d, 'M').doc);
      expect(await ids('低保')).toEqual(['L']);
      expect(await ids('制度')).toEqual([]);
      s.db.exec("INSERT INTO section_bigram (section_bigram) VALUES ('integrity-check')");
    } finally {
      s.close();
    }
  });
});

describe('the bigram index (migration 008)', () => {
  it('is built for the sections of a version-7 file', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'yaodian.db'));
    for (const m of MIGRATIONS.filter((x) => x.version <= 7)) m.up(old);
    old.pragma('user_version = 7');
    old
      .prepare(
        `INSERT INTO documents (id, year, meta, numbering, preamble, warnings, created_at, updated_at)
        VALUES ('d7', 2025, ?, '{"1":"restart","2":"restart","3":"restart","4":"restart"}', '[]', '[]', 't', 't')`,
      )
      .run(JSON.stringify({ ...emptyMeta(), title: '2025年全市民政工作要点' }));
    old.exec(`INSERT INTO sections (document_id, id, parent_id, position, level, heading, run_in, paragraphs)
      VALUES ('d7', 'S', NULL, 0, 1, '兜底保障', 0, '["完善农村低保制度。"]')`);
    old.close();
    const services = openServices({ dataDir: dir });
    try {
      const r = await services.call('search.query', { query: '低保' });
      expect(r.ok && r.value.map((x) => [x.sectionId, x.snippet])).toEqual([['S', '完善农村【低保】制度。']]);
    } finally {
      services.close();
    }
  });
});
