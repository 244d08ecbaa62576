import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isImportError } from '../../shared/import/errors';
import { ProfileError } from '../../shared/profiles';
import { runCheck } from './commands/check';
import { runCredits } from './commands/credits';
import { runExport } from './commands/export';
import { runFix } from './commands/fix';
import { runDiff, runHistory } from './commands/history';
import { runImport } from './commands/import';
import { runReview } from './commands/review';
import { runServe } from './commands/serve';
import { UsageError } from './io';

export interface CommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** Whether standard error is a terminal (progress lines go there); defaults to `isTTY`. */
  stderrIsTTY?: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    args: { values: Record<string, unknown>; positionals: string[] },
    io: CommandIO,
  ): Promise<number>;
}

/** Every subcommand. Adding one touches `commands/` and this list. */
export const COMMANDS: Command[] = [
  runImport,
  runCheck,
  runFix,
  runExport,
  runServe,
  runCredits,
  runReview,
  runHistory,
  runDiff,
];

function help(): string {
  const lines = ['Usage: newsroom <command> [options]', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(10)} ${c.summary}`);
  lines.push('', 'Run `newsroom <command> --help` for its options.');
  return lines.join('\n');
}

const defaultIO: CommandIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

/** Runs the CLI and returns the exit code: 0 success, 1 findings, 2 unusable input or usage. */
export async function main(argv: string[], io: CommandIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${help()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`newsroom: unknown command "${name}". Run \`newsroom --help\`.\n`);
    return 2;
  }
  try {
    const parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.stdout(`${command.usage}\n`);
      return 0;
    }
    return await command.run(parsed, io);
  } catch (e) {
    if (isImportError(e) || e instanceof UsageError || e instanceof ProfileError) {
      io.stderr(`newsroom ${name}: ${e.message}\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`newsroom ${name}: ${(e as Error).message}\n${command.usage}\n`);
      return 2;
    }
    // A bug, not bad input: still one line, with a hint to report it.
    io.stderr(
      `newsroom ${name}: internal error: ${(e as Error).message ?? String(e)} (please report this)\n`,
    );
    return 3;
  }
}
