/** The id Chromium gives an extension loaded unpacked from `absolutePath`. */
export function unpackedExtensionId(absolutePath: string): string;
