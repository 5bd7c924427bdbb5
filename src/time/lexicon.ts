/** What a language pack tells the time stage. */
export interface TimeLexicon {
  /** chrono-node locale the pack builds on ('en', 'id', …). */
  chronoLocale: string;
}
