/**
 * The controlled vocabulary shared by the data files and the question parser.
 * A claim's subjects, speaker and place are entity ids from this list, so the
 * schema can reject a typo in a data file and the parser can map what people
 * type ("PRC", "the Chinese president", "WW2") onto the same ids.
 *
 * Aliases are written lower-case, without punctuation, as they appear after
 * normalisation of a question. Words that are ambiguous on their own are left
 * to the question parser, which decides by their role in the question:
 * "Moscow" is a place in "what did Xi say in Moscow" but Russia in "what did
 * Moscow say"; "US" is the country only when typed in capitals; "Nazi(s)" is
 * usually the ideology, not Germany; "Victory Day" and "75th/80th anniversary"
 * name every year's commemoration, so the parser maps them to all Victory Day
 * events or to a year rather than to one event here.
 */
export type EntityKind = 'person' | 'country' | 'place' | 'organisation' | 'war' | 'event' | 'document';

export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  /** Display name used in replies. */
  readonly name: string;
  readonly aliases: readonly string[];
}

export const ENTITIES = [
  // people
  { id: 'putin', kind: 'person', name: 'Vladimir Putin', aliases: [
    'putin', 'vladimir putin', 'vladimir', 'president putin', 'the russian president', 'russian president', 'russias president',
    // "Russia's president" normalises to "russia president".
    'russia president', 'president of russia', 'russian leader', 'russia leader', 'russias leader', 'leader of russia', 'the kremlin leader',
    'kremlin leader', 'kremlin chief', 'russian head of state', 'head of the kremlin', 'master of the kremlin',
  ] },
  { id: 'xi', kind: 'person', name: 'Xi Jinping', aliases: [
    'xi', 'xi jinping', 'xi jin ping', 'jinping', 'president xi', 'chairman xi', 'the chinese president', 'chinese president', 'chinas president',
    // Not "Chinese premier": that is Li Qiang.
    'china president', 'president of china', 'chinese leader', 'china leader', 'chinas leader', 'leader of china', 'chinese head of state',
    'paramount leader', 'general secretary xi',
  ] },
  { id: 'zelenskiy', kind: 'person', name: 'Volodymyr Zelenskiy', aliases: [
    'zelenskiy', 'zelensky', 'zelenskyy', 'zelenskyi', 'zelenskii', 'volodymyr zelenskiy', 'volodymyr zelensky', 'the ukrainian president', 'ukrainian president',
    'ukraine president', 'president of ukraine', 'ukrainian leader', 'ukraine leader', 'ukraines leader', 'leader of ukraine',
  ] },
  // organisations and documents
  { id: 'kremlin', kind: 'organisation', name: 'the Kremlin', aliases: ['kremlin', 'the kremlin'] },
  { id: 'russia-china-joint-statement-2025', kind: 'document', name: 'Russia–China joint statement (Moscow, May 2025)', aliases: ['joint statement', 'the joint statement', 'joint declaration', 'russia china joint statement', 'comprehensive joint statement'] },
  { id: 'unsc', kind: 'organisation', name: 'UN Security Council', aliases: ['unsc', 'un security council', 'united nations security council', 'security council', 'united nations'] },
  { id: 'pla', kind: 'organisation', name: "People's Liberation Army", aliases: ['pla', 'peoples liberation army'] },
  // countries and peoples
  { id: 'china', kind: 'country', name: 'China', aliases: ['china', 'chinese', 'prc', 'peoples republic of china'] },
  { id: 'russia', kind: 'country', name: 'Russia', aliases: ['russia', 'russian', 'russians', 'russian federation'] },
  { id: 'ussr', kind: 'country', name: 'Soviet Union', aliases: ['ussr', 'soviet', 'soviets', 'soviet union', 'the soviet union'] },
  { id: 'ukraine', kind: 'country', name: 'Ukraine', aliases: ['ukraine', 'ukrainian', 'ukrainians'] },
  { id: 'japan', kind: 'country', name: 'Japan', aliases: ['japan', 'japanese', 'imperial japan'] },
  { id: 'germany', kind: 'country', name: 'Germany', aliases: ['germany', 'german', 'germans', 'nazi germany', 'hitlers germany', 'third reich'] },
  { id: 'taiwan', kind: 'country', name: 'Taiwan', aliases: ['taiwan', 'taiwanese'] },
  { id: 'brazil', kind: 'country', name: 'Brazil', aliases: ['brazil', 'brazilian'] },
  { id: 'serbia', kind: 'country', name: 'Serbia', aliases: ['serbia', 'serbian'] },
  { id: 'slovakia', kind: 'country', name: 'Slovakia', aliases: ['slovakia', 'slovak'] },
  { id: 'usa', kind: 'country', name: 'United States', aliases: ['usa', 'united states', 'united states of america', 'america', 'american', 'americans'] },
  { id: 'uk', kind: 'country', name: 'United Kingdom', aliases: ['uk', 'britain', 'british', 'united kingdom', 'england'] },
  { id: 'france', kind: 'country', name: 'France', aliases: ['france', 'french'] },
  { id: 'poland', kind: 'country', name: 'Poland', aliases: ['poland', 'polish', 'poles'] },
  // places
  { id: 'moscow', kind: 'place', name: 'Moscow', aliases: ['moscow', 'kremlin', 'red square'] },
  { id: 'beijing', kind: 'place', name: 'Beijing', aliases: ['beijing', 'peking'] },
  // wars and events
  { id: 'wwii', kind: 'war', name: 'Second World War', aliases: ['wwii', 'ww2', 'ww ii', 'ww 2', 'ww11', 'world war ii', 'world war 2', 'world war two', 'world war', '2nd world war', 'second world war', 'the war', 'great patriotic war', 'the second world war'] },
  { id: 'sino-japanese-war', kind: 'war', name: 'Second Sino-Japanese War', aliases: ['sino japanese war', 'second sino japanese war', 'war with japan', 'war against japan', 'war against imperial japan', 'war of resistance', 'japanese invasion', 'fight against japan', 'against japan'] },
  { id: 'wwi', kind: 'war', name: 'First World War', aliases: ['wwi', 'ww1', 'world war i', 'world war 1', 'world war one', 'first world war'] },
  { id: 'korean-war', kind: 'war', name: 'Korean War', aliases: ['korean war'] },
  { id: 'vietnam-war', kind: 'war', name: 'Vietnam War', aliases: ['vietnam war'] },
  { id: 'ukraine-war', kind: 'war', name: 'war in Ukraine', aliases: ['ukraine war', 'war in ukraine', 'ukraine conflict', 'war with ukraine'] },
  // Other wars and catastrophes no claim is about. Naming one must exclude every
  // claim that does not carry it, so "How many Chinese died in the civil war?"
  // never gets the Second World War tolls ("war" alone would be that war).
  { id: 'civil-war', kind: 'war', name: 'a civil war', aliases: ['civil war', 'civil wars', 'chinese civil war', 'russian civil war', 'spanish civil war', 'american civil war', 'syrian civil war', 'english civil war'] },
  { id: 'cold-war', kind: 'war', name: 'Cold War', aliases: ['cold war'] },
  { id: 'afghan-war', kind: 'war', name: 'war in Afghanistan', aliases: ['afghan war', 'afghanistan war', 'war in afghanistan', 'soviet afghan war', 'soviet war in afghanistan'] },
  { id: 'gulf-war', kind: 'war', name: 'Gulf War', aliases: ['gulf war', 'persian gulf war', 'first gulf war'] },
  { id: 'iraq-war', kind: 'war', name: 'Iraq War', aliases: ['iraq war', 'war in iraq', 'second gulf war'] },
  { id: 'first-sino-japanese-war', kind: 'war', name: 'First Sino-Japanese War', aliases: ['first sino japanese war'] },
  { id: 'russo-japanese-war', kind: 'war', name: 'Russo-Japanese War', aliases: ['russo japanese war'] },
  { id: 'sino-vietnamese-war', kind: 'war', name: 'Sino-Vietnamese War', aliases: ['sino vietnamese war'] },
  { id: 'sino-soviet-border-conflict', kind: 'war', name: 'Sino-Soviet border conflict', aliases: ['sino soviet border conflict', 'sino soviet conflict', 'sino soviet war'] },
  { id: 'chechen-war', kind: 'war', name: 'wars in Chechnya', aliases: ['chechen war', 'chechen wars', 'war in chechnya', 'first chechen war', 'second chechen war'] },
  { id: 'crimean-war', kind: 'war', name: 'Crimean War', aliases: ['crimean war'] },
  { id: 'winter-war', kind: 'war', name: 'Winter War', aliases: ['winter war'] },
  { id: 'opium-wars', kind: 'war', name: 'Opium Wars', aliases: ['opium war', 'opium wars'] },
  { id: 'napoleonic-wars', kind: 'war', name: 'Napoleonic Wars', aliases: ['napoleonic war', 'napoleonic wars', 'patriotic war of 1812'] },
  { id: 'great-leap-forward', kind: 'event', name: 'Great Leap Forward', aliases: ['great leap forward', 'great leap'] },
  { id: 'famine', kind: 'event', name: 'a famine', aliases: ['famine', 'famines', 'great famine', 'great chinese famine', 'holodomor', 'starvation'] },
  { id: 'cultural-revolution', kind: 'event', name: 'Cultural Revolution', aliases: ['cultural revolution'] },
  { id: 'tiananmen-1989', kind: 'event', name: 'Tiananmen Square protests, 1989', aliases: ['tiananmen', 'tiananmen square', 'tiananmen massacre', 'tiananmen square massacre'] },
  { id: 'victory-day-2020', kind: 'event', name: 'Victory Day 2020 (75th anniversary)', aliases: ['victory day 2020'] },
  { id: 'victory-day-2025', kind: 'event', name: 'Victory Day 2025, Moscow (80th anniversary)', aliases: ['victory day 2025', 'moscow victory day'] },
  { id: 'beijing-victory-parade-2025', kind: 'event', name: 'Victory Day parade, Beijing, September 2025', aliases: ['beijing parade', 'september parade', 'military parade in beijing', 'parade in beijing', 'beijing victory parade', 'chinas victory day parade', 'chinese victory day parade'] },
  // appended by the dataset curation
  { id: 'berlin', kind: 'place', name: 'Berlin', aliases: ['berlin', 'reichstag', 'the reichstag'] },
  { id: 'covid-19', kind: 'event', name: 'COVID-19 pandemic', aliases: ['covid', 'covid 19', 'covid19', 'coronavirus', 'coronavirus pandemic', 'the pandemic'] },
] as const satisfies readonly Entity[];

export type EntityId = (typeof ENTITIES)[number]['id'];

const byId = new Map<string, Entity>(ENTITIES.map((e) => [e.id, e]));

export function isEntityId(id: string): id is EntityId {
  return byId.has(id);
}

export function entityById(id: string): Entity | undefined {
  return byId.get(id);
}
