/** What a language pack tells the provenance stage. Phrases match case-insensitively at a line start. */
export interface ProvenanceLexicon {
  /**
   * Phrases that introduce the original of this text ("Lihat berita aslinya", "Read the original", "Sumber:"),
   * longest first. They mean republication, or translation when what follows is not in the article's language.
   */
  originalCues: string[];
  /** Those of originalCues that say the text is a translation ("Artikel ini terjemahan dari"). */
  translationCues: Set<string>;
  /** Words that open an author line ("Oleh", "By"): such a line under the headline names no publisher. */
  authorPrefixes: Set<string>;
}
