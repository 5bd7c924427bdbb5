// What a language pack tells the event stage. All of it is data (src/lang/<code>/verbs.tsv, modality.tsv,
// morphology.tsv, clauses.tsv); src/events/lexicon-files.ts reads those files into these shapes.
import type { PloverType } from '../schema/analysis.ts';

export type Slot = 'actor' | 'recipient' | 'location';

/**
 * Where one participant of a verb is found, relative to the trigger:
 * - 'before': the subject, the nearest actor mention(s) before the trigger in its clause;
 * - 'after': the object, the first actor mention after the trigger in its clause;
 * - 'after-word': the first mention after one of `words` ("ke", "membantu", "to", "with");
 * - 'before-word': the mention after one of `words` standing before the trigger in its clause (a coverb phrase:
 *   "向俄罗斯派遣" sends to Russia); the subject is then sought before that phrase;
 * - 'marked': the mention before the trigger in its clause that one of `words` follows (a postposition:
 *   "러시아에 파병" sends to Russia); the subject is then sought before it;
 * - 'genitive': for a noun trigger, the mention right after it ("serangan Israel");
 * - 'complement': the subject of a clause the verb opens ("demanded that the US cancel …").
 */
export interface FrameRule {
  slot: Slot;
  where: 'before' | 'after' | 'after-word' | 'before-word' | 'marked' | 'genitive' | 'complement';
  words: string[];
}

/** One verb (or event noun) sense: its lemma, what it codes as, and where its participants are. */
export interface VerbEntry {
  /** Lemmas, each as lower-case words ("kirim"; "tembak jatuh"; "shoot down"); the first word of each is
   *  found through morphology, the others as written or through theirs. */
  lemmas: string[][];
  /** Surface forms matched as written (irregular "sent", "shot down"), each a word list. */
  forms: string[][];
  /** Full CAMEO code ('072'), or '---' for a form that codes nothing; label, quad class and Goldstein value
   *  come from the CAMEO table. */
  cameo: string;
  /** Code of the reverse event a paired PETRARCH code implies ("[032:033]": a visit and a hosted visit). */
  reverseCameo: string | null;
  /** PLOVER type when it differs from the CAMEO table's mapping (a signed treaty is AGREE). */
  type: PloverType | null;
  mode: string | null;
  /** Extra PLOVER context words ('troops', 'weapons'). */
  context: string[];
  /** Phrases one of which must stand near the trigger for this sense ("pasukan", "treaty"); empty: none. */
  objects: string[][];
  /** Which verb list the sense came from when lists were merged (0 = first): earlier lists are preferred. */
  tier: number;
  /** How many tokens before and after the trigger an object may start. */
  reach: { before: number; after: number };
  /** Actor sector the sense needs ('MIL': only troops "arrive" as a deployment); '' when any. */
  actorSector: string;
  /** 'verb' refuses analyses through noun-forming affixes (peng-…-an); 'any' accepts nouns too. */
  pos: 'verb' | 'any';
  /** In a passive without an agent, the subject's owner acts: "pasukan Korea Utara yang dikirim" (PRK sends). */
  passiveOwnerActs: boolean;
  /** Codes only with someone acted on, named or carried over from an earlier event of its actor: troops that
   *  arrive to help are aid, troops that arrive in a town are not. */
  needsRecipient: boolean;
  frame: FrameRule[];
}

export type ModalityEffect =
  | { field: 'stage'; value: 'planned' | 'expected' | 'announced' | 'begun' | 'ongoing' | 'completed' | 'historical' }
  | { field: 'polarity'; value: 'negated' }
  | { field: 'certainty'; value: 'probable' | 'possible' }
  | { field: 'threat' | 'conditional' | 'hypothetical'; value: true };

/**
 * A word or phrase that sets modality. 'clause' cues act on triggers after them in the same clause;
 * 'ahead' cues ("jika", "tidak ada tanda-tanda bahwa", "no sign that") on every trigger after them until a
 * contrast ("namun", "but") or the end of the sentence; 'after' cues on the trigger right before them, where a
 * language says stage and mood after the verb ("파병할 계획이다", "보내지 않았다").
 */
export interface ModalityCue {
  words: string[];
  effects: ModalityEffect[];
  scope: 'clause' | 'ahead' | 'after';
}

/** An affix rule: strip `form`, then put one of `restore` back (a dropped initial, an 'e' of "hoped"). */
export interface AffixRule {
  kind: 'prefix' | 'suffix';
  form: string;
  restore: string[];
  /** What the affix says about the word: di- makes a passive, peng-…-an a noun, peN- alone its doer
   *  ("penyerang", "pengunjuk rasa": an attacker, a protester), which is never an event. */
  tag: 'passive' | 'noun' | 'agent' | null;
}

export interface Morphology {
  prefixes: AffixRule[];
  suffixes: AffixRule[];
  /** Also try a stem with a final doubled consonant undoubled ("stopped" → "stopp" → "stop"). */
  undouble: boolean;
}

/** Clause structure the frames need. */
export interface ClauseWords {
  /** Words that open a new clause ("bahwa", "that", "namun", "but"); punctuation , ; : always does. */
  breaks: Set<string>;
  /** Breaks that also end the scope of 'ahead' modality cues ("namun", "tetapi", "but"). */
  contrasts: Set<string>;
  /** Prepositions before a place that is where something happens, not who is acted on ("di", "in"). */
  locatives: Set<string>;
  /** Words opening a clause that a verb governs ("that", "bahwa", "agar"). */
  complementizers: Set<string>;
  /** Subject pronouns that stand for an actor named earlier in the sentence ("it", "mereka"). */
  pronouns: Set<string>;
  /** Conjunctions joining co-ordinated actors ("dan", "and"). */
  conjunctions: Set<string>;
  /** Words introducing the agent of a passive ("oleh", "by"). */
  passiveAgents: Set<string>;
  /** Auxiliaries that make a following participle passive ("was", "were"); empty where affixes tell it. */
  passiveAux: Set<string>;
  /** Endings of forms that are never passive participles ("ing"). */
  activeEndings: string[];
  /** In a passive without an agent word, the actor may follow the verb directly ("digunakan Rusia"). */
  bareAgent: boolean;
  /** Words after which a word is a noun, not a verb ("the", "its", "of"): only pos=any senses code there. */
  nounMarkers: Set<string>;
  /** Words after which only a verb's base form is a verb ("to"). */
  infinitiveMarkers: Set<string>;
  /** Words joining an agent noun to the country it belongs to ("rebels in Chad", "pemberontak di Chad"). */
  agentLinks: Set<string>;
  /** Words opening an apposition after a comma (", a key ally of X,"): it describes the noun before it. */
  appositionOpeners: Set<string>;
  /** Words opening a verb's infinitive complement ("urged X to withdraw", "menolak untuk mengirim"). */
  complementMarkers: Set<string>;
  /** Possessive determiners ("its troops"): the noun after one has an owner. */
  possessives: Set<string>;
  /** Endings of plural nouns ("refugees"): an active form after one modifies it ("refugees fleeing"). */
  pluralEndings: string[];
  /**
   * Where verbs and nouns share forms ("attacks", "aid"), endings only verbs have ("ed", "ing"); a form
   * without one is a verb only after one of `finiteCues` ("will", "to", "they") or right after a mention.
   * Both empty where the morphology tells nouns apart.
   */
  verbEndings: string[];
  finiteCues: Set<string>;
  /** Prepositions opening a phrase of their own ("against", "melawan"): a mention after one is not the object
   *  of the word before it ("support the war against Ukraine"). */
  prepositions: Set<string>;
  /** Words opening a purpose ("untuk", "for"); `purposeVerbMarkers` only when a verb follows ("to support"). */
  purposeMarkers: Set<string>;
  purposeVerbMarkers: Set<string>;
  /** Modifiers follow their noun ("brigade serangan", not "assault brigade"). */
  headInitial: boolean;
  /** Where a verb whose clause names no subject finds it in the comma clause before: its last actor (the one
   *  nearest the verb), or its first (Chinese topic chains: "普京致信金正恩，赞扬…" is Putin's praise). */
  chainSubject: 'last' | 'first';
  /** Particles written after a subject ("북한이", "국정원은"): where one follows a mention of the clause, that
   *  mention is the subject rather than the one nearest the verb. Empty where word order tells it. */
  subjectMarkers: Set<string>;
  /** The object stands before its verb (Korean): what a denial verb denies is sought before it too. */
  objectBeforeVerb: boolean;
  /** Roles and modality scope are read from the pack's dependency parse; a pack whose parser is still too weak
   *  for that says no, and its events are read by word order and markers. */
  parseRoles: boolean;
}

/** Words of denial (src/lang/<code>/denials.tsv), each phrase as lower-case words. */
export interface DenialWords {
  /** Verbs whose subject denies ("denied", "membantah"). */
  verbs: string[][];
  /** Nouns standing for what was said ("the claim", "klaim tersebut"). */
  claims: string[][];
  /** Phrases calling it untrue ("fake news", "berita palsu"). */
  falsehoods: string[][];
}

export interface EventLexicon {
  verbs: VerbEntry[];
  denials: DenialWords;
  modality: ModalityCue[];
  morphology: Morphology;
  clauses: ClauseWords;
}
