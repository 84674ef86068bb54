/** Where the symptom list copy is kept in localStorage: its own module, so the popup's first script needs nothing more. */
export const SNAPSHOT_KEY = 'gutwise.symptomList';
