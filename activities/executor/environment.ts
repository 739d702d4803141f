// The child's whole environment. Built from nothing rather than filtered from the worker's, so API
// keys, DATABASE_URL and anything added to the worker later can never reach a sandboxed command.
export function scrubbedEnvironment(workspace: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    PATH: '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    HOME: workspace,
    TMPDIR: workspace,
    ...extra,
  };
}
