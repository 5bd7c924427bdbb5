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

interface Candidate {
  mention: EventMention;
  event: Event;
  actors: string[];
  recipients: string[];
  countriesOfActors: string[];
  countriesOfRecipients: string[];
  interval: Interval;
  theme: Theme | null;
  /** The claimed event a denial answers (the event layer's `denies` link), as a mention key. */
  denies: string | null;
}

interface Cluster {
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

function summarise(cluster: Cluster, familyOf: (articleId: string) => string, names: ReadonlyMap<string, SourceIdentity>): { event: MergedEvent; disagreements: SourceDisagreement[] } {
  const members = cluster.members;
  const first = members[0]!;
  const id = `evt_${shortHash(first.mention.key)}`;
  const mentions = members.map((m, i) => ({ ...m.mention, reason: i === 0 ? 'first report' : m.mention.reason }));
  const dates = mentions.map((m) => m.reportedAt).sort();
  const timed = members.find((m) => m.event.time)?.event.time ?? null;
  const place = members.find((m) => m.event.location)?.event.location ?? null;
  const sources = sourcesOf(mentions, names);

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

/** Articles that copy one another: near-duplicates, and translations or republications of one original. */
function copyFamilies(reports: readonly ArticleReport[]): UnionFind {
  const families = new UnionFind();
  const titleKey = (t: string) => `original:${t.trim().toLowerCase()}`;
  for (const r of reports) {
    if (r.copyOf) families.union(r.articleId, r.copyOf);
    if (r.originalTitle) families.union(r.articleId, titleKey(r.originalTitle));
  }
  // The original a translation names by its title, when that original is among the articles.
  for (const r of reports) if (r.title && families.has(titleKey(r.title))) families.union(r.articleId, titleKey(r.title));
  return families;
}

/** The source each article's own voice counts for: the outlet of the earliest article of its copy family. */
function sourceNames(reports: readonly ArticleReport[], familyOf: (articleId: string) => string): (report: ArticleReport, chain: Event['attribution']['chain']) => SourceIdentity {
  const earliest = new Map<string, ArticleReport>();
  for (const r of reports) {
    const f = familyOf(r.articleId);
    const e = earliest.get(f);
    if (!e || r.publishedAt < e.publishedAt || (r.publishedAt === e.publishedAt && r.articleId < e.articleId)) earliest.set(f, r);
  }
  return (report, chain) => {
    const f = familyOf(report.articleId);
    const root = earliest.get(f)!;
    return sourceIdentity(chain, root.source === 'unknown' ? report.source : root.source, f, root.title);
  };
}

/**
 * Merges the events of many articles. Mentions are blocked by type family and actor countries, so the work
 * grows with the number of mentions, not their pairs; within a block each mention joins the first cluster it
 * fits. A denial the event layer links to the claim it denies joins that claim's event.
 */
export function mergeEvents(reports: readonly ArticleReport[], options: MergeOptions = {}): MergeResult {
  const families = copyFamilies(reports);
  const familyOf = (articleId: string) => families.find(articleId);
  const identify = sourceNames(reports, familyOf);
  const names = new Map<string, SourceIdentity>();

  const blocks = new Map<string, Candidate[]>();
  const singles: Candidate[] = [];
  const denials: Candidate[] = [];
  for (const report of reports) {
    for (const event of report.analysis.events) {
      const who = identify(report, event.attribution.chain);
      names.set(who.id, who);
      const c = candidate(report, event, who);
      if (options.separate?.has(c.mention.key)) singles.push(c);
      else if (c.denies) denials.push(c);
      else if (c.actors.length === 0) singles.push(c);
      else {
        const key = `${familyOfType(event.type)}|${c.countriesOfActors.join(',')}`;
        const list = blocks.get(key);
        if (list) list.push(c);
        else blocks.set(key, [c]);
      }
    }
  }

  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, Cluster>();
  for (const block of blocks.values()) {
    block.sort((a, b) => a.mention.reportedAt.localeCompare(b.mention.reportedAt) || a.mention.key.localeCompare(b.mention.key));
    let open: Cluster[] = [];
    for (const c of block) {
      const stale = open.filter((k) => daysBetween(k.members[k.members.length - 1]!.mention.reportedAt, c.mention.reportedAt) > CLOSE_AFTER_DAYS);
      if (stale.length) {
        clusters.push(...stale);
        open = open.filter((k) => !stale.includes(k));
      }
      const best = bestFit(open, c);
      let home: Cluster;
      if (best) {
        c.mention.reason = best.reason;
        join((home = best.cluster), c);
      } else open.push((home = newCluster(c)));
      clusterOf.set(c.mention.key, home);
    }
    clusters.push(...open);
  }
  for (const c of denials) {
    const claimed = clusterOf.get(c.denies!);
    if (claimed) {
      c.mention.reason = `denies ${c.denies}`;
      claimed.members.push(c);
    } else clusters.push(newCluster(c));
  }
  clusters.push(...singles.map(newCluster));

  const events: MergedEvent[] = [];
  const disagreements: SourceDisagreement[] = [];
  for (const cluster of clusters) {
    const s = summarise(cluster, familyOf, names);
    events.push(s.event);
    disagreements.push(...s.disagreements);
  }
  events.sort((a, b) => a.firstReport.localeCompare(b.firstReport) || a.id.localeCompare(b.id));
  return { events, disagreements };
}
