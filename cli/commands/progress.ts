// yaodian progress import <台账.xlsx> [--document <标识>] [--data <数据文件夹>]: a returned tracking workbook into
// the progress records of the app's own store, through the same handlers the app calls; prints the row-by-row
// report. The workbook names its 要点 (说明 sheet) unless --document is given.
import { resolve } from 'node:path';
import { defaultDataDir } from '../../electron/dev-host/data-dir';
import { openServices } from '../../electron/services/service-context';

const USAGE = [
  '用法：yaodian progress import <台账.xlsx> [--document <文档标识>] [--data <数据文件夹>]',
  '  把各处室填好后交回的台账导入进展记录（按任务对应，冲突两条都保留），逐行报告结果',
  '  --data  程序的数据文件夹（默认与桌面程序相同，或环境变量 YAODIAN_DATA_DIR）',
].join('\n');

const MARK = { error: '错误', warning: '提示', info: '完成' } as const;

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h') || !args.length) {
    console.log(USAGE);
    return args.length ? 0 : 2;
  }
  const [sub, ...rest] = args;
  if (sub !== 'import') {
    console.error(`yaodian progress：未知子命令“${sub}”。\n${USAGE}`);
    return 2;
  }
  let file: string | null = null;
  let document: string | undefined;
  let dataDir = defaultDataDir();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--document' || a === '--data') {
      if (i + 1 >= rest.length) {
        console.error(`yaodian progress：选项 ${a} 后面缺少值。\n${USAGE}`);
        return 2;
      }
      if (a === '--document') document = rest[++i];
      else dataDir = rest[++i];
    } else if (a.startsWith('-')) {
      console.error(`yaodian progress：未知选项“${a}”。\n${USAGE}`);
      return 2;
    } else if (file) {
      console.error(`yaodian progress：一次只能导入一个文件。\n${USAGE}`);
      return 2;
    } else file = a;
  }
  if (!file) {
    console.error(`yaodian progress：请指定要导入的 .xlsx 文件。\n${USAGE}`);
    return 2;
  }
  let services;
  try {
    services = openServices({ dataDir });
  } catch (e) {
    console.error(`yaodian progress：${(e as Error).message}`);
    return 1;
  }
  try {
    const input = { path: resolve(file), ...(document ? { documentId: document } : {}) };
    const r = await services.call('progress.import', input);
    if (!r.ok) {
      console.error(`yaodian progress：${r.error.message}`);
      return 1;
    }
    const v = r.value;
    console.log(
      `已导入到“${v.documentTitle}”：${v.imported} 项有新进展，${v.unchanged} 项无变化，` +
        `${v.conflicts} 项有冲突，${v.failed} 行未导入。`,
    );
    for (const line of v.report) console.log(`  ${MARK[line.level]}：${line.message}`);
    return v.failed ? 1 : 0;
  } finally {
    services.close();
  }
}
