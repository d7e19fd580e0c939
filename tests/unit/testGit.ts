import { execFileSync } from 'node:child_process';

/** Runs git in `dir` as a test committer (whatever the machine's git config says); returns stdout. */
export function git(dir: string, args: string[], env: Record<string, string> = {}): string {
  const identity = ['-c', 'user.name=Test', '-c', 'user.email=test@example.org'];
  return execFileSync('git', [...identity, '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, ...env },
  }).trim();
}
