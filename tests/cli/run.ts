/** Runs the `newsroom` command in this process, as the bin does, and collects what it prints. */
import { main, type CommandIO } from '../../electron/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: { tty?: boolean; cwd?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
  };
  const before = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await main(argv, io);
    return { code, stdout, stderr };
  } finally {
    if (options.cwd) process.chdir(before);
  }
}
