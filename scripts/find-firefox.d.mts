/** Returns the path of a usable Firefox, or undefined. */
export function findFirefox(env?: NodeJS.ProcessEnv): string | undefined;
