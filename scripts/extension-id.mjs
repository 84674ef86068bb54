// Chromium names an unpacked extension after its folder: the first 32 hex digits of the SHA-256 of the
// absolute path, written with the letters a–p. Knowing it lets `npm start` open the side panel page.
import { createHash } from 'node:crypto';

/** The id Chromium gives an extension loaded unpacked from `absolutePath`. */
export function unpackedExtensionId(absolutePath) {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
