// OS resource limits for the child, applied by util-linux `prlimit`, which sets them on itself and
// then execs the command (same pid, same process group). Where prlimit is absent the run goes on
// without them and the result says so.
export interface OsLimits {
  /** RLIMIT_AS: virtual memory. */
  addressSpaceBytes: number;
  /** RLIMIT_NPROC: processes for the user (not enforced for root, which has CAP_SYS_RESOURCE). */
  maxProcesses: number;
  /** RLIMIT_FSIZE: largest file the command may write. */
  maxFileSizeBytes: number;
  /** RLIMIT_NOFILE. */
  maxOpenFiles: number;
}

export const DEFAULT_OS_LIMITS: OsLimits = {
  addressSpaceBytes: 512 * 1024 * 1024,
  maxProcesses: 64,
  maxFileSizeBytes: 16 * 1024 * 1024,
  maxOpenFiles: 256,
};

export interface LaunchSpec {
  file: string;
  args: string[];
}

/** Wrap `binary argv` so it starts under the limits; `cpuSeconds` bounds CPU time as a backstop to the wall-clock timeout. */
export function withOsLimits(prlimit: string | undefined, limits: OsLimits, cpuSeconds: number, binary: string, argv: readonly string[]): LaunchSpec {
  if (!prlimit) return { file: binary, args: [...argv] };
  return {
    file: prlimit,
    args: [
      `--as=${limits.addressSpaceBytes}`,
      `--nproc=${limits.maxProcesses}`,
      `--fsize=${limits.maxFileSizeBytes}`,
      `--nofile=${limits.maxOpenFiles}`,
      `--cpu=${Math.max(1, Math.ceil(cpuSeconds))}`,
      '--core=0',
      '--',
      binary,
      ...argv,
    ],
  };
}
