// git reads configuration and object stores from the repository it runs in, and some of those
// settings run programs or reach other directories. Before a git command runs, the workspace's
// repository (if any) must be a plain `.git` directory whose config holds only inert keys.
import { execFile } from 'node:child_process';
import { lstat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { scrubbedEnvironment } from './environment.js';
import { ExecutorRefusal, RefusalCodes } from './errors.js';

const execFileAsync = promisify(execFile);

/** Environment for git: no system or user config, and no looking for a repository above the workspace. */
export function gitEnvironment(workspace: string): Record<string, string> {
  return {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_CEILING_DIRECTORIES: dirname(workspace),
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
  };
}

/** Config keys that only describe the repository; everything else (filters, fsmonitor, includes, …) is refused. */
const INERT_CONFIG_KEYS = [
  /^core\.(repositoryformatversion|filemode|bare|logallrefupdates|ignorecase|precomposeunicode|symlinks|autocrlf|eol)$/,
  /^remote\..+\.(url|fetch|pushurl)$/,
  /^branch\..+\.(remote|merge|rebase)$/,
  /^user\.(name|email)$/,
  /^init\.defaultbranch$/,
  /^extensions\.objectformat$/,
];

async function kind(path: string): Promise<'missing' | 'directory' | 'file' | 'other'> {
  try {
    const stats = await lstat(path);
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

function unsafe(reason: string): never {
  throw new ExecutorRefusal(RefusalCodes.gitRepoUnsafe, `the workspace repository ${reason}`);
}

/** Refuse a repository that could make git run a program or read outside the workspace. */
export async function checkGitRepository(gitBinary: string, workspace: string): Promise<void> {
  const gitDir = join(workspace, '.git');
  const gitKind = await kind(gitDir);
  if (gitKind === 'missing') return; // git stops at the ceiling and reports "not a git repository"
  if (gitKind !== 'directory') unsafe('is a link or gitfile (it may point outside the workspace)');
  for (const redirect of ['commondir', 'objects/info/alternates', 'objects/info/http-alternates']) {
    if ((await kind(join(gitDir, redirect))) !== 'missing') unsafe('borrows objects or refs from another directory');
  }
  const config = join(gitDir, 'config');
  const configKind = await kind(config);
  if (configKind === 'missing') return;
  if (configKind !== 'file') unsafe('has a config that is not a regular file');
  let listed: string;
  try {
    // git's own parser, so our reading matches git's; includes are not followed with --file.
    ({ stdout: listed } = await execFileAsync(gitBinary, ['config', '--file', config, '--no-includes', '--null', '--name-only', '--list'], {
      cwd: workspace,
      env: { ...scrubbedEnvironment(workspace), ...gitEnvironment(workspace) },
      timeout: 5000,
      maxBuffer: 1024 * 1024,
    }));
  } catch {
    unsafe('has a config git cannot parse');
  }
  const keys = listed.split('\0').filter((k) => k.length > 0);
  if (keys.some((key) => !INERT_CONFIG_KEYS.some((re) => re.test(key)))) {
    unsafe('config sets keys that can run programs or change where git reads from');
  }
}
