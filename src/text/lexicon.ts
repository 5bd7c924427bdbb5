/** What a language pack tells the text stage. */
export interface TextLexicon {
  /** Lower-case abbreviations without their final dot ("dr", "jl", "mr", "no"): a dot after them ends no sentence. */
  abbreviations: Set<string>;
}
