/**
 * Every word the question parser knows, built once at module load: entity
 * aliases (from entities.ts) plus the parser's own phrases, the words that
 * signal an intent or a counted unit, words that carry no meaning for the
 * lookup, and synonym groups for matching the remaining keywords against
 * claim text.
 *
 * A word the parser does not know becomes a keyword the claim must contain,
 * which is what makes "What did Putin say about the weather?" unanswered
 * rather than answered with everything Putin said.
 */
import { ENTITIES, type EntityKind } from '../claims/entities';
import { normaliseText, tokenise } from './normalise-question';

/** The two leaders the whole dataset is about; "they", "both leaders" mean them. */
export const LEADER_PAIR = ['putin', 'xi'] as const;

/** Ids of every Victory Day commemoration: "Victory Day" and "the parade" name any of them. */
export const VICTORY_DAY_EVENTS = ENTITIES.filter((e) => e.kind === 'event' && /victory/i.test(e.name)).map((e) => e.id);

/**
 * Which commemorations are the Nth anniversary of the victory, as their
 * entity names say ("Victory Day 2025, Moscow (80th anniversary)"). Only
 * these answer "on the 80th anniversary": the Beijing parade of September
 * 2025 is never called an 80th anniversary by its source, so it is not one here.
 */
export const ANNIVERSARY_EVENTS: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const e of ENTITIES) {
    const n = e.kind === 'event' ? e.name.match(/\((\d+)(?:st|nd|rd|th) anniversary\)/)?.[1] : undefined;
    if (n !== undefined) map.set(Number(n), [...(map.get(Number(n)) ?? []), e.id]);
  }
  return map;
})();

/** Places inside a country: "in Russia" is satisfied by a claim made in Moscow. */
export const PLACE_IN_COUNTRY: Readonly<Record<string, string>> = { moscow: 'russia', beijing: 'china', berlin: 'germany' };

/**
 * Who speaks for a country or a capital when it is the grammatical speaker
 * ("what did Russia say", "what did Beijing say"): the state itself, its
 * leader, its presidential office.
 */
export const SPEAKERS_FOR: Readonly<Record<string, readonly string[]>> = {
  russia: ['russia', 'putin', 'kremlin'],
  moscow: ['russia', 'putin', 'kremlin'],
  kremlin: ['kremlin', 'russia'],
  china: ['china', 'xi'],
  beijing: ['china', 'xi'],
  ukraine: ['ukraine', 'zelenskiy'],
};

/** Whose leader "the Russian leader(s)" and "the Chinese president" are, in this dataset. */
export const LEADER_OF: Readonly<Record<string, string>> = { russia: 'putin', china: 'xi', ukraine: 'zelenskiy' };

/** A phrase the parser recognises, and what it stands for. */
export type Phrase =
  | { readonly type: 'entity'; readonly ids: readonly string[] }
  | { readonly type: 'pair' }
  | { readonly type: 'victory-day' }
  /** A news outlet: claims are kept when their source's outlet or origin has one of these words ("RT" is PUREWILAYAH.COM's origin). */
  | { readonly type: 'outlet'; readonly names: readonly string[] };

/** Outlets people name; each maps to the words of a source's outlet/origin it matches. */
const OUTLET_PHRASES: ReadonlyArray<[string, readonly string[]]> = [
  ['rt', ['rt']],
  ['russia today', ['rt']],
  ['rt com', ['rt']],
  ['menafn', ['menafn']],
  ['menafn com', ['menafn']],
  ['purewilayah', ['purewilayah']],
  ['purewilayah com', ['purewilayah']],
  ['pure wilayah', ['purewilayah']],
];

/** Parser-only phrases: pronouns for the two leaders, and the ambiguous Victory Day names. */
const PARSER_PHRASES: ReadonlyArray<[string, Phrase]> = [
  ...['they', 'them', 'both', 'both leaders', 'two leaders', 'both presidents', 'two presidents', 'two men', 'the pair', 'leaders of russia and china', 'leaders of china and russia', 'the two sides', 'both sides', 'putin and xi', 'xi and putin'].map(
    (p): [string, Phrase] => [p, { type: 'pair' }],
  ),
  ...[
    'victory day', 'victory day celebrations', 'victory day celebration', 'victory day parade', 'victory parade', 'victory celebrations', 'may 9', '9 may', 'may 9th', '9th may',
    // In this dataset every celebration or commemoration is a Victory Day one.
    'celebration', 'celebrations', 'commemoration', 'commemorations', 'ceremony', 'ceremonies', 'festivities',
  ].map(
    (p): [string, Phrase] => [p, { type: 'victory-day' }],
  ),
  // Metonyms the entity list leaves out on purpose (see entities.ts): their role decides.
  ['moscow', { type: 'entity', ids: ['moscow'] }],
  ['beijing', { type: 'entity', ids: ['beijing'] }],
  ['chinas', { type: 'entity', ids: ['china'] }],
  ['russias', { type: 'entity', ids: ['russia'] }],
  ['putins', { type: 'entity', ids: ['putin'] }],
  ['xis', { type: 'entity', ids: ['xi'] }],
  ...OUTLET_PHRASES.map(([text, names]): [string, Phrase] => [text, { type: 'outlet', names }]),
];

/** Drop a leading "the": "the war" and "war" are the same phrase after this. */
function phraseKey(text: string): string {
  return tokenise(normaliseText(text))
    .filter((w, i) => !(i === 0 && w === 'the'))
    .join(' ');
}

function buildPhrases(): Map<string, Phrase> {
  const phrases = new Map<string, Phrase>();
  for (const entity of ENTITIES) {
    for (const alias of entity.aliases) {
      const key = phraseKey(alias);
      if (key === '') continue;
      const existing = phrases.get(key);
      // One alias may name two entities ("kremlin": the office and the place).
      if (existing?.type === 'entity') phrases.set(key, { type: 'entity', ids: [...new Set([...existing.ids, entity.id])] });
      else phrases.set(key, { type: 'entity', ids: [entity.id] });
    }
  }
  for (const [text, phrase] of PARSER_PHRASES) {
    const key = phraseKey(text);
    const existing = phrases.get(key);
    if (phrase.type === 'entity' && existing?.type === 'entity') phrases.set(key, { type: 'entity', ids: [...new Set([...existing.ids, ...phrase.ids])] });
    else phrases.set(key, phrase);
  }
  return phrases;
}

export const PHRASES: ReadonlyMap<string, Phrase> = buildPhrases();
export const LONGEST_PHRASE_WORDS = Math.max(...[...PHRASES.keys()].map((k) => k.split(' ').length));

const kinds = new Map<string, EntityKind>(ENTITIES.map((e) => [e.id, e.kind]));
export function entityKind(id: string): EntityKind | undefined {
  return kinds.get(id);
}

// ── intent words ───────────────────────────────────────────────────────────

/** Verbs and nouns of saying: their presence makes it a "what did X say" question. */
export const SAY_WORDS = new Set(
  (
    'say says said saying tell tells told telling state states stated stating statement statements claim claims claimed ' +
    'quote quotes quoted quoting quotation remark remarks comment comments commented words word speech speeches message messages ' +
    'declare declares declared declaration announce announced mention mentioned mentions stress stressed note noted ' +
    'according assert asserted emphasise emphasised ' +
    'emphasize emphasized highlight highlighted express expressed write wrote written argue argued insist insisted ' +
    'reply replied respond responded vow vowed promise promised pledge pledged agree agreed affirm affirmed reaffirm reaffirmed ' +
    // Not "talk"/"speak": "how long did they talk" is about a meeting, not a quote.
    'underline underlined echo echoed recall recalled describe described call called suggest suggested propose proposed ' +
    'address'
  ).split(' '),
);

/** "how many", "number of", "toll": the question wants a figure. */
export const FIGURE_WORDS = new Set('many much number numbers toll tolls figure figures count total tally estimate estimates statistics stats'.split(' '));

export const WHEN_WORDS = new Set(['when', 'date', 'dates']);

/** Words that pick the counted unit; the unit is a figure's `unit` after normaliseUnit. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    (
      'die died dies dying death deaths dead kill killed killing lost lose losing loss losses lives life casualties casualty ' +
      'perish perished victims victim fatalities fallen slain murdered'
    )
      .split(' ')
      .map((w) => [w, 'deaths']),
  ),
  // "march" alone is the month; "marched" is the parade.
  ...Object.fromEntries('troops troop soldiers soldier servicemen personnel marched'.split(' ').map((w) => [w, 'troops'])),
  ...Object.fromEntries('hours hour'.split(' ').map((w) => [w, 'hours'])),
  // Singular "day"/"year" are dates ("what day", "this year"), not counts.
  ...Object.fromEntries(['days'].map((w) => [w, 'days'])),
  ...Object.fromEntries('leaders presidents dignitaries heads'.split(' ').map((w) => [w, 'leaders'])),
  ...Object.fromEntries(['years'].map((w) => [w, 'years'])),
};

/** "How long did they meet" counts hours; "how long was the visit" counts days. */
export const MEETING_WORDS = new Set('meet met meeting meetings talk talks talked session sessions summit discussion discussions negotiations spoke sit'.split(' '));
export const VISIT_WORDS = new Set('visit visits visited visiting trip trips travel travelled traveled stay stayed stays tour arrive arrived arrival spend spent'.split(' '));

/** Prepositions and verbs after which a place is where something was said or happened. */
export const LOCATIVE_WORDS = new Set('in at inside during to from toward towards'.split(' '));

/** Words that are never keywords: function words, question words, and domain fillers. */
export const FILLER_WORDS = new Set(
  (
    // function words
    'a an the of in on at to for with about regarding concerning into onto from by as than then so such and or nor but if ' +
    'is are was were be been being am do does did done doing has have had having will would shall should can could may might must ' +
    'not no yes ever never also just really actually still even only again already yet too very quite more most less least ' +
    'i me my mine we our ours you your yours he him his she her hers it its they them their theirs this that these those there here ' +
    'who whom whose which what whats where why how whether whatever whoever ' +
    'any some all each every both either neither other another same own ' +
    'up down out over under after before during since until till while between among against through throughout across per via ' +
    'please tell me know let show give find explain want wanted like would love wonder curious ' +
    // pleasantries around a question: "…? thanks", "pls", "hi bot"
    'thanks thank thx ty tysm cheers pls plz kindly hi hello hey ok okay lol bot ' +
    // question padding
    'exactly roughly approximately around about approx nearly almost estimated reportedly overall altogether entire whole total ' +
    'people person persons citizens citizen population folks nation nations country countries side sides state official officials ' +
    'happen happened happens take took taken part place get got go went make made put come came see saw ' +
    'world global international foreign other many much long short ' +
    'first second last next previous recent recently earlier later ago now today yesterday time times ' +
    'january february march april may june july august september october november december ' +
    'mr mrs ms dr president presidents leader official side government regime ' +
    'number numbers figure figures stat stats source sources outlet article articles report reports reported news according ' +
    'million millions thousand thousands hundred hundreds billion dozen ' +
    'expected supposedly allegedly apparently anything something everything nothing besides except including apart ' +
    'want wants wanted wanting need needs true false correct right wrong fact facts indeed sure real verify check confirm ' +
    // Stance words ask what is known about someone's view, said by them or reported: not a quote lookup.
    'think thinks thought believe believes view views position positions stance opinion opinions'
  ).split(' '),
);

/**
 * Keyword synonym groups: a question keyword matches a claim when any word of
 * its group (stemmed) appears in the claim's text, passage, topic or
 * qualifiers. Kept small and literal; anything else must match as typed.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['visit', 'visits', 'visited', 'trip', 'travel', 'travelled', 'traveled', 'attend', 'attended', 'attending', 'participate', 'participating', 'participation', 'arrive', 'arrived', 'arrival', 'spend', 'spent', 'stay', 'stayed'],
  ['meet', 'met', 'meeting', 'meetings', 'talks', 'talk', 'summit', 'session', 'discuss', 'discussed'],
  ['parade', 'parades', 'march', 'marched', 'commemoration', 'commemorations', 'celebration', 'celebrations', 'ceremony', 'ceremonies', 'celebrate'],
  ['sacrifice', 'sacrifices', 'loss', 'losses', 'lost', 'lives', 'price', 'cost', 'toll', 'died', 'deaths', 'victims', 'tragedy'],
  ['truth', 'history', 'historic', 'historical', 'memory', 'memories', 'falsify', 'legacy'],
  ['forget', 'forgot', 'forgotten', 'remember', 'remembered'],
  ['nazi', 'nazis', 'nazism', 'fascism', 'fascist', 'fascists', 'militarism', 'revanchism'],
  ['partnership', 'partner', 'partners', 'relationship', 'relations', 'ties', 'alliance', 'friendship', 'friend', 'cooperation', 'coordination', 'bond', 'comrades'],
  ['ceasefire', 'truce'],
  ['sovereignty', 'sovereign', 'territorial', 'independence', 'interference'],
  ['trade', 'economy', 'economic', 'investment', 'investments'],
  ['agreement', 'agreements', 'deal', 'deals', 'signed', 'sign', 'treaty'],
  ['invitation', 'invite', 'invited'],
  ['victory', 'victories', 'win', 'won', 'victor', 'victors', 'triumph', 'defeat', 'defeated'],
  ['peace', 'peaceful', 'stability', 'security'],
  ['soldiers', 'soldier', 'military', 'troops', 'army', 'servicemen'],
  ['civilians', 'civilian'],
  ['covid', 'coronavirus', 'pandemic'],
  ['important', 'importance', 'significant', 'symbolic'],
  ['friend', 'friends', 'friendship', 'dear'],
];

export const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) map.set(word, [...new Set([...(map.get(word) ?? []), ...group])]);
  }
  return map;
})();

/**
 * Names the dataset never carries as entities. They are known words (never
 * "corrected" into a near entity: "Prussia" is not "Russia") and stay
 * keywords, so a question about them only matches a claim that names them.
 */
const FOREIGN_NAME_LIST = (
  'prussia prussian italy italian italians india indian indians korea korean koreans vietnam vietnamese iraq iraqi afghanistan afghan ' +
  'israel israeli iran iranian syria gaza palestine canada canadian australia australian mexico spain spanish greece greek turkey turkish ' +
  'egypt africa african europe european asia asian nato eu belarus kazakhstan mongolia hungary netherlands dutch austria austrian finland ' +
  'norway sweden denmark romania bulgaria czech philippines indonesia thailand singapore malaysia pakistan manchuria manchukuo ' +
  'hitler stalin mao trump biden obama churchill roosevelt truman macron modi lula vucic fico kim lenin gorbachev yeltsin medvedev lavrov ' +
  'peskov wang deng chiang kaishek merkel scholz johnson sunak starmer harris hirohito mussolini zhukov ' +
  'washington london paris tokyo kyiv kiev shanghai hong kong stalingrad leningrad nanjing nanking hiroshima nagasaki pearl harbor ' +
  'normandy gulf cold crimea donbas weather'
).split(' ');
export const FOREIGN_NAMES: ReadonlySet<string> = new Set(FOREIGN_NAME_LIST);

/** Ordinary English words that must never be "corrected" into a vocabulary word. */
const COMMON_WORDS = (
  'would could should world words worlds first where there their these those which while whose whom other others about above after again ' +
  'along among another around because before being below between bring brought during early every great group house large later light little ' +
  'might never often order place point right small sound spell still study think thing things three through together under until water ' +
  'young china chinas russia russias story stories money power prime minister ministers parties party communist communists ' +
  'union unions price prices rush rusty rushing chain chains chine chance chancellor putting input output pudding shine shines ' +
  'sinner singer sino nation nations reason reasons person present presents preside preserve preserved presence russet ' +
  'moscato mosque ' +
  'winning weapons weapon gunpowder ukraine ukrainian ' +
  'true truth false real fact facts right wrong correct indeed sure claim claims really exactly ' +
  'year years month week weeks news site page told tell told sources source outlet outlets media paper ' +
  'about above across actually against ago agree ahead allow almost alone along already although always amount answer ' +
  'anyone anything area arrive asked away back based become began begin behind believe below best better between beyond ' +
  'big both bring brought build built call came cause certain change clear close come common could country course ' +
  'cover current data deal death decide different does done down during each early either else enough even event ' +
  'ever every example face fall family feel field fight figure final find fine first follow force form found free ' +
  'front full gave general give given goes going gone good government great group grow hand happen hard have head ' +
  'hear heard help here high hold home hope hour house however human idea important include interest issue itself ' +
  'just keep kind knew know known land large last late later lead least leave left less life like line list little ' +
  'live long look lose lost made main make many matter mean meant might mind more most move much must name near ' +
  'need never next none note nothing number offer often once only open order other over part past people perhaps ' +
  'plan play point policy possible power press probably problem public pull quite rather read reason record ' +
  'remain report rest result return rule said same save seem seen send sense serve service several shall short ' +
  'should show side since small social some something soon speak stand start state still stop such sure take taken ' +
  'talk tell than that their them then there these they thing think this those though three through time today ' +
  'together total toward turn under until upon used very want well went were what when where which while whole ' +
  'why will with within without word work world would write year young'
).split(' ');

/** Known words: never typo-corrected. */
export const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...FILLER_WORDS,
  ...SAY_WORDS,
  ...FIGURE_WORDS,
  ...WHEN_WORDS,
  ...Object.keys(UNIT_WORDS),
  ...MEETING_WORDS,
  ...VISIT_WORDS,
  ...LOCATIVE_WORDS,
  ...SYNONYMS.keys(),
  ...FOREIGN_NAME_LIST,
  ...COMMON_WORDS,
  ...[...PHRASES.keys()].flatMap((k) => k.split(' ')),
]);

/**
 * Targets for typo correction: words of five letters or more that matter to
 * the lookup (entity names, intent and unit words, synonyms). Correcting into
 * an ordinary English word would not help the lookup, so those are not targets.
 */
export const CORRECTION_TARGETS: readonly string[] = [
  ...new Set([
    ...[...PHRASES.keys()].flatMap((k) => k.split(' ')),
    ...SAY_WORDS,
    ...FIGURE_WORDS,
    ...Object.keys(UNIT_WORDS),
    ...MEETING_WORDS,
    ...VISIT_WORDS,
    ...SYNONYMS.keys(),
    'anniversary',
  ]),
].filter((w) => w.length >= 5 && /^[a-z]+$/.test(w));

/**
 * Words of entity names: the only targets for four-letter words ("Putn",
 * "Chna"), which would otherwise turn ordinary words into vocabulary ("true"
 * into "truce").
 */
export const NAME_TARGETS: ReadonlySet<string> = new Set(
  [...PHRASES.entries()].filter(([, p]) => p.type === 'entity').flatMap(([k]) => k.split(' ')).filter((w) => w.length >= 5 && /^[a-z]+$/.test(w)),
);
