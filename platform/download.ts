/**
 * Saves a file the user asked for, from the page itself: a Blob URL and a click on an `<a download>`. No
 * `downloads` permission, no network: the bytes never leave the extension's own origin.
 */

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

export type DownloadPort = (file: DownloadFile) => void;

/** Downloads through `doc` (the page's document by default). */
export function pageDownload(
  doc: Document = document,
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
): DownloadPort {
  return ({ name, type, text }) => {
    const href = urls.createObjectURL(new Blob([text], { type }));
    const link = doc.createElement('a');
    link.href = href;
    link.download = name;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the bytes once the click is handled; give slow machines a minute.
    setTimeout(() => urls.revokeObjectURL(href), 60_000);
  };
}
