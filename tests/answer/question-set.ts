/**
 * Questions with the answers the dataset supports, for the answerer test and
 * the benchmark. Paraphrases, typos and negatives on purpose: a question about
 * another country, war, speaker, place or year must come back unanswered.
 *
 * Per question:
 * - answered: whether the bot should answer at all;
 * - expectClaimIds: claims that must be in the answer;
 * - exactClaimIds: the answer must be exactly these claims;
 * - forbidClaimIds: claims that must not be in it (the classic wrong answer);
 * - expectSources: source ids that must be cited;
 * - expectFigures: numbers that must appear as a figure's low or high.
 */
export interface QuestionCase {
  readonly question: string;
  readonly answered: boolean;
  readonly expectClaimIds?: readonly string[];
  readonly exactClaimIds?: readonly string[];
  readonly forbidClaimIds?: readonly string[];
  readonly expectSources?: readonly string[];
  readonly expectFigures?: readonly number[];
  /** Near misses: claims that must be offered as related (close, but not an answer). */
  readonly expectRelatedIds?: readonly string[];
  /** A comparison of two named entities ("who lost more, X or Y?"), answered per source, asking for the larger or the smaller figure. */
  readonly expectComparison?: 'more' | 'less';
  /** The user's own claim judged: a stated figure's verdict, or a yes/no statement's outcome, on some topic of the answer. */
  readonly expectCheck?: 'supported' | 'contradicted' | 'mixed' | 'open' | 'yes' | 'no' | 'unclear' | 'reported';
  /** Why this question is here, when it is not obvious. */
  readonly note?: string;
}

const CHINA_TOLLS = ['menafn-putin-china-toll-37m', 'pw-china-toll-15-20m'];
const SOVIET_TOLLS = ['menafn-putin-soviet-toll-27m', 'pw-soviet-toll-27m', 'preview-soviet-toll-27m'];
const XI_IN_MOSCOW = ['menafn-xi-strategic-bond', 'menafn-xi-enormous-losses', 'jointstmt-xi-unswervingly-deepen'];
const XI_IN_BEIJING = ['pw-xi-major-victor-states', 'pw-xi-safeguarding-historic-truth'];
const XI_IN_2020 = ['wwii75-xi-safeguard-victory', 'wwii75-xi-sacrifices-and-contributions', 'wwii75-xi-deeper-strategic-coordination', 'wwii75-xi-unsc-permanent-members', 'wwii75-xi-multilateralism'];
const SOURCES = {
  menafn: 'menafn-putin-xi-wwii-victims',
  purewilayah: 'purewilayah-putin-xi-wwii-legacy',
  messages2020: 'xi-putin-wwii-75th-messages',
  jointStatement: 'putin-xi-moscow-joint-statement',
  preview: 'xi-moscow-victory-day-preview',
} as const;

export const QUESTION_SET: readonly QuestionCase[] = [
  // ── Chinese death toll ─────────────────────────────────────────────────
  { question: 'How many Chinese died in WWII?', answered: true, exactClaimIds: CHINA_TOLLS, expectFigures: [37_000_000, 15_000_000, 20_000_000], expectSources: [SOURCES.menafn, SOURCES.purewilayah] },
  { question: 'How many people died in China during the Second World War?', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: "What was China's death toll in World War 2?", answered: true, exactClaimIds: CHINA_TOLLS },
  { question: 'chinse casualites ww2', answered: true, exactClaimIds: CHINA_TOLLS, note: 'typos, no question form' },
  { question: 'How many Chinese lives were lost in the war?', answered: true, exactClaimIds: CHINA_TOLLS, note: '"the war" is the Second World War' },
  { question: 'How many Chinese people perished in the war against Japan?', answered: true, exactClaimIds: CHINA_TOLLS, note: "China's Second World War is its war with Japan" },
  { question: 'PRC death toll WW II', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: 'How many Chinese died in the Second Sino-Japanese War?', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: 'How many Chinese were killed in the Second World War?', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: 'According to Putin, how many Chinese died in WWII?', answered: true, exactClaimIds: ['menafn-putin-china-toll-37m'] },
  { question: 'How many Chinese died since 1937?', answered: true, exactClaimIds: ['pw-china-toll-15-20m'], note: 'only one source gives the period from 1937' },
  { question: 'Chinese civilian deaths in WWII', answered: false, expectRelatedIds: ['pw-china-toll-15-20m', 'menafn-putin-china-toll-37m'], note: 'near miss: 15–20 million counts soldiers and civilians together, and Putin’s 37 million does not split them; no source gives civilians alone' },
  { question: 'How many Chinese died in WWII according to RT', answered: true, exactClaimIds: ['pw-china-toll-15-20m'], expectSources: [SOURCES.purewilayah], note: 'outlet filter: RT is PUREWILAYAH.COM’s origin' },
  { question: 'What did MENAFN report about Chinese deaths?', answered: true, exactClaimIds: ['menafn-putin-china-toll-37m'] },
  { question: 'Soviet death toll according to PUREWILAYAH.com', answered: true, exactClaimIds: ['pw-soviet-toll-27m'] },
  { question: 'How many Chinese died in WWII? thanks', answered: true, exactClaimIds: CHINA_TOLLS, note: 'a trailing pleasantry is no keyword' },
  { question: 'pls how many soviets died in ww2?!', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: '<b>How many Chinese died in WWII?</b>', answered: true, exactClaimIds: CHINA_TOLLS, note: 'HTML around a question' },
  { question: '<strong>How many Chinese died in WWII?</strong>', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: 'How many chinese dyed in ww2', answered: true, exactClaimIds: CHINA_TOLLS, note: 'typo' },
  { question: 'How many Chinese diedd in WWII?', answered: true, exactClaimIds: CHINA_TOLLS, note: 'typo' },
  { question: 'Is it true that 37 million Chinese died?', answered: true, exactClaimIds: CHINA_TOLLS, note: 'a claim to check gets every source, not a yes' },

  // ── Soviet death toll ──────────────────────────────────────────────────
  { question: 'How many Soviets died in WWII?', answered: true, exactClaimIds: SOVIET_TOLLS, expectFigures: [27_000_000] },
  { question: 'How many Russians died in World War II?', answered: true, exactClaimIds: SOVIET_TOLLS, note: 'Russia in the WWII sense is the Soviet Union' },
  { question: 'Soviet Union death toll in the Great Patriotic War', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'How many people did the USSR lose in the Second World War?', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'How many Russains died in World War Two?', answered: true, exactClaimIds: SOVIET_TOLLS, note: 'typo' },
  { question: 'How many Russians died in WW2 according to Putin?', answered: true, exactClaimIds: ['menafn-putin-soviet-toll-27m'] },
  { question: 'How many Soviet soldiers and civilians died after the German invasion of 1941?', answered: true, exactClaimIds: ['pw-soviet-toll-27m'] },
  { question: 'How many Chinese and Soviet citizens died in WWII?', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS] },
  { question: 'What did Putin say about the Chinese death toll?', answered: true, exactClaimIds: ['menafn-putin-china-toll-37m'] },

  // ── other figures ──────────────────────────────────────────────────────
  { question: 'How long did Putin and Xi meet in Moscow?', answered: true, exactClaimIds: ['jointstmt-talks-more-than-seven-hours'], expectFigures: [7] },
  { question: 'How long did the talks last?', answered: true, exactClaimIds: ['jointstmt-talks-more-than-seven-hours'], note: 'nobody named: the two leaders' },
  { question: 'How many hours did Xi and Putin talk?', answered: true, exactClaimIds: ['jointstmt-talks-more-than-seven-hours'] },
  { question: 'How many troops marched in the 2020 Victory Day parade?', answered: true, exactClaimIds: ['wwii75-parade-14000-troops'], expectFigures: [14_000] },
  { question: 'How many soldiers took part in the parade on Red Square?', answered: true, exactClaimIds: ['wwii75-parade-14000-troops'] },
  { question: 'How many world leaders attended Victory Day in Moscow?', answered: true, exactClaimIds: ['menafn-leaders-attending-over-two-dozen'], expectFigures: [24], note: '"over two dozen": more than 24, never 25' },
  { question: 'How many leaders were expected at the 80th anniversary celebrations?', answered: true, exactClaimIds: ['menafn-leaders-attending-over-two-dozen'] },
  { question: 'How many days did Xi spend in Russia?', answered: true, exactClaimIds: ['preview-xi-visit-may-7-10'], expectFigures: [7, 10], note: 'the dates the source gives (7–10 May 2025), not a day count it never states' },
  { question: "How long was Xi's visit to Moscow?", answered: true, exactClaimIds: ['preview-xi-visit-may-7-10'] },
  { question: 'How long was the ceasefire Putin proposed?', answered: true, exactClaimIds: ['preview-putin-ceasefire-may-8-10'], expectFigures: [8, 10], note: '8–10 May 2025, not "3 days"' },
  { question: 'How long a ceasefire did Zelenskiy want?', answered: true, exactClaimIds: ['preview-zelenskiy-30-day-truce'], expectFigures: [30] },
  { question: 'How many days was the truce?', answered: true, exactClaimIds: ['preview-putin-ceasefire-may-8-10', 'preview-zelenskiy-30-day-truce'], expectFigures: [30], note: '"truce" = "ceasefire"; Zelenskiy’s truce is about Russia, not the two leaders' },
  { question: 'How many troops were in the parade?', answered: true, exactClaimIds: ['wwii75-parade-14000-troops'], expectFigures: [14_000], note: 'every parade in the dataset is a Victory Day one' },
  { question: 'What did Xi say in Moscow pls', answered: true, exactClaimIds: XI_IN_MOSCOW },
  { question: 'How many years has Putin been in office?', answered: true, exactClaimIds: ['preview-putin-25-years-in-office'], expectFigures: [25] },

  // ── what did X say ─────────────────────────────────────────────────────
  { question: 'What did Xi say in Moscow?', answered: true, exactClaimIds: XI_IN_MOSCOW, forbidClaimIds: [...XI_IN_BEIJING, ...XI_IN_2020] },
  { question: 'What did Xi Jinping say during his trip to Moscow?', answered: true, exactClaimIds: XI_IN_MOSCOW },
  { question: "Xi's remarks in Moskow", answered: true, exactClaimIds: XI_IN_MOSCOW, note: 'typo, possessive' },
  { question: 'wat did xi jinpin say in moscow', answered: true, exactClaimIds: XI_IN_MOSCOW },
  { question: 'What did the Chinese president say in Beijing?', answered: true, exactClaimIds: XI_IN_BEIJING, forbidClaimIds: XI_IN_MOSCOW },
  { question: 'What did Xi say on his trip to Beijing?', answered: true, exactClaimIds: XI_IN_BEIJING },
  { question: 'Xi quotes from 2020', answered: true, exactClaimIds: XI_IN_2020 },
  { question: 'What did Xi say on the 75th anniversary of the victory?', answered: true, exactClaimIds: XI_IN_2020, note: '75th anniversary → 2020' },
  { question: 'What did Xi say on the 80th anniversary?', answered: true, exactClaimIds: XI_IN_MOSCOW, forbidClaimIds: XI_IN_BEIJING, note: 'article 001 (Beijing, September 2025) never calls its parade an 80th anniversary' },
  { question: 'What did Putin say on the 80th anniversary of the victory?', answered: true, expectClaimIds: ['menafn-putin-sacrifices-never-forgotten'], forbidClaimIds: ['pw-putin-ancestors-huge-price', 'pw-putin-pla-usual-brilliance', 'wwii75-putin-most-painful-tragedy'] },
  { question: 'What did Zelenskiy say about Moscow?', answered: true, expectClaimIds: ['preview-zelenskiy-dignitaries-safety-warning'], note: 'Moscow is what his warning is about…' },
  { question: 'What did Putin say about sacrifices?', answered: true, expectClaimIds: ['menafn-putin-sacrifices-never-forgotten', 'pw-putin-ancestors-huge-price', 'wwii75-putin-most-painful-tragedy'], forbidClaimIds: ['menafn-xi-enormous-losses'] },
  { question: 'What did Putin say about neo-Nazism?', answered: true, exactClaimIds: ['menafn-putin-confronting-neo-nazism'] },
  { question: 'Did Putin say anything about the ceasefire?', answered: true, exactClaimIds: ['preview-putin-ceasefire-may-8-10', 'preview-putin-rejects-short-term-ceasefire'] },
  { question: 'What did Zelensky say about China?', answered: true, exactClaimIds: ['preview-zelenskiy-china-supplies-weapons'] },
  { question: 'What does the joint statement say about Nazism?', answered: true, exactClaimIds: ['jointstmt-counteract-nazism'] },
  { question: "What's in the joint statement?", answered: true, expectClaimIds: ['jointstmt-defend-results-of-victory', 'jointstmt-counteract-nazism', 'jointstmt-mutual-support-sovereignty'], expectSources: [SOURCES.jointStatement] },
  { question: 'What did Russia say about Taiwan?', answered: true, exactClaimIds: ['jointstmt-russia-one-china-taiwan'] },
  { question: 'What did the Kremlin say about the talks?', answered: true, expectClaimIds: ['preview-kremlin-talks-strategic-partnership', 'preview-kremlin-telegram-talks-agenda'], expectSources: [SOURCES.preview] },
  { question: 'What did Putin say in September 2025?', answered: true, exactClaimIds: ['pw-putin-pla-usual-brilliance', 'pw-putin-ancestors-huge-price'] },
  { question: 'What did Putin and Xi say about WWII in 2020?', answered: true, expectClaimIds: ['wwii75-putin-most-painful-tragedy', 'wwii75-xi-safeguard-victory'], forbidClaimIds: XI_IN_MOSCOW },
  { question: 'Who said the sacrifices of our nations must never be forgotten?', answered: true, exactClaimIds: ['menafn-putin-sacrifices-never-forgotten'] },
  { question: 'What did Putin call Xi?', answered: true, expectClaimIds: ['menafn-putin-dear-friend-sacred-holiday'] },
  { question: 'What did Putin tell Xi in Moscow?', answered: true, expectClaimIds: ['menafn-putin-dear-friend-sacred-holiday'], forbidClaimIds: ['pw-putin-pla-usual-brilliance'] },
  { question: 'wat did Putn say in Chna', answered: true, exactClaimIds: ['pw-putin-pla-usual-brilliance', 'pw-putin-ancestors-huge-price'], note: 'four-letter typos of names' },
  { question: 'What did the Russian leader say in Beijing?', answered: true, exactClaimIds: ['pw-putin-pla-usual-brilliance', 'pw-putin-ancestors-huge-price'], forbidClaimIds: XI_IN_BEIJING, note: 'review: was credited with Xi’s quotes' },
  { question: "What did Russia's president say in Beijing?", answered: true, exactClaimIds: ['pw-putin-pla-usual-brilliance', 'pw-putin-ancestors-huge-price'], forbidClaimIds: XI_IN_BEIJING, note: '"Russia’s president" normalises to "russia president"' },
  { question: 'What did the Chinese leader say in Moscow?', answered: true, exactClaimIds: XI_IN_MOSCOW, note: 'review: was 26 claims, Putin’s among them' },
  { question: 'What did the Russian government say about Taiwan?', answered: true, exactClaimIds: ['jointstmt-russia-one-china-taiwan'] },
  { question: 'What did Xi have to say about Russia?', answered: true, expectClaimIds: ['jointstmt-xi-unswervingly-deepen'], forbidClaimIds: ['preview-zelenskiy-china-supplies-weapons', 'menafn-putin-soviet-toll-27m'] },
  { question: 'What did the Kremlin leader say about neo-Nazism?', answered: true, exactClaimIds: ['menafn-putin-confronting-neo-nazism'] },
  { question: 'What did Vladimir Putin say at the Kremlin?', answered: true, expectClaimIds: ['menafn-putin-sacrifices-never-forgotten'], forbidClaimIds: ['pw-putin-ancestors-huge-price', 'wwii75-putin-most-painful-tragedy'] },

  // ── when / about ───────────────────────────────────────────────────────
  { question: 'When did Xi visit Moscow?', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10', 'menafn-putin-xi-meeting-moscow', 'pw-xi-attended-moscow-victory-day'], forbidClaimIds: ['pw-putin-xi-meeting-beijing'] },
  { question: 'When did Putin and Xi meet in Beijing?', answered: true, expectClaimIds: ['pw-putin-xi-meeting-beijing'], forbidClaimIds: ['menafn-putin-xi-meeting-moscow'] },
  { question: 'When did Putin go to Beijing?', answered: true, expectClaimIds: ['pw-putin-xi-meeting-beijing'], forbidClaimIds: ['menafn-putin-xi-meeting-moscow'] },
  { question: 'When did Xi and Putin exchange messages?', answered: true, expectClaimIds: ['wwii75-messages-75th-anniversary'] },
  { question: 'Tell me about the Victory Day parade in 2020', answered: true, expectClaimIds: ['wwii75-parade-14000-troops'], forbidClaimIds: ['menafn-leaders-attending-over-two-dozen'] },
  { question: 'Why were the 2020 Victory Day celebrations moved?', answered: true, exactClaimIds: ['wwii75-celebrations-rescheduled-covid'] },
  { question: 'Which other presidents attended Victory Day in Moscow?', answered: true, expectClaimIds: ['preview-brazil-serbia-slovakia-leaders'] },
  { question: "What is China's position on the Ukraine war?", answered: true, exactClaimIds: ['menafn-china-refuses-western-sanctions', 'preview-zelenskiy-china-supplies-weapons'] },
  { question: 'Did Putin and Xi sign any agreements?', answered: true, expectClaimIds: ['jointstmt-cooperation-agreements-signed', 'preview-agreements-expected'] },
  { question: 'What does Xi think about Russia?', answered: true, expectClaimIds: ['jointstmt-xi-unswervingly-deepen'], forbidClaimIds: ['preview-zelenskiy-china-supplies-weapons', 'menafn-putin-soviet-toll-27m'] },

  // ── must not be answered ───────────────────────────────────────────────
  { question: 'How many Americans died in WWII?', answered: false, note: 'no sourced US toll' },
  { question: 'How many Chinese died in the Korean War?', answered: false, note: 'a different war' },
  { question: 'How many Japanese died in WWII?', answered: false, note: "China's toll names Japan, but does not count Japanese deaths" },
  { question: 'How many Germans died in WWII?', answered: false },
  { question: 'How many Chinese died in WWI?', answered: false },
  { question: 'How many Soviets died in World War One?', answered: false },
  { question: 'How many Chinese died in the Vietnam War?', answered: false },
  { question: 'How many Chinese died in the Cold War?', answered: false, note: '"war" alone is WWII, but "cold" must be in the claim' },
  { question: 'How many Russians died in the war in Ukraine?', answered: false },
  { question: 'How many Chinese died in the Chinese Civil War?', answered: false, note: 'review: got the WWII tolls ("civil" matched "civilian")' },
  { question: 'How many Chinese died in the civil war?', answered: false, note: '"the civil war" is not "the war"' },
  { question: 'How many Soviets died in the war in Afghanistan?', answered: false },
  { question: 'How many Chinese died in the Great Leap Forward?', answered: false },
  { question: 'How many Chinese died in the famine?', answered: false },
  { question: 'How many Chinese died in the First Sino-Japanese War?', answered: false, note: '1894–95, not the war from 1937' },
  { question: 'How many Americans died in the Gulf War?', answered: false },
  { question: 'What did Putin say about the Cold War?', answered: false },
  { question: 'What did Stalin say?', answered: false },
  { question: 'How many people died in WWII?', answered: false, note: 'no world total in the dataset' },
  { question: 'How many Italians died in WWII?', answered: false },
  { question: 'How many Chinese and Americans died in WWII?', answered: false, note: 'half an answer would read as the whole answer' },
  { question: 'How many Russians, Chinese and Japanese died in WWII?', answered: false, note: 'no Japanese toll' },
  { question: 'How many Chinese died in WWII according to Xi?', answered: false, note: 'Xi gave no figure' },
  { question: "What's the weather?", answered: false },
  { question: "What's the weather in Moscow?", answered: false },
  { question: 'Who is Xi Jinping?', answered: false },
  { question: 'What did Biden say about WWII?', answered: false },
  { question: 'What did Putin say about Trump?', answered: false },
  { question: 'What did Xi say in Paris?', answered: false },
  { question: 'What did Putin say in 2019?', answered: false },
  { question: 'What did Zelenskiy say in Moscow?', answered: false, note: '…not where he said it' },
  { question: 'What did Putin say on the 70th anniversary?', answered: false, note: 'no commemoration in the dataset is the 70th' },
  { question: 'What did Xi say in Moscow in 2020?', answered: false, note: 'the 2020 messages were not sent from Moscow' },
  { question: 'What did Putin say in Beijing in May 2025?', answered: false, note: 'he was in Beijing in September' },
  { question: 'What did Xi say about the Korean War?', answered: false },
  { question: 'What did the Chinese ambassador say in Moscow?', answered: false, note: 'a speaker the dataset does not know: not everything about China' },
  { question: "What did Putin's spokesman say about the talks?", answered: false, note: 'the spokesman is not Putin' },
  { question: 'How many Chinese died in WWII according to Wikipedia?', answered: false, note: '"according to" someone unknown' },
  { question: 'How much does a Tesla cost?', answered: false },
  { question: 'hello', answered: false },
  { question: '', answered: false },
];
