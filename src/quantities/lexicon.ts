/** What a language pack tells the quantity stage. */
export interface QuantityLexicon {
  /** Thousands separator and decimal mark of written numbers ('.' and ',' in Indonesian). */
  thousandsSeparator: string;
  decimalMark: string;
}
