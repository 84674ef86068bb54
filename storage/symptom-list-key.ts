/** Where the symptom list copy is kept in localStorage: its own module, so the popup's first script needs nothing more. */
export const SYMPTOM_LIST_COPY_KEY = 'gutwise.symptomList';
