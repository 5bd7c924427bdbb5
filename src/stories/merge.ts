// One event from many reports: mentions of the same real event across articles become one record with all its
// mentions (as GDELT's Mentions table keeps them), each with the reason it was merged. Analysts can split a
// mention off again (`separate`), and the merge is recomputed without it.
import { createHash } from 'node:crypto';
import type { Event, Participant, PloverType } from '../schema/analysis.ts';
import type { EventMention, MergedEvent, SourceDisagreement } from '../schema/story.ts';
import type { ArticleReport } from './report.ts';
import { UnionFind } from './union-find.ts';
import { describeInterval, disagreement, overlaps, setsCompatible, undatedInterval, type Interval } from './compatible.ts';
import { isDenial, sourceIdentity, sourcesOf, statusOf, timelineOf, type SourceIdentity } from './sources.ts';

export interface MergeOptions {
  /** Mention keys (articleId#eventId) an analyst split off: each stays an event of its own. */
  separate?: ReadonlySet<string>;
}

export interface MergeResult {
  events: MergedEvent[];
  disagreements: SourceDisagreement[];
}

export interface Candidate {
  mention: EventMention;
  event: Event;
  /** The source the mention counts for. */
  source: SourceIdentity;
  actors: string[];
  recipients: string[];
  countriesOfActors: string[];
  countriesOfRecipients: string[];
  interval: Interval;
  theme: Theme | null;
  /** The claimed event a denial answers (the event layer's `denies` link), as a mention key. */
  denies: string | null;
}

export interface Cluster {
  members: Candidate[];
  recipients: string[];
  interval: Interval;
  placeId: string | null;
  placeCountry: string | null;
  mode: string | null;
  /** Theme words of its members, by language: words are compared only within one language. */
  themes: Map<string, Set<string>>;
  /** Actor and recipient countries of its members. */
  countries: Set<string>;
  /** Background mentions ("has supplied arms since 2023") merge only with background, never with the news. */
  historical: boolean;
  /** Whether a member's time was read from its text, not assumed from its publication date. */
  dated: boolean;
}

/**
 * Types that code one happening in different words: a signed pact is AGREE in one article, SUPPORT or
 * COOPERATE in another. Types not listed are their own family.
 */
const TYPE_FAMILY: Partial<Record<PloverType, string>> = { AGREE: 'accord', SUPPORT: 'accord', COOPERATE: 'accord' };
const familyOfType = (t: PloverType) => TYPE_FAMILY[t] ?? t;

/** Theme words shorter than this (articles, prepositions) say nothing of what was sent or struck. */
const MIN_THEME_WORD = 4;

/** The content words of the event's object or theme span, when the event layer gives one ("troops", "artillery shells"). */
interface Theme {
  lang: string;
  words: Set<string>;
}

function themeOf(event: Event, lang: string): Theme | null {
  const object = event.object;
  if (!object?.text) return null;
  const words = object.text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.length >= MIN_THEME_WORD) ?? [];
  return words.length ? { lang, words: new Set(words) } : null;
}

/** One word is the other with an ending ("troop"/"troops", "pasukan"/"pasukannya"): the same thing named. */
const sameWord = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** The theme words `c` shares with the cluster's in its language; null when they differ, [] when nothing compares. */
function sharedTheme(cluster: Cluster, c: Candidate): string[] | null {
  const theirs = c.theme ? cluster.themes.get(c.theme.lang) : undefined;
  if (!c.theme || !theirs) return [];
  const shared = [...c.theme.words].filter((w) => [...theirs].some((v) => sameWord(w, v)));
  return shared.length ? shared : null;
}

function addTheme(cluster: Cluster, theme: Theme | null): void {
  if (theme && !cluster.themes.has(theme.lang)) cluster.themes.set(theme.lang, theme.words);
}

const codes = (ps: Participant[]) => [...new Set(ps.map((p) => p.actorCode ?? p.entityId))].sort();
const countries = (ps: Participant[]) => [...new Set(ps.map((p) => p.country ?? p.actorCode?.slice(0, 3) ?? p.entityId))].sort();

function candidate(report: ArticleReport, event: Event, source: SourceIdentity): Candidate {
  const chain = event.attribution.chain;
  const inner = chain.length > 1 ? chain[chain.length - 1]! : null;
  const quantities = event.quantityIds
    .map((id) => report.analysis.quantities.find((q) => q.id === id))
    .filter((q) => q !== undefined)
    .map((q) => ({ value: q.value, valueMax: q.valueMax, bound: q.bound, item: q.item, text: q.text }));
  const mention: EventMention = {
    key: `${report.articleId}#${event.id}`,
    articleId: report.articleId,
    eventId: event.id,
    source: report.source,
    claimant: inner ? inner.name : report.source,
    claimantId: inner ? (inner.entityId ?? inner.name) : report.source,
    chain,
    lang: report.lang,
    reportedAt: report.publishedAt,
    sentence: event.trigger.sentence,
    start: event.trigger.start,
    end: event.trigger.end,
    text: event.trigger.text,
    stage: event.modality.stage,
    polarity: event.modality.polarity,
    hypothetical: event.modality.hypothetical || event.modality.conditional,
    quantities,
    copiedBy: report.copiedBy.filter((s) => s !== report.source),
    sourceId: source.id,
    evidence: report.analysis.evidence[event.id] ?? event.trigger.text,
    reason: '',
  };
  const denies = event.denies?.eventId ?? null;
  return {
    mention,
    event,
    source,
    actors: codes(event.actors),
    recipients: codes(event.recipients),
    countriesOfActors: countries(event.actors),
    countriesOfRecipients: countries(event.recipients),
    interval: event.time ? { start: event.time.start, end: event.time.end } : undatedInterval(report.publishedAt),
    theme: themeOf(event, report.lang),
    denies: denies ? `${report.articleId}#${denies}` : null,
  };
}

/**
 * Recipients that disagree only because one side names where it happens (troops sent "to Ukraine" coded as
 * aid to Ukraine) are doubtful: the mention joins by its other arguments. Returns the doubtful ones, or null
 * when the recipients truly differ.
 */
function doubtfulRecipients(cluster: Cluster, c: Candidate): string[] | null {
  if (setsCompatible(cluster.recipients, c.countriesOfRecipients)) return [];
  if (!cluster.mode || cluster.mode !== c.event.mode) return null;
  const places = new Set([cluster.placeCountry, c.event.location?.country].filter((x): x is string => !!x));
  if (c.countriesOfRecipients.every((x) => places.has(x))) return c.countriesOfRecipients;
  if (cluster.recipients.every((x) => places.has(x))) return cluster.recipients;
  return null;
}

/** Why `c` belongs with a cluster, and how well it fits: the mention joins the open cluster it fits best. */
interface Fit {
  reason: string;
  score: number;
}

/**
 * Weights of what a fit rests on. Every fit already shares actors, mode and time; more shared arguments make a
 * closer fit than fewer, and arguments only assumed (a doubtful recipient, an unstated one) count least.
 */
const FIT_WEIGHT = { sameType: 2, sharedRecipient: 2, doubtfulRecipient: -1, themeWord: 1, samePlace: 2, placeInCountry: 1, datedOverlap: 1 } as const;

/** Why `c` belongs with the cluster and how closely, or null when it does not. */
function fits(cluster: Cluster, c: Candidate): Fit | null {
  if (cluster.historical !== (c.event.modality.stage === 'historical')) return null;
  const doubtful = doubtfulRecipients(cluster, c);
  if (doubtful === null) return null;
  if (cluster.mode && c.event.mode && cluster.mode !== c.event.mode) return null;
  const theme = sharedTheme(cluster, c);
  if (theme === null) return null;
  if (!overlaps(cluster.interval, c.interval)) return null;
  const place = c.event.location;
  const participantsCountry = (country: string | null) => country !== null && (cluster.countries.has(country) || c.countriesOfActors.includes(country) || c.countriesOfRecipients.includes(country));
  // Two scenes in different countries are two events, unless one place is a participant's own country (where
  // troops go or come from, as often tagged the place of the event).
  if (place && cluster.placeId && place.entityId !== cluster.placeId && place.country !== cluster.placeCountry) {
    if (!participantsCountry(place.country) && !participantsCountry(cluster.placeCountry)) return null;
  }
  const sameType = c.event.type === cluster.members[0]!.event.type;
  const sharesRecipient = c.countriesOfRecipients.some((x) => cluster.recipients.includes(x));
  let score = (sameType ? FIT_WEIGHT.sameType : 0) + (doubtful.length ? FIT_WEIGHT.doubtfulRecipient : sharesRecipient ? FIT_WEIGHT.sharedRecipient : 0) + theme.length * FIT_WEIGHT.themeWord;
  if (c.event.time && cluster.dated) score += FIT_WEIGHT.datedOverlap;
  const parts = [
    `${sameType ? 'same type' : `type family of ${cluster.members[0]!.event.type}:`} ${c.event.type}${c.event.mode ? '/' + c.event.mode : ''}`,
    `actors ${c.countriesOfActors.join(',')}`,
    doubtful.length
      ? `recipient ${doubtful.join(',')} doubtful (only where it happens); joins by actors, type and time`
      : `recipients ${c.countriesOfRecipients.join(',') || 'unstated'} fit ${cluster.recipients.join(',') || 'unstated'}`,
    `time ${describeInterval(c.interval)} overlaps ${describeInterval(cluster.interval)}`,
  ];
  if (theme.length) parts.push(`theme shares “${theme.join(' ')}”`);
  if (place && cluster.placeId && place.entityId !== cluster.placeId) {
    if (place.country === cluster.placeCountry) score += FIT_WEIGHT.placeInCountry;
    parts.push(place.country === cluster.placeCountry ? `place in the same country` : `place ${place.name} is a participant's country`);
  } else if (place && cluster.placeId) {
    score += FIT_WEIGHT.samePlace;
    parts.push(`same place ${place.name}`);
  }
  return { reason: parts.join('; '), score };
}

/** The open cluster `c` fits best (the earliest of equals), with its reason; the others it fits are named too. */
function bestFit(open: readonly Cluster[], c: Candidate): { cluster: Cluster; reason: string } | null {
  let best: { cluster: Cluster; fit: Fit } | null = null;
  let others = 0;
  for (const k of open) {
    const fit = fits(k, c);
    if (!fit) continue;
    if (best) others++;
    if (!best || fit.score > best.fit.score) best = { cluster: k, fit };
  }
  if (!best) return null;
  const alternatives = others ? `; fits best (score ${best.fit.score}) of ${others + 1} open events it fits` : '';
  return { cluster: best.cluster, reason: best.fit.reason + alternatives };
}

function narrow(a: Interval, b: Interval): Interval {
  const start = a.start === null ? b.start : b.start === null ? a.start : a.start > b.start ? a.start : b.start;
  const end = a.end === null ? b.end : b.end === null ? a.end : a.end < b.end ? a.end : b.end;
  return { start, end };
}

function join(cluster: Cluster, c: Candidate): void {
  const doubtful = new Set(doubtfulRecipients(cluster, c) ?? []);
  cluster.members.push(c);
  for (const x of [...c.countriesOfActors, ...c.countriesOfRecipients]) cluster.countries.add(x);
  cluster.recipients = [...new Set([...cluster.recipients, ...c.countriesOfRecipients])].filter((x) => !doubtful.has(x)).sort();
  cluster.interval = narrow(cluster.interval, c.interval);
  cluster.mode ??= c.event.mode;
  cluster.dated ||= !!c.event.time;
  addTheme(cluster, c.theme);
  if (!cluster.placeId && c.event.location) {
    cluster.placeId = c.event.location.entityId;
    cluster.placeCountry = c.event.location.country;
  }
}

function newCluster(c: Candidate): Cluster {
  return {
    members: [c],
    recipients: c.countriesOfRecipients,
    interval: c.interval,
    placeId: c.event.location?.entityId ?? null,
    placeCountry: c.event.location?.country ?? null,
    mode: c.event.mode,
    themes: new Map(c.theme ? [[c.theme.lang, c.theme.words]] : []),
    historical: c.event.modality.stage === 'historical',
    dated: !!c.event.time,
    countries: new Set([...c.countriesOfActors, ...c.countriesOfRecipients]),
  };
}

/** A cluster no report has joined for this long is closed: later reports start a new event, and blocks stay small. */
const CLOSE_AFTER_DAYS = 60;

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** The id of the merged event a cluster is: from its first report, so it stays while later reports join. */
export const clusterId = (cluster: Cluster) => `evt_${shortHash(cluster.members[0]!.mention.key)}`;

/** The merged event a cluster is, and where its sources disagree. */
export function summarise(cluster: Cluster, familyOf: (articleId: string) => string): { event: MergedEvent; disagreements: SourceDisagreement[] } {
  const members = cluster.members;
  const first = members[0]!;
  const id = clusterId(cluster);
  const mentions = members.map((m, i) => ({ ...m.mention, reason: i === 0 ? 'first report' : m.mention.reason }));
  const dates = mentions.map((m) => m.reportedAt).sort();
  const timed = members.find((m) => m.event.time)?.event.time ?? null;
  const place = members.find((m) => m.event.location)?.event.location ?? null;
  const sources = sourcesOf(mentions, new Map(members.map((m) => [m.source.id, m.source])));

  const event: MergedEvent = {
    id,
    type: first.event.type,
    mode: cluster.mode,
    cameo: first.event.cameo.code,
    actors: [...new Set(members.flatMap((m) => m.actors))].sort(),
    recipients: [...new Set(members.flatMap((m) => m.recipients))].sort(),
    place: place ? { name: place.name, entityId: place.entityId, lat: place.lat, lon: place.lon } : null,
    time: timed ? { start: cluster.interval.start, end: cluster.interval.end, granularity: timed.granularity } : null,
    mentions,
    counts: {
      mentions: mentions.length,
      articles: new Set(mentions.map((m) => m.articleId)).size,
      sources: sources.length,
      reported: sources.filter((s) => s.position === 'reported').length,
      denied: sources.filter((s) => s.position === 'denied').length,
    },
    sources,
    timeline: timelineOf(sources),
    firstReport: dates[0]!,
    latestReport: dates[dates.length - 1]!,
    status: statusOf(sources),
  };
  return { event, disagreements: disagreementsOf(id, mentions, familyOf) };
}

const NOT_YET = new Set(['planned', 'expected', 'announced']);
/** Reports of other sources each mention is checked against: bounds the work on events with thousands of copies. */
const COUNTERPARTS_CHECKED = 64;

/** Which side a disagreement is keyed on: the source that denies, or that says it has not happened yet. */
function dissenter(kind: SourceDisagreement['kind'], a: EventMention, b: EventMention): string {
  if (kind === 'polarity') return (isDenial(a) ? a : b).sourceId;
  if (kind === 'stage') return (NOT_YET.has(a.stage) ? a : b).sourceId;
  return [a.sourceId, b.sourceId].sort().join(' | ');
}

/**
 * One disagreement per dissenting source and kind (not per pair of mentions, which grows with their square),
 * each against the first report it contradicts, once between sources and once within an article (an article that
 * quotes both sides keeps its own contradiction). A source never disagrees with itself, nor copies of one
 * article with each other. Only mentions that can dissent (denials, not-yet stages, counts) look for a
 * counterpart, among a bounded number of others.
 */
function disagreementsOf(eventId: string, mentions: EventMention[], familyOf: (articleId: string) => string): SourceDisagreement[] {
  const found = new Map<string, SourceDisagreement>();
  const canDissent = (m: EventMention) => !m.hypothetical && (isDenial(m) || NOT_YET.has(m.stage) || m.quantities.length > 0);
  for (const sameArticle of [false, true]) {
    mentions.forEach((b, j) => {
      if (!canDissent(b)) return;
      let checked = 0;
      for (let i = 0; i < mentions.length && checked < COUNTERPARTS_CHECKED; i++) {
        const a = mentions[i]!;
        if (i === j || a.sourceId === b.sourceId || (a.articleId === b.articleId) !== sameArticle) continue;
        // Copies of one original say what it says: their clashes are that article's own, found within it.
        if (!sameArticle && familyOf(a.articleId) === familyOf(b.articleId)) continue;
        checked++;
        const d = disagreement(a, b);
        if (!d) continue;
        const key = `${d.kind}|${dissenter(d.kind, a, b)}|${sameArticle}`;
        if (found.has(key)) continue;
        const [x, y] = i < j ? [a, b] : [b, a];
        found.set(key, { id: `dis_${shortHash(`${x.key}|${y.key}|${d.kind}`)}`, eventId, kind: d.kind, scope: sameArticle ? 'within-article' : 'between-sources', reason: disagreement(x, y)!.reason, mentions: [x.key, y.key], claims: [x, y] });
      }
    });
  }
  return [...found.values()];
}

/** The key a title is known by when another article says it translates or republishes it. */
export const titleKey = (t: string) => `original:${t.trim().toLowerCase()}`;

/** Articles that copy one another: near-duplicates, and translations or republications of one original. */
function copyFamilies(reports: readonly ArticleReport[]): UnionFind {
  const families = new UnionFind();
  for (const r of reports) {
    if (r.copyOf) families.union(r.articleId, r.copyOf);
    if (r.originalTitle) families.union(r.articleId, titleKey(r.originalTitle));
  }
  // The original a translation names by its title, when that original is among the articles.
  for (const r of reports) if (r.title && families.has(titleKey(r.title))) families.union(r.articleId, titleKey(r.title));
  return families;
}

/** Who speaks for an article: its copy family, and the report of that family's earliest article. */
export interface Lineage {
  family(articleId: string): string;
  root(family: string): Pick<ArticleReport, 'source' | 'title'>;
}

/** The source each article's own voice counts for: the outlet of the earliest article of its copy family. */
export function identifier(lineage: Lineage): (report: ArticleReport, chain: Event['attribution']['chain']) => SourceIdentity {
  return (report, chain) => {
    const f = lineage.family(report.articleId);
    const root = lineage.root(f);
    return sourceIdentity(chain, root.source === 'unknown' ? report.source : root.source, f, root.title);
  };
}

/** The copy families of these reports, each with its earliest article. */
export function lineageOf(reports: readonly ArticleReport[]): Lineage {
  const families = copyFamilies(reports);
  const earliest = new Map<string, ArticleReport>();
  for (const r of reports) {
    const f = families.find(r.articleId);
    const e = earliest.get(f);
    if (!e || earlier(r, e)) earliest.set(f, r);
  }
  return { family: (id) => families.find(id), root: (f) => earliest.get(f)! };
}

/** Whether `a` was published before `b`, the article id breaking a tie. */
export const earlier = (a: Pick<ArticleReport, 'publishedAt' | 'articleId'>, b: Pick<ArticleReport, 'publishedAt' | 'articleId'>) =>
  a.publishedAt < b.publishedAt || (a.publishedAt === b.publishedAt && a.articleId < b.articleId);

/** The order mentions of a block are merged in: by report date, then key (byte order, as the stores sort). */
export const sortKey = (m: Pick<EventMention, 'reportedAt' | 'key'>) => `${m.reportedAt} ${m.key}`;
const bySortKey = (a: Candidate, b: Candidate) => (sortKey(a.mention) < sortKey(b.mention) ? -1 : sortKey(a.mention) > sortKey(b.mention) ? 1 : 0);

/** Mentions merge only within their block; a mention of its own (split off, or without actors) and a denial are no block. */
export const SINGLE = 'single';
export const DENIAL = 'denial';

/**
 * The block a mention is merged within: its type family and actor countries. Denials join the event of the claim
 * they deny; a mention split off by an analyst, or without actors, stays an event of its own.
 */
export function blockOf(c: Candidate, separate: ReadonlySet<string> | undefined): string {
  if (separate?.has(c.mention.key)) return SINGLE;
  if (c.denies) return DENIAL;
  if (c.actors.length === 0) return SINGLE;
  return `${familyOfType(c.event.type)}|${c.countriesOfActors.join(',')}`;
}

/** The candidates of one article's events, each speaking for the source `identify` names. */
export function candidatesOf(report: ArticleReport, identify: (report: ArticleReport, chain: Event['attribution']['chain']) => SourceIdentity): Candidate[] {
  return report.analysis.events.map((event) => candidate(report, event, identify(report, event.attribution.chain)));
}

/** A cluster as merging left it, from its block members in merge order (their reasons kept). */
export function replayCluster(members: readonly Candidate[]): Cluster {
  const cluster = newCluster(members[0]!);
  for (const c of members.slice(1)) join(cluster, c);
  return cluster;
}

/**
 * Merges one block's candidates, in merge order, into clusters: each joins the open cluster it fits best, or
 * starts one. `open` are clusters still open before the first candidate (rebuilt by replayCluster), in the order
 * they were started. Returns every cluster the candidates or `open` formed, in the order they were started.
 */
export function mergeBlock(candidates: readonly Candidate[], open: readonly Cluster[] = []): Cluster[] {
  const sorted = [...candidates].sort(bySortKey);
  const all = [...open];
  let current = [...open];
  for (const c of sorted) {
    current = current.filter((k) => daysBetween(k.members[k.members.length - 1]!.mention.reportedAt, c.mention.reportedAt) <= CLOSE_AFTER_DAYS);
    const best = bestFit(current, c);
    if (best) {
      c.mention.reason = best.reason;
      join(best.cluster, c);
    } else {
      const k = newCluster(c);
      current.push(k);
      all.push(k);
    }
  }
  return all;
}

/** Clusters of a block that may still take a mention reported on `date`: those joined within CLOSE_AFTER_DAYS. */
export function openSince(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - CLOSE_AFTER_DAYS);
  return d.toISOString().slice(0, 10);
}

/** A denial joins the cluster of the claim it denies (after its block members, in key order), else stands alone. */
export function attachDenials(denials: readonly Candidate[], clusterOf: (mentionKey: string) => Cluster | undefined): Cluster[] {
  const alone: Cluster[] = [];
  for (const c of [...denials].sort((a, b) => (a.mention.key < b.mention.key ? -1 : 1))) {
    const claimed = clusterOf(c.denies!);
    if (claimed) {
      c.mention.reason = `denies ${c.denies}`;
      claimed.members.push(c);
    } else alone.push(newCluster(c));
  }
  return alone;
}

/**
 * Merges the events of many articles. Mentions are blocked by type family and actor countries, so the work
 * grows with the number of mentions, not their pairs; within a block each mention joins the open cluster it
 * fits best. A denial the event layer links to the claim it denies joins that claim's event.
 */
export function mergeEvents(reports: readonly ArticleReport[], options: MergeOptions = {}): MergeResult {
  const lineage = lineageOf(reports);
  const identify = identifier(lineage);
  const blocks = new Map<string, Candidate[]>();
  for (const report of reports) {
    for (const c of candidatesOf(report, identify)) {
      const key = blockOf(c, options.separate);
      const list = blocks.get(key);
      if (list) list.push(c);
      else blocks.set(key, [c]);
    }
  }
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, Cluster>();
  for (const [key, block] of blocks) {
    if (key === SINGLE || key === DENIAL) continue;
    for (const k of mergeBlock(block)) {
      clusters.push(k);
      for (const m of k.members) clusterOf.set(m.mention.key, k);
    }
  }
  clusters.push(...attachDenials(blocks.get(DENIAL) ?? [], (key) => clusterOf.get(key)));
  clusters.push(...(blocks.get(SINGLE) ?? []).map(newCluster));

  const events: MergedEvent[] = [];
  const disagreements: SourceDisagreement[] = [];
  for (const cluster of clusters) {
    const s = summarise(cluster, lineage.family);
    events.push(s.event);
    disagreements.push(...s.disagreements);
  }
  events.sort((a, b) => (a.firstReport < b.firstReport ? -1 : a.firstReport > b.firstReport ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { events, disagreements };
}
