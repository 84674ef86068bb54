/**
 * The two page-storage keys the popup's first script reads, in a module that imports nothing, so that script
 * stays about a kilobyte gzip. Listed with every other key in storage/keys.ts.
 */

/** The symptom list copy (storage/symptom-list-copy.ts). */
export const SYMPTOM_LIST_COPY_KEY = 'gutwise.symptomList';

/** The popup's first frame as markup (storage/first-frame-copy.ts). */
export const FIRST_FRAME_COPY_KEY = 'gutwise.popupFirstFrame';
