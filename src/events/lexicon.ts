/** What a language pack tells the event stage: verbs with their frames, and modality markers. */
export interface EventLexicon {
  verbs: unknown[];
}
