/**
 * Turns a question into what the lookup needs: an intent, the counted unit,
 * entities by role (speaker, subject, place, war, event), time filters and
 * the leftover keywords a claim must contain.
 *
 * Roles matter more than entity ids: "Moscow" is where something was said in
 * "What did Xi say in Moscow?" but Russia in "What did Moscow say?", and
 * "Russians" in a death-toll question means the Soviet toll.
 */
import { FIGURE_WORDS, FILLER_WORDS, LOCATIVE_WORDS, MEETING_WORDS, phraseWidthsAt, SAY_WORDS, VISIT_WORDS, WHEN_WORDS, type Phrase, type Vocabulary } from './question-vocabulary';
import { normaliseText, stem, tokenise } from './normalise-question';
import { correctWord, editDistance } from './typo-correction';
import { MULTIPLIERS } from './number-words';
import { COMPARATIVES } from './stated-claim-words';

export type Intent = 'figure' | 'said' | 'when' | 'about';

/** Alternatives for one thing the question names: a claim matches the group if it carries any of them. */
export interface EntityGroup {
  readonly ids: readonly string[];
  /** True for the implicit principals used when the question names nobody. */
  readonly implicit?: boolean;
  /**
   * Subjects only: groups joined by "and"/"or" share a chain and are
   * alternatives ("Chinese and Soviet" tolls); separate chains must all
   * match ("what does Xi think about Russia").
   */
  readonly chain?: number;
}

export interface ParsedQuestion {
  readonly question: string;
  /** Normalised, typo-corrected words. */
  readonly words: readonly string[];
  readonly intent: Intent | null;
  /** Canonical unit for figure questions ("deaths", "troops", "hours"…). */
  readonly unit: string | null;
  /** Who said it: any group may match; every group must be covered by the answer. */
  readonly speakers: readonly EntityGroup[];
  /** What it is about: one group of every chain must match; every group must be covered. */
  readonly subjects: readonly EntityGroup[];
  /** Where it was said or happened: every group must match. */
  readonly places: readonly EntityGroup[];
  /** Wars named: the claim must carry each. */
  readonly wars: readonly string[];
  /** Occasions named: the claim must carry one of each group. */
  readonly events: readonly EntityGroup[];
  /** Years of saying/happening (any of them). */
  readonly years: readonly number[];
  /** Months (1–12) of saying/happening (any of them). */
  readonly months: readonly number[];
  /** Each entry: words of which at least one must appear in the claim. */
  readonly keywords: readonly (readonly string[])[];
  /**
   * The question asks what someone said ("what did the ambassador say",
   * "according to Wikipedia") but names no speaker the dataset knows: it must
   * go unanswered rather than fall back to everything about the country.
   */
  readonly unknownSpeaker: boolean;
  /** Outlets named ("according to RT"): each group's words, one of which the claim's source outlet or origin must have. */
  readonly outlets: readonly (readonly string[])[];
  /**
   * Indexes of the keyword groups a claim must carry: what the question is about ("about the weather"),
   * what it counts ("how many tanks"), a name the data does not carry, a war-time year. The others are
   * evidence: they rank claims, and a claim may lack some (see claim-matching.ts).
   */
  readonly requiredKeywords: readonly number[];
  /** Figure questions: the parts of the count asked for (indexes into the lexicon's scopes: "soldiers", "civilians"). */
  readonly scopes: readonly number[];
  /** A pasted claim closed by its speaker ("…, says Zelensky"): what it says must be found, naming the speaker is no anchor. */
  readonly reportedSpeech?: true;
  /** Indexes of the required keyword groups that are what "how many" counts ("how many tanks"), when no unit is: a near miss drops them. */
  readonly countedKeywords?: readonly number[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Words that may stand between a speaker and the verb: "did Putin ever really say". */
const SPEAKER_GAP = new Set([
  'has', 'have', 'had', 'ever', 'also', 'really', 'just', 'actually', 'reportedly', 'once', 'himself', 'themselves', 'recently', 'first', 'both', 'personally', 'publicly', 'officially', 'not', 'did', 'do', 'does',
  // "what did Xi have to say", "what did Putin want to say"
  'to', 'want', 'wanted', 'going', 'try', 'trying',
]);
/** Determiners that may stand between a locative word and a place: "during his visit to". */
const PLACE_GAP = new Set(['the', 'his', 'her', 'their', 'a', 'an', 'official', 'state', 'trip', 'visit', 'visits', 'journey', 'way', 'stay', 'recent', 'first', 'historic']);
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'plus']);
/** Nouns that make the country before them the speaker: "the Chinese side said", "the Russian government stated". */
const SPEAKER_HEADS = new Set(['side', 'government', 'leadership', 'authorities', 'administration', 'delegation', 'state', 'officials', 'leader', 'leaders', 'president', 'presidents']);
/** Heads that make the country's leader the speaker, not the country: "the Russian and Chinese leaders". */
const LEADER_HEADS = new Set(['leader', 'leaders', 'president', 'presidents']);
/** Auxiliaries that open a speaker slot: "what DID the Russian leader say". */
const AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'is', 'are', 'was', 'were']);
/** Words that may stand in a speaker slot without naming anyone: determiners, pronouns, adverbs, prepositions before a place. */
const SLOT_NEUTRAL = new Set([
  ...SPEAKER_GAP,
  ...'the a an his her their its our your he she it they we you i one someone somebody anyone anybody everyone everybody ever'.split(' '),
  ...'of in at on during from to and or want wanted try tried mean meant going exactly please been being be get got else mr mrs ms dr'.split(' '),
  // Quantifiers: "do all the sources agree" ("other leaders" is someone else, not no one).
  ...'all every most many some these those'.split(' '),
  // "what have the sources said": no one in particular.
  ...'sources source outlets media reports news press'.split(' '),
  // Generic documents: "what does the agreement say" is answered from its keywords.
  ...'agreement statement declaration document text article articles report reports message messages letter letters'.split(' '),
]);
/** What may stand before the source after "according to": "according to the other sources", "to all the reports". */
const SOURCE_DETERMINERS = new Set(['the', 'other', 'all', 'both', 'most', 'these', 'those', 'some']);
/** After "according to": words that name no one in particular ("according to the reports"). */
const GENERIC_SOURCES = new Set(
  'sources source reports report article articles news media press data figures figure estimates estimate statistics stats record records official officials you your them it this these those'.split(' '),
);
/** Verbs of saying that close a speaker slot; nouns ("exchange messages", "make a statement") do not. */
const SAY_VERBS = new Set(
  (
    'say says said saying tell tells told state stated declare declared announce announced mention mentioned stress stressed note noted ' +
    'claim claimed assert asserted emphasise emphasised emphasize emphasized highlight highlighted express expressed write wrote argue argued ' +
    'insist insisted reply replied respond responded vow vowed promise promised pledge pledged agree agreed affirm affirmed reaffirm reaffirmed ' +
    'underline underlined echo echoed recall recalled describe described call called suggest suggested propose proposed comment commented'
  ).split(' '),
);
/** What "how" asks with for a count or a length. */
const HOW_WORDS = ['many', 'much', 'long'];
/** Copulas: "how long WAS the ceasefire Putin proposed" is a relative clause; only the words after the named speaker belong to it. */
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** A speaker slot of only these words means the two leaders: "what did the presidents say". */
const PAIR_HEADS = new Set(['leaders', 'presidents']);
/** Years people name for the war itself, not for when something was said. */
const WAR_END_YEAR = 1945;

type Item =
  | { readonly kind: 'phrase'; readonly phrase: Phrase; readonly at: number }
  | { readonly kind: 'word'; readonly word: string; readonly at: number };

/** Longest-match phrase segmentation over the words. */
function segment(words: readonly string[], v: Vocabulary): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < words.length) {
    let matched: Item | undefined;
    let width = 0;
    for (const n of phraseWidthsAt(words, i, v)) {
      const phrase = v.phrases.get(n === 1 ? (words[i] ?? '') : words.slice(i, i + n).join(' '));
      if (phrase) {
        matched = { kind: 'phrase', phrase, at: items.length };
        width = n;
        break;
      }
    }
    if (matched) {
      items.push(matched);
      i += width;
    } else {
      items.push({ kind: 'word', word: words[i] ?? '', at: items.length });
      i += 1;
    }
  }
  return items;
}

function wordAt(items: readonly Item[], index: number): string | undefined {
  const item = items[index];
  return item?.kind === 'word' ? item.word : undefined;
}

function isMention(item: Item | undefined, v: Vocabulary): boolean {
  return item?.kind === 'phrase' && (item.phrase.type === 'pair' || (item.phrase.type === 'entity' && item.phrase.ids.some((id) => v.entityKind(id) !== 'war' && v.entityKind(id) !== 'event')));
}

/** Words that open a phrase between a speaker and the verb: "X in Tula said", "X about the weather said". */
const PREPOSITIONS = new Set(['in', 'at', 'on', 'about', 'regarding', 'concerning', 'to', 'with', 'during', 'over']);
const CLAUSE_WORDS = new Set(['what', 'who', 'when', 'where', 'why', 'how', 'which', 'that', 'if', 'whether']);

/**
 * Where the speaker stands when a prepositional phrase comes between it and
 * the verb: "what did the mayor in Tula say", and the order Chinese asks in
 * (张三在杭州说了什么, "Zhang in Hangzhou said what"; 张三对天气说了什么,
 * "Zhang about the weather said what"). `j` is the item just before the
 * verb; returns the speaker's item, `j` when no such phrase is there, and -1
 * when the phrase has no speaker before it (a place after "in" never speaks).
 */
function beforePhrase(items: readonly Item[], j: number, v: Vocabulary): number {
  for (let k = j, hops = 0; k >= 1 && hops < 5; k--, hops++) {
    const w = wordAt(items, k);
    if (w !== undefined && (SAY_WORDS.has(w) || CLAUSE_WORDS.has(w) || AUXILIARIES.has(w))) return j;
    // The preposition opens the phrase, so it is never the item right before the verb.
    if (w !== undefined && PREPOSITIONS.has(w) && k !== j) {
      // A year may stand between: 张三2015年在杭州说了什么, "Zhang 2015 in Hangzhou said what".
      let m = k - 1;
      while (m >= 0 && (SPEAKER_GAP.has(wordAt(items, m) ?? '') || /^\d/.test(wordAt(items, m) ?? ''))) m--;
      return isMention(items[m], v) ? m : -1;
    }
  }
  return j;
}

/** What may follow a speaker named after its verb: the end, or a phrase of place, subject or time ("what said Ivanov in Tula"). */
function closesInvertedSpeaker(item: Item | undefined): boolean {
  if (item === undefined) return true;
  if (item.kind === 'phrase') return false;
  return PREPOSITIONS.has(item.word) || TOPIC_MARKERS.has(item.word) || /^\d/.test(item.word);
}

/** Items that are speakers by position: "did X say", "X and Y said", "according to X", "quotes from X", "said by X". */
function findSpeakerItems(items: readonly Item[], v: Vocabulary): { speakers: Set<number>; leaders: Set<number>; reported: Set<number> } {
  const speakers = new Set<number>();
  // Countries whose leader speaks: "did the Russian and Chinese leaders say".
  const leaders = new Set<number>();
  // Verbs of reported speech that close a pasted claim ("China is arming Russia, says Zelensky"): their speaker follows.
  const reported = new Set<number>();
  items.forEach((item, index) => {
    if (item.kind !== 'word' || !SAY_WORDS.has(item.word) || item.word === 'according') return;
    const at = wordAt(items, index + 1) === 'the' ? index + 2 : index + 1;
    const closedByName = isMention(items[at], v) && items.length === at + 1;
    const opensClause = AUXILIARIES.has(wordAt(items, index - 1) ?? '') || CLAUSE_WORDS.has(wordAt(items, index - 1) ?? '') || index === 0;
    if (closedByName && !opensClause && ['says', 'said', 'claims', 'claimed'].includes(item.word)) {
      speakers.add(at);
      reported.add(index);
      return;
    }
    // Backwards: "did Putin (and Xi) (ever) say", "did the Chinese side say".
    let j = index - 1;
    while (j >= 0 && SPEAKER_GAP.has(wordAt(items, j) ?? '')) j--;
    // "Иванов что сказал" ("Ivanov what said"): a name that opens the question, then the question word, is the speaker.
    if (j === 1 && CLAUSE_WORDS.has(wordAt(items, 1) ?? '') && isMention(items[0], v)) j = 0;
    // "Zhang in Hangzhou said": the place (or topic) between is not who spoke.
    const afterPreposition = isMention(items[j], v) && PREPOSITIONS.has(wordAt(items, j - 1) ?? '');
    if (!isMention(items[j], v) || afterPreposition) j = beforePhrase(items, j, v);
    const head = wordAt(items, j) ?? '';
    const leaderHead = LEADER_HEADS.has(head);
    if (j > 0 && SPEAKER_HEADS.has(head) && isMention(items[j - 1], v)) j--;
    let found = false;
    while (j >= 0 && isMention(items[j], v)) {
      speakers.add(j);
      found = true;
      if (leaderHead) leaders.add(j);
      j--;
      if (j >= 0 && CONJUNCTIONS.has(wordAt(items, j) ?? '')) j--;
      else break;
    }
    if (found || !SAY_VERBS.has(item.word)) return;
    // Russian puts the speaker after the verb ("что сказал Иванов в Туле", "what said Ivanov in Tula"):
    // a mention right after a verb of saying, closing the clause or followed by a phrase of place or time, is its speaker.
    let f = index + 1;
    while (SPEAKER_GAP.has(wordAt(items, f) ?? '')) f++;
    const named: number[] = [];
    while (isMention(items[f], v)) {
      named.push(f);
      f++;
      if (CONJUNCTIONS.has(wordAt(items, f) ?? '') && isMention(items[f + 1], v)) f++;
      else break;
    }
    if (named.length > 0 && closesInvertedSpeaker(items[f])) for (const n of named) speakers.add(n);
  });
  items.forEach((item, index) => {
    if (item.kind !== 'word') return;
    const forward =
      (item.word === 'according' && wordAt(items, index + 1) === 'to') ||
      ((item.word === 'by' || item.word === 'from') && items.slice(Math.max(0, index - 3), index).some((x) => x.kind === 'word' && SAY_WORDS.has(x.word)));
    if (!forward) return;
    let j = index + (item.word === 'according' ? 2 : 1);
    while (SOURCE_DETERMINERS.has(wordAt(items, j) ?? '')) j++;
    while (isMention(items[j], v)) {
      speakers.add(j);
      j++;
      if (CONJUNCTIONS.has(wordAt(items, j) ?? '')) j++;
      else break;
    }
  });
  // A question that opens with who it is about, then asks what was said ("Иванов в Туле что сказал",
  // 张三访问杭州期间说了什么 "Zhang visit Hangzhou during said what"): with no speaker found by position,
  // the person or organisation that opens the question is the speaker.
  const firstSayVerb = items.findIndex((x) => x.kind === 'word' && SAY_VERBS.has(x.word));
  const opener = items[0];
  if (speakers.size === 0 && firstSayVerb > 0 && opener?.kind === 'phrase' && opener.phrase.type === 'entity' && opener.phrase.ids.every((id) => ['person', 'organisation'].includes(v.entityKind(id) ?? ''))) {
    const between = items.slice(1, firstSayVerb);
    const otherSpeaker = between.some((x) => x.kind === 'phrase' && x.phrase.type === 'entity' && x.phrase.ids.some((id) => v.entityKind(id) === 'person'));
    if (!otherSpeaker) speakers.add(0);
  }
  return { speakers, leaders, reported };
}

function isRecognisedSpeaker(item: Item | undefined, v: Vocabulary): boolean {
  if (isMention(item, v)) return true;
  if (item?.kind !== 'phrase') return false;
  return item.phrase.type === 'outlet' || (item.phrase.type === 'entity' && item.phrase.ids.some((id) => v.entityKind(id) === 'document'));
}

/**
 * Reads the speaker slots of a "what did X say" or "according to X" question:
 * `unknown` when a slot holds words that name no speaker the dataset knows
 * ("the ambassador", "Wikipedia"), `pair` when it holds only "the leaders".
 */
function readSpeakerSlots(items: readonly Item[], isSayWord: (index: number) => boolean, v: Vocabulary): { unknown: boolean; pair: boolean } {
  let unknown = false;
  let pair = false;
  items.forEach((item, index) => {
    if (item.kind !== 'word') return;
    if (item.word === 'according' && wordAt(items, index + 1) === 'to') {
      let k = index + 2;
      while (SOURCE_DETERMINERS.has(wordAt(items, k) ?? '')) k++;
      const next = items[k];
      if (next === undefined || isRecognisedSpeaker(next, v) || next.kind === 'phrase') return;
      if (!GENERIC_SOURCES.has(next.word) && !/^\d/.test(next.word)) unknown = true;
      return;
    }
    if (!isSayWord(index) || !SAY_VERBS.has(item.word)) return;
    // Back to the auxiliary that opens the slot, without crossing another verb of saying or a question word.
    let j = index - 1;
    while (j >= 0 && index - j <= 7) {
      const w = wordAt(items, j);
      // "is it true THAT Putin said": the slot starts after the complementiser, with no auxiliary.
      if (w !== undefined && (AUXILIARIES.has(w) || SAY_WORDS.has(w) || ['what', 'who', 'when', 'where', 'why', 'how', 'which', 'that', 'if', 'whether'].includes(w))) break;
      j--;
    }
    const aux = wordAt(items, j);
    if (aux === undefined || !AUXILIARIES.has(aux)) return;
    let slot = items.slice(j + 1, index);
    const lastNamed = slot.findLastIndex((x) => isRecognisedSpeaker(x, v));
    if (COPULAS.has(aux) && lastNamed >= 0) slot = slot.slice(lastNamed);
    const named = lastNamed >= 0;
    const loose = slot.filter((x): x is Extract<Item, { kind: 'word' }> => x.kind === 'word' && !SLOT_NEUTRAL.has(x.word) && !/^\d/.test(x.word));
    if (loose.length === 0) return;
    if (!named && loose.every((x) => PAIR_HEADS.has(x.word))) pair = true;
    else if (!(named && loose.every((x) => SPEAKER_HEADS.has(x.word)))) unknown = true;
  });
  return { unknown, pair };
}

/** Verbs of going somewhere, by stem so every form counts ("head to", "heading to", "journeyed to"); irregular pasts as typed. */
const MOVE_STEMS = new Set(['go', 'goe', 'come', 'head', 'fly', 'fli', 'journei', 'arriv', 'travel', 'return']);
const MOVE_FORMS = new Set(['went', 'came', 'flew', 'gone', 'flown']);
function isMoveWord(word: string): boolean {
  return MOVE_FORMS.has(word) || MOVE_STEMS.has(stem(word));
}

/** Is the country at `index` where something happened ("in Russia", "during his trip to China", "visited Russia")? */
function isLocativeCountry(items: readonly Item[], index: number): boolean {
  for (let j = index - 1, hops = 0; j >= 0 && hops < 4; j--, hops++) {
    const word = wordAt(items, j);
    if (word === undefined) return false;
    if (['in', 'at', 'inside'].includes(word)) return true;
    if (VISIT_WORDS.has(word)) return !isParticipleOfNoun(items, j);
    // "to" is locative after a movement ("trip to", "went to"), not after "said to" or "message to".
    if (word === 'to') return (VISIT_WORDS.has(wordAt(items, j - 1) ?? '') || isMoveWord(wordAt(items, j - 1) ?? '')) && !isParticipleOfNoun(items, j - 1);
    if (!PLACE_GAP.has(word)) return false;
  }
  return false;
}

/**
 * "the leaders visiting Moscow", "dignitaries going to Moscow": a verb in -ing right after a noun tells whom the
 * noun means, not where the question's event took place ("is Xi visiting Moscow" has its auxiliary before it).
 */
function isParticipleOfNoun(items: readonly Item[], at: number): boolean {
  const verb = wordAt(items, at);
  const before = items[at - 1];
  if (verb === undefined || !verb.endsWith('ing') || before === undefined) return false;
  if (before.kind === 'phrase') return false;
  return !AUXILIARIES.has(before.word) && !SPEAKER_GAP.has(before.word) && !CLAUSE_WORDS.has(before.word) && !DETERMINERS.has(before.word) && !CLAUSE_OPENERS.has(before.word);
}
/** Words after which a verb in -ing opens a clause of its own: "while visiting Moscow", "he was visiting". */
const CLAUSE_OPENERS = new Set('i we you he she they it be been being while after before since by on in during without'.split(' '));

/** Numbers subject chains in place (see EntityGroup.chain). */
function assignChains(items: readonly Item[], subjects: EntityGroup[], at: readonly number[]): void {
  let chain = 0;
  let runStart = 0;
  const close = (end: number) => {
    // A run of adjacent mentions is one chain only if a conjunction joins it.
    const joined = at.slice(runStart, end).some((pos, k) => k > 0 && at[runStart + k - 1] !== pos - 1);
    for (let k = runStart; k < end; k++) {
      const group = subjects[k];
      if (group) subjects[k] = { ...group, chain: joined ? chain : chain++ };
    }
    if (joined) chain++;
    runStart = end;
  };
  for (let k = 1; k <= at.length; k++) {
    const prev = at[k - 1] ?? 0;
    const pos = at[k];
    const between = pos === undefined ? [] : items.slice(prev + 1, pos);
    const continues = pos !== undefined && between.every((x) => x.kind === 'word' && CONJUNCTIONS.has(x.word)) && between.length <= 1;
    if (!continues) close(k);
  }
}

/** Which of the lexicon's scopes a word names ("soldiers" → the military part), or -1. */
export function scopeOf(word: string, v: Vocabulary): number {
  const s = stem(word);
  return (v.knowledge.lexicon.scopes ?? []).findIndex((group) => group.some((x) => stem(x.toLowerCase()) === s));
}

const TOPIC_MARKERS = new Set(['about', 'regarding', 'concerning', 'on', 'over']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'any', 'some']);

/** Is the word at `index` the object of "about"/"regarding" (determiners and a few adjectives may stand between)? */
function isTopicSlot(items: readonly Item[], index: number): boolean {
  // "about the weather", and "about the population of Mars" or "about the rise of neo-Nazism": a general noun
  // and "of" stand between the marker and the subject, and the subject is what must be found.
  const ofWhat = wordAt(items, index + 1) === 'of' ? wordAt(items, index + 2 + (DETERMINERS.has(wordAt(items, index + 2) ?? '') ? 1 : 0)) : undefined;
  if (ofWhat !== undefined && !FILLER_WORDS.has(ofWhat)) return false;
  for (let j = index - 1, hops = 0; j >= 0 && hops < 4; j--, hops++) {
    const w = wordAt(items, j);
    if (w === undefined) return false;
    if (TOPIC_MARKERS.has(w)) return true;
    const headOfOf = wordAt(items, j + 1) === 'of';
    if (!DETERMINERS.has(w) && w !== 'of' && !FILLER_WORDS.has(w) && !headOfOf && hops > 0) return false;
  }
  return false;
}

/**
 * Is the word at `index` the attribute a "what is the X of <country or place>" question asks for ("what's the
 * population of China")? Of an occasion or a document ("the topic of the joint statement") it asks for its content.
 */
function isAttributeSlot(items: readonly Item[], index: number, v: Vocabulary): boolean {
  if (wordAt(items, index + 1) !== 'of') return false;
  let after = index + 2;
  while (DETERMINERS.has(wordAt(items, after) ?? '')) after++;
  const of = items[after];
  if (of?.kind !== 'phrase' || of.phrase.type !== 'entity' || !of.phrase.ids.every((id) => ['country', 'place'].includes(v.entityKind(id) ?? ''))) return false;
  let j = index - 1;
  while (j >= 0 && DETERMINERS.has(wordAt(items, j) ?? '')) j--;
  if (COPULAS.has(wordAt(items, j) ?? '')) j--;
  return j >= 0 && ['what', 'which', 'whats'].includes(wordAt(items, j) ?? '');
}

/** Is the word at `index` what "how many / how much" counts ("how many tanks", "how many red army tanks")? */
function isCountedNoun(items: readonly Item[], index: number): boolean {
  for (let j = index - 1, hops = 0; j > 0 && hops < 3; j--, hops++) {
    if (['many', 'much'].includes(wordAt(items, j) ?? '') && wordAt(items, j - 1) === 'how') return true;
  }
  return false;
}

/**
 * Is the word at `index` something of a person or a country named beside it
 * ("Putin's daughter", "the daughter of Putin", 普京的女儿 and дочь Путина as
 * read)? Asked about, it is what the question is about.
 */
function isAttributeOfEntity(items: readonly Item[], index: number, v: Vocabulary): boolean {
  const named = (j: number) => {
    const x = items[j];
    return x?.kind === 'phrase' && x.phrase.type === 'entity' && x.phrase.ids.some((id) => ['person', 'country'].includes(v.entityKind(id) ?? ''));
  };
  return named(index - 1) || named(index + 1) || (wordAt(items, index + 1) === 'of' && named(index + 2));
}

function dedupe(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Parse a question. Pure and synchronous; all tables are built at module load. */
export function parseQuestion(question: string, v: Vocabulary): ParsedQuestion {
  const k = v.knowledge;
  const words = tokenise(normaliseText(question)).map((w) => correctWord(w, v));
  // "how mnay", "how lnog": after "how", a word one edit from what "how" asks with is that word (too short for correctWord).
  words.forEach((w, i) => {
    const fixed = words[i - 1] === 'how' ? HOW_WORDS.find((h) => h !== w && w.length >= 3 && editDistance(w, h, 1) <= 1) : undefined;
    if (fixed !== undefined) words[i] = fixed;
  });
  const items = segment(words, v);
  const has = (w: string) => words.includes(w);

  const years: number[] = [];
  const months: number[] = [];
  const keywords: string[][] = [];
  const required: number[] = [];
  const countedKeywords: number[] = [];
  let unknownAttribute: string[] | undefined;
  const consumed = new Set<number>();
  const anniversaryEvents: EntityGroup[] = [];
  let hasNumber = false;

  // Numbers: years, "75th anniversary", plain counts.
  const commemorative = (x: Item) => x.kind === 'phrase' && x.phrase.type === 'entity' && x.phrase.ids.some((id) => k.entity(id)?.commemorates !== undefined);
  const mentionsAnniversary = has('anniversary') || items.some(commemorative);
  items.forEach((item, index) => {
    if (item.kind !== 'word') return;
    // "the 80th anniversary", and "80 anniversary" as the Russian and Chinese readers pass on 80-летие and 80周年.
    const ordinal = item.word.match(/^(\d{2,3})(?:st|nd|rd|th)$/) ?? (wordAt(items, index + 1) === 'anniversary' ? item.word.match(/^(\d{2,3})$/) : null);
    if (ordinal && mentionsAnniversary) {
      const n = Number(ordinal[1]);
      if (n >= 1 && n <= 150) years.push(WAR_END_YEAR + n);
      // …and only the commemoration that is that anniversary (none: no claim can match).
      anniversaryEvents.push({ ids: k.eventsMarkingAnniversary(n) });
      consumed.add(index);
      // "the 75th anniversary (of the victory)" is fully said by its year.
      if (wordAt(items, index + 1) === 'anniversary') {
        consumed.add(index + 1);
        for (let j = index + 2; j < index + 5; j++) if (['of', 'the', 'victory'].includes(wordAt(items, j) ?? '')) consumed.add(j);
      }
      return;
    }
    // "2000万" and "1900 тысяч" are counts, not years.
    if (/^(19|20)\d\d$/.test(item.word) && MULTIPLIERS[wordAt(items, index + 1) ?? ''] === undefined) {
      const year = Number(item.word);
      if (year >= 1990) years.push(year);
      // A war-time year other than 1945 is a scope ("since 1937") the claim must mention.
      else if (year !== WAR_END_YEAR) {
        required.push(keywords.length);
        keywords.push([item.word]);
      }
      consumed.add(index);
      return;
    }
    if (/^\d/.test(item.word)) {
      hasNumber = true;
      consumed.add(index);
      return;
    }
    const month = MONTHS.indexOf(item.word);
    if (month >= 0) {
      const prev = wordAt(items, index - 1) ?? '';
      const next = wordAt(items, index + 1) ?? '';
      // "may" and "march" (a verb: "did troops march") are months only next to a date or after "in"/"on"/"of"/"since".
      if (!['may', 'march'].includes(item.word) || /^\d/.test(next) || /^\d/.test(prev) || ['in', 'on', 'of', 'since', 'during', 'early', 'late', 'mid'].includes(prev)) {
        months.push(month + 1);
        consumed.add(index);
      }
    }
  });

  // Intent.
  // "Tell me about…" is a request, not a question about what someone told.
  items.forEach((x, i) => {
    if (x.kind === 'word' && x.word === 'tell' && ['me', 'us'].includes(wordAt(items, i + 1) ?? '')) consumed.add(i);
  });
  const sayWords = items.filter((x, i) => x.kind === 'word' && SAY_WORDS.has(x.word) && !consumed.has(i));
  const hasSay = sayWords.length > 0;
  const howMany = items.some((x, i) => x.kind === 'word' && x.word === 'how' && ['many', 'much'].includes(wordAt(items, i + 1) ?? ''));
  const howLong = items.some((x, i) => x.kind === 'word' && x.word === 'how' && wordAt(items, i + 1) === 'long');
  const figureWord = items.some((x) => x.kind === 'word' && FIGURE_WORDS.has(x.word) && !['many', 'much'].includes(x.word));
  const whenAt = items.findIndex((x, i) => x.kind === 'word' && (WHEN_WORDS.has(x.word) || (x.word === 'what' && ['day', 'year', 'date', 'time', 'month'].includes(wordAt(items, i + 1) ?? ''))));
  const firstSay = items.findIndex((x, i) => x.kind === 'word' && SAY_WORDS.has(x.word) && !consumed.has(i));
  // "What did Xi say when he was in Moscow?": a "when" after the verb of saying opens a clause, it does not ask for a date.
  const when = whenAt >= 0 && !(firstSay >= 0 && whenAt > firstSay);
  // "Who is Putin?" asks for a biography no claim gives; "who is going to the parade?" asks about the claims.
  // Chinese asks it last: 习近平是谁 reads "习近平 who is".
  const asksIdentity = (['who', 'where'].includes(words[0] ?? '') && ['is', 'are'].includes(words[1] ?? '')) || (words.length > 2 && words.at(-2) === 'who' && words.at(-1) === 'is');
  const identity = asksIdentity && words.length <= 4 && !words.some((w) => isMoveWord(w) || VISIT_WORDS.has(w) || SAY_WORDS.has(w));

  const units = items.filter((x): x is Extract<Item, { kind: 'word' }> => x.kind === 'word' && v.unitWords[x.word] !== undefined).map((x) => v.unitWords[x.word] ?? '');
  let unit: string | null = units.includes('deaths') ? 'deaths' : (units[0] ?? null);
  // "How long did they meet" is hours; "how long was the visit / the truce" is days.
  // "How long has Putin been in power" (present perfect) runs up to now: years.
  const upToNow = items.some((x, i) => x.kind === 'word' && x.word === 'long' && wordAt(items, i - 1) === 'how' && ['has', 'have'].includes(wordAt(items, i + 1) ?? ''));
  if (howLong && unit === null) unit = words.some((w) => MEETING_WORDS.has(w)) ? 'hours' : upToNow ? 'years' : 'days';

  // "According to Putin, did the USSR or China lose more?" names whose figures to compare; only a verb of saying
  // ("what did Putin say about the losses") asks for the remarks themselves.
  // "Putin said the USSR lost more people than China?" compares two figures, whoever gave them.
  const compares = words.some((w) => COMPARATIVES[w] !== undefined) && (has('than') || has('or'));
  const saysMore = sayWords.some((x) => x.kind === 'word' && x.word !== 'according') && !compares;
  let intent: Intent | null = null;
  if (identity) intent = null;
  else if (howMany || howLong || figureWord || (unit !== null && hasNumber) || (unit === 'deaths' && !saysMore && !when)) intent = 'figure';
  else if (when) intent = 'when';
  else if (hasSay) intent = 'said';
  else intent = 'about';

  // Entities by role.
  const { speakers: speakerItems, leaders: leaderItems, reported } = hasSay ? findSpeakerItems(items, v) : { speakers: new Set<number>(), leaders: new Set<number>(), reported: new Set<number>() };
  const slots = hasSay ? readSpeakerSlots(items, (i) => SAY_WORDS.has(wordAt(items, i) ?? '') && !consumed.has(i) && !reported.has(i), v) : { unknown: false, pair: false };
  const speakers: EntityGroup[] = [];
  const subjects: EntityGroup[] = [];
  const places: EntityGroup[] = [];
  const wars: string[] = [];
  const events: EntityGroup[] = [...anniversaryEvents];
  const documents: string[] = [];
  const outlets: (readonly string[])[] = [];
  const scopes: number[] = [];

  // Subject mentions in a row ("Russians, Chinese and Japanese") form one chain of
  // alternatives when a conjunction joins them; otherwise each stands alone.
  const subjectAt: number[] = [];
  const pushSubject = (index: number, ids: readonly string[]) => {
    subjects.push({ ids });
    subjectAt.push(index);
  };

  // "What did Xi say when Putin came to China?": the clause after a "when" that follows the verb of saying sets
  // the occasion. Its place still places the remark; the people in it are context, not what was said about.
  const occasionClauseFrom = whenAt >= 0 && firstSay >= 0 && whenAt > firstSay ? whenAt : Number.POSITIVE_INFINITY;

  items.forEach((item, index) => {
    if (item.kind !== 'phrase') return;
    const phrase = item.phrase;
    if (index > occasionClauseFrom && phrase.type === 'entity' && phrase.ids.every((id) => v.entityKind(id) === 'person')) return;
    if (phrase.type === 'outlet') {
      outlets.push(phrase.names);
      return;
    }
    if (phrase.type === 'pair') {
      if (speakerItems.has(index)) speakers.push({ ids: v.principals });
      else pushSubject(index, v.principals);
      return;
    }
    const ids = phrase.ids;
    const warIds = ids.filter((id) => v.entityKind(id) === 'war');
    if (warIds.length > 0) {
      wars.push(...warIds);
      return;
    }
    const eventIds = ids.filter((id) => v.entityKind(id) === 'event');
    if (eventIds.length > 0) {
      events.push({ ids: eventIds });
      return;
    }
    const docIds = ids.filter((id) => v.entityKind(id) === 'document');
    if (docIds.length > 0) {
      documents.push(...docIds);
      return;
    }
    // "When did Moldova declare a state of emergency?" asks when a state did something, which its outlet may report
    // in its own voice: the country is what the claim is about, not only a speaker.
    const actingState = (intent === 'when' || intent === 'about') && !leaderItems.has(index) && ids.every((id) => v.entityKind(id) === 'country');
    // "What did X write to Y", 张三给李四的信 ("Zhang to Li letter"): whom the words were addressed to is not what they were about.
    const addressee = speakerItems.size > 0 && !speakerItems.has(index) && wordAt(items, index - 1) === 'to' && (SAY_WORDS.has(wordAt(items, index - 2) ?? '') || speakerItems.has(index - 2));
    if (addressee && ids.every((id) => v.entityKind(id) === 'person')) return;
    if (speakerItems.has(index) && !actingState) {
      const leader = leaderItems.has(index) ? ids.flatMap((id) => k.leadersOfCountry(id)) : [];
      speakers.push({ ids: leader.length > 0 ? dedupe(leader) : dedupe(ids.flatMap((id) => k.speakersFor(id))) });
      return;
    }
    const placeIds = ids.filter((id) => v.entityKind(id) === 'place');
    const countryIds = ids.filter((id) => v.entityKind(id) === 'country');
    const afterAbout = ['about', 'regarding', 'concerning', 'on'].includes(wordAt(items, index - 1) ?? '');
    // A place is where something was said or happened only after a word that says so ("in Moscow", "on Red
    // Square", "his trip to Beijing"); "the flag over the Reichstag" is what the question is about.
    const locative = isLocativeCountry(items, index) || ['on', 'from', 'near', 'outside'].includes(wordAt(items, index - 1) ?? '') || (placeIds.length > 0 && items.length <= 3);
    if (placeIds.length > 0 && !afterAbout && locative) {
      places.push({ ids: placeIds });
      return;
    }
    if (countryIds.length > 0 && countryIds.length === ids.length && intent !== 'figure' && isLocativeCountry(items, index)) {
      places.push({ ids: dedupe(countryIds.flatMap((c) => [c, ...k.placesIn(c)])) });
      return;
    }
    // A country in a figure question counts as the states it was in history ("Russians" who died in the war were Soviet).
    const subjectIds = ids.flatMap((id) => {
      if (intent === 'figure' && v.entityKind(id) === 'country') return [...k.historicalSelves(id)];
      // "About Moscow" is also about Russia; a place named without a locative ("the Beijing meeting") is that place.
      const country = afterAbout ? k.countryOf(id) : undefined;
      return country ? [id, country] : [id];
    });
    pushSubject(index, dedupe(subjectIds));
  });
  assignChains(items, subjects, subjectAt);

  if (slots.pair && speakers.length === 0) speakers.push({ ids: v.principals });

  // A document speaks for its signatories: "what did Putin and Xi agree in the joint statement".
  if (documents.length > 0) {
    if (intent === 'said' || speakers.length > 0) speakers.splice(0, speakers.length, { ids: dedupe(documents) });
    else subjects.push({ ids: dedupe(documents), chain: subjects.length });
  }

  // Leftover words become keywords.
  const attributes: string[][] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'word' || consumed.has(index)) return;
    const w = item.word;
    // "When did Putin go to Beijing?" asks about the trip.
    if (isMoveWord(w) && places.length > 0 && (intent === 'when' || intent === 'about')) {
      keywords.push([...(v.synonyms.get('visit') ?? [w])]);
      return;
    }
    if (SAY_WORDS.has(w) || FIGURE_WORDS.has(w) || WHEN_WORDS.has(w) || FILLER_WORDS.has(w) || LOCATIVE_WORDS.has(w) || CONJUNCTIONS.has(w)) return;
    // A number's multiplier ("3700 万", "27 млн") is part of the figure, never what is asked about.
    if (MULTIPLIERS[w] !== undefined) return;
    if (['day', 'year', 'date', 'month', 'last', 'lasted', 'long', 'held', 'hold', 'holding', 'took', 'place', 'happen', 'happened'].includes(w)) return;
    const scope = intent === 'figure' && unit === 'deaths' ? scopeOf(w, v) : -1;
    if (scope >= 0) {
      scopes.push(scope);
      return;
    }
    const unitOfWord = v.unitWords[w];
    if (unitOfWord !== undefined && intent === 'figure') {
      // "how many soldiers died": the unit is deaths, "soldiers" narrows it.
      if (unitOfWord === 'troops' && unit === 'deaths') keywords.push([...(v.synonyms.get('soldiers') ?? [w])]);
      return;
    }
    if (unitOfWord === 'deaths') {
      keywords.push([...(v.synonyms.get('sacrifice') ?? [w])]);
      return;
    }
    if (VISIT_WORDS.has(w) && intent === 'said') return; // "what did Xi say on his trip to Beijing": the place carries it
    if (MEETING_WORDS.has(w) && intent === 'figure' && unit === 'hours') return;
    // "How old is Xi", "how big was the parade": the word after "how" is what is asked, however short.
    const askedQuality = wordAt(items, index - 1) === 'how' && !AUXILIARIES.has(w);
    // Shorter leftovers are mostly typos of English function words ("wat", "hw"), unless they name someone ("Kim");
    // a short Russian stem or Chinese word ("доч", "女儿") is a word like any other.
    if (w.length < 4 && /^\p{Script=Latin}+$/u.test(w) && !v.otherNames.has(w) && !askedQuality && !isAttributeSlot(items, index, v)) return;
    const group = [...new Set([w, ...(v.synonyms.get(w) ?? v.synonymsOfStem.get(stem(w)) ?? [])])];
    // A word no claim and no entity uses weighs nothing ("homework", "postponed" when claims say "rescheduled"),
    // unless it is what the question is about ("about the weather") or what it counts ("how many tanks"),
    // or a name the data does not carry ("Stalin"): those must be found, or nothing answers.
    const known = group.some((x) => k.termWeight(stem(x)) > 0);
    const counted = isCountedNoun(items, index);
    const hard = v.otherNames.has(w) || isTopicSlot(items, index) || counted || askedQuality;
    if (!known && !hard) {
      if (isAttributeSlot(items, index, v)) unknownAttribute ??= group;
      else if (intent === 'about' && isAttributeOfEntity(items, index, v)) attributes.push(group);
      return;
    }
    if (counted && !v.otherNames.has(w)) countedKeywords.push(keywords.length);
    if (hard) required.push(keywords.length);
    keywords.push(group);
  });
  // "What is the capital of China?", "Who is Putin's daughter?": an attribute no claim names, asked of a name
  // alone, is what must be found, so nothing answers. Beside other words of the claims ("the purpose of Xi's
  // visit", "did Zelenskiy accuse China of arming Russia") it is only padding.
  if (keywords.length === 0) {
    for (const group of unknownAttribute !== undefined ? [unknownAttribute] : attributes) {
      required.push(keywords.length);
      keywords.push(group);
    }
  }

  return {
    question,
    words,
    intent,
    unit: intent === 'figure' ? unit : null,
    speakers,
    subjects,
    places,
    wars: dedupe(wars),
    events,
    years: dedupe(years.map(String)).map(Number),
    months: dedupe(months.map(String)).map(Number),
    keywords,
    unknownSpeaker: slots.unknown,
    outlets,
    scopes: [...new Set(scopes)],
    requiredKeywords: required,
    ...(intent === 'figure' && unit === null && countedKeywords.length > 0 ? { countedKeywords } : {}),
    ...(reported.size > 0 ? { reportedSpeech: true as const } : {}),
  };
}
