/** What a language pack tells the entity stage. */
export interface EntityLexicon {
  /** Words that are never names, however capitalised ("Kita", "Itu", "Baru" as a sentence start). */
  stopwords: Set<string>;
}
