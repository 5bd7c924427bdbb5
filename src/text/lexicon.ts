/** What a language pack tells the text stage. */
export interface TextLexicon {
  /** Lower-case abbreviations without their final dot ("dr", "jl", "mr", "no"): a dot after them ends no sentence. */
  abbreviations: Set<string>;
  /** Splits a run of letters into words, for scripts written without spaces between words; returns the words
   *  in order (they join back to the run), or null to keep the run one word. Absent: every run is one word.
   *  `afterNumber`: the run follows a written number directly ("1.2万名": a scale word may open it). */
  splitWords?: (run: string, afterNumber: boolean) => string[] | null;
  /** The form every stage looks a token up by. Absent: the token in lower case. A pack maps variants of one
   *  word to the form its lists use (Traditional to Simplified Chinese, full-width punctuation to ASCII). */
  lookupForm?: (token: string) => string;
}
