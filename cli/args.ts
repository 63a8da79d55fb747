// Arguments of the one-file commands (`yaodian import|check <文件> [--json]`): help, unknown options and the
// file count are answered the same way everywhere.

/** The file and --json, or the exit code to return after help (0) or a usage error (2) has been printed. */
export function parseFileArgs(
  command: string,
  verb: string,
  usage: string,
  args: string[],
): { file: string; json: boolean } | number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length) {
    console.error(`yaodian ${command}：未知选项“${unknown[0]}”。${usage}`);
    return 2;
  }
  if (files.length !== 1) {
    console.error(
      `yaodian ${command}：${files.length ? `一次只能${verb}一个文件` : `请指定要${verb}的文件`}。${usage}`,
    );
    return 2;
  }
  return { file: files[0], json };
}
