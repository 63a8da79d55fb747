// yaodian <command> …: each command lives in cli/commands/<name>.ts and exports run(args) → exit code.
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }> =
  {
    import: {
      summary: 'import <文件> [--json]      读取通知（Word/WPS/PDF/网页/文本），输出结构或 JSON',
      load: () => import('./commands/import'),
    },
    export: {
      summary: 'export <输入> -o <输出.docx>  导出符合 GB/T 9704-2012 的 Word 公文',
      load: () => import('./commands/export'),
    },
    check: { summary: 'check <文件>                 公文规范检查', load: () => import('./commands/check') },
    diff: { summary: 'diff <旧文件> <新文件>         与往年对比', load: () => import('./commands/diff') },
    'new-from': {
      summary: 'new-from <文件> --year 2025 [--skeleton] -o <输出>  由往年文档生成新年度草稿',
      load: () => import('./commands/new-from'),
    },
    tasks: {
      summary: 'tasks <文件> -o <分工表.docx|.xlsx> [--by-unit]  导出任务分工表或跟踪台账',
      load: () => import('./commands/tasks'),
    },
    progress: {
      summary: 'progress import <台账.xlsx>    导入各处室交回的进展情况',
      load: () => import('./commands/progress'),
    },
  };

function usage(): string {
  return ['用法：yaodian <命令> [参数]', '', ...Object.values(COMMANDS).map((c) => `  yaodian ${c.summary}`)].join(
    '\n',
  );
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`yaodian：未知命令“${name}”。\n${usage()}`);
    return 2;
  }
  let mod;
  try {
    mod = await command.load();
  } catch {
    console.error(`yaodian：命令“${name}”尚未提供。`);
    return 2;
  }
  return mod.run(args);
}
