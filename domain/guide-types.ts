/** One section of the guide, turned from `content/guide/*.md` into data at build time. */
export interface GuideSection {
  id: string;
  title: string;
  /** The guide's heading over a group of sections, e.g. "What is Leaky Gut and Autoimmune?". */
  part?: string;
  /** Reading order, 1-based. */
  order: number;
  /** Rendered HTML of the section body; built from our own Markdown, never from user input. */
  html: string;
  /** Plain text of title and body, for search. */
  text: string;
  /** Ids of the references this section cites, in order of first citation. */
  cites: string[];
  /** Heading anchors inside the section; the element id is `${id}--${anchor}`. */
  anchors: string[];
  /** The section's parts (its third-level headings: the five steps, the questions, the myths), for Contents. */
  subsections?: { anchor: string; title: string }[];
}

/** One entry of the guide's reference list. */
export interface GuideReference {
  id: string;
  /** How the guide cites it in the text, e.g. "Fasano A, 2012". */
  cite: string;
  /** Full citation; for a database the guide names only, exactly what the guide gives. */
  text: string;
  doi?: string;
  pmid?: string;
}

/** The whole guide as the extension ships it. */
export interface Guide {
  sections: GuideSection[];
  references: GuideReference[];
}
