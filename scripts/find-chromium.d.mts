/** Returns the path of a usable Chromium, or undefined. */
export function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
