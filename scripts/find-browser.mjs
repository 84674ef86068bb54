// Finds a browser binary: the path in its environment variable wins, then the first of its names on PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Returns the path of a usable binary, or undefined: `env[variable]` if set (and present), else a name on PATH. */
export function findBrowser(variable, names, env = process.env) {
  if (env[variable]) return existsSync(env[variable]) ? env[variable] : undefined;
  for (const name of names) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}
