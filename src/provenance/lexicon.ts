/** What a language pack tells the provenance stage. */
export interface ProvenanceLexicon {
  /** Phrases that introduce the original of a translation or republication ("Lihat berita aslinya", "Read the original"). */
  originalCues: string[];
}
