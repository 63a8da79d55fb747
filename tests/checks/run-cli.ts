// Runs the real `yaodian` bin in a child process, as a user would, and returns its exit code and output.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../helpers/paths';

export async function yaodian(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(repoRoot, 'bin', 'yaodian.mjs'), ...args],
      { cwd: repoRoot, env: { ...process.env, NO_COLOR: '' } },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
