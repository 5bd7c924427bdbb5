/** What a language pack tells the quote and attribution stage. */
export interface QuoteLexicon {
  /** Reporting verbs ("mengatakan", "melaporkan", "said"). */
  reportingVerbs: Set<string>;
}
