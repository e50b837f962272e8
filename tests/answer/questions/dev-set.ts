/**
 * Development questions: written as Telegram users type them (chatty
 * wrapping, forwards, links, quotes, typos, two questions in one, yes/no
 * checks, near misses, negatives, non-English). Written from the articles and
 * the claims only, without reading the engine. May be tuned on; the held-out
 * set (held-out-set.ts) may not.
 */
import type { QuestionCase } from '../question-set';

const CHINA_TOLLS = ['menafn-putin-china-toll-37m', 'pw-china-toll-15-20m'];
const SOVIET_TOLLS = ['menafn-putin-soviet-toll-27m', 'pw-soviet-toll-27m', 'preview-soviet-toll-27m'];
const XI_IN_MOSCOW = ['menafn-xi-strategic-bond', 'menafn-xi-enormous-losses', 'jointstmt-xi-unswervingly-deepen'];
const XI_IN_BEIJING = ['pw-xi-major-victor-states', 'pw-xi-safeguarding-historic-truth'];
const XI_IN_2020 = ['wwii75-xi-safeguard-victory', 'wwii75-xi-sacrifices-and-contributions', 'wwii75-xi-deeper-strategic-coordination', 'wwii75-xi-unsc-permanent-members', 'wwii75-xi-multilateralism'];
const PUTIN_IN_BEIJING = ['pw-putin-pla-usual-brilliance', 'pw-putin-ancestors-huge-price'];
const PUTIN_SACRIFICES = ['menafn-putin-sacrifices-never-forgotten', 'pw-putin-ancestors-huge-price', 'wwii75-putin-most-painful-tragedy'];
const ANNIVERSARY_80 = ['menafn-victory-80th-anniversary', 'preview-victory-80th-anniversary'];
const LEADERS_COUNT = 'menafn-leaders-attending-over-two-dozen';
const OTHER_LEADERS = 'preview-brazil-serbia-slovakia-leaders';
const TALKS_7H = 'jointstmt-talks-more-than-seven-hours';
const TROOPS_2020 = 'wwii75-parade-14000-troops';
const RESCHEDULED_2020 = 'wwii75-celebrations-rescheduled-covid';
const PUTIN_CEASEFIRE = 'preview-putin-ceasefire-may-8-10';
const ZELENSKIY_TRUCE = 'preview-zelenskiy-30-day-truce';
const SOURCES = {
  menafn: 'menafn-putin-xi-wwii-victims',
  purewilayah: 'purewilayah-putin-xi-wwii-legacy',
  messages2020: 'xi-putin-wwii-75th-messages',
  jointStatement: 'putin-xi-moscow-joint-statement',
  preview: 'xi-moscow-victory-day-preview',
} as const;

export const DEV_SET: readonly QuestionCase[] = [
  // ── chatty wrapping ────────────────────────────────────────────────────
  { question: 'hey bot, quick question: how many chinese died in ww2? thanks!!', answered: true, exactClaimIds: CHINA_TOLLS, expectFigures: [37_000_000, 15_000_000, 20_000_000] },
  { question: 'How many Soviet people died in WW2? (for a school project)', answered: true, exactClaimIds: SOVIET_TOLLS, expectFigures: [27_000_000], note: 'parenthetical aside' },
  { question: 'pls tell me how long putin and xi talked for', answered: true, exactClaimIds: [TALKS_7H], expectFigures: [7] },
  { question: 'lol how many troops were at the red square parade in 2020', answered: true, exactClaimIds: [TROOPS_2020], expectFigures: [14_000] },
  { question: '🇨🇳🇷🇺 what did xi say in beijing?', answered: true, exactClaimIds: XI_IN_BEIJING, forbidClaimIds: PUTIN_IN_BEIJING, note: 'flag emoji before the question' },
  { question: '*How many leaders* came to Moscow for Victory Day?', answered: true, exactClaimIds: [LEADERS_COUNT], expectFigures: [24], note: 'Telegram markdown bold' },
  { question: '`xi moscow visit dates`', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'], forbidClaimIds: ['pw-putin-xi-meeting-beijing'], note: 'inline code markdown, keywords only' },
  { question: 'Good morning! Who proposed a ceasefire around Victory Day?', answered: true, expectClaimIds: [PUTIN_CEASEFIRE] },
  { question: 'what did putin say about the sacrifices of russia and china ty', answered: true, expectClaimIds: PUTIN_SACRIFICES, forbidClaimIds: ['menafn-xi-enormous-losses', 'wwii75-xi-sacrifices-and-contributions'], note: 'trailing "ty"; Xi said similar things but is not Putin' },
  { question: 'hi there 👋 how many years has putin been in power', answered: true, exactClaimIds: ['preview-putin-25-years-in-office'], expectFigures: [25], note: '"in power" where the claim says "took office"' },
  { question: 'Hello!! Why was Victory Day 2020 postponed?', answered: true, exactClaimIds: [RESCHEDULED_2020], note: '"postponed" where the claim says "moved"/"rescheduled"' },
  { question: 'thx in advance — what does the joint statement say about taiwan?', answered: true, exactClaimIds: ['jointstmt-russia-one-china-taiwan'] },
  { question: '**What did Zelensky warn foreign leaders about?**', answered: true, exactClaimIds: ['preview-zelenskiy-dignitaries-safety-warning'], note: 'double-asterisk bold; "leaders" where the claim says "dignitaries"' },
  { question: 'quick q: did china back the western sanctions on russia?', answered: true, exactClaimIds: ['menafn-china-refuses-western-sanctions'] },
  { question: 'yo what did putin call victory day lol', answered: true, expectClaimIds: ['menafn-putin-dear-friend-sacred-holiday'], note: 'answer: a "sacred holiday"' },
  { question: 'Sorry to bother you, but who did Putin credit for the victory?', answered: true, exactClaimIds: ['menafn-putin-credits-communist-parties'] },
  { question: 'Can you tell me when the Soviets raised the flag over the Reichstag? 🙏', answered: true, exactClaimIds: ['preview-reichstag-banner-1945'], note: '"flag" where the claim says "red banner"' },
  { question: 'hey, what did xi jinping say in 2020 about the UN? thx', answered: true, exactClaimIds: ['wwii75-xi-unsc-permanent-members'], forbidClaimIds: ['pw-xi-major-victor-states'], note: 'the Beijing (2025) UNSC quote is the wrong year' },
  { question: '__did xi and putin talk about ukraine?__', answered: true, expectClaimIds: ['jointstmt-discussed-resolving-ukraine-conflict'], note: 'underline markdown' },
  { question: 'ok so what did putin say about neo-nazis and militarism 🤔', answered: true, expectClaimIds: ['menafn-putin-confronting-neo-nazism'] },

  // ── pasted forwards, links, mentions, quotes ───────────────────────────
  { question: 'Forwarded from Russia Today\nHow many Chinese died in the war with Japan?', answered: true, exactClaimIds: CHINA_TOLLS, note: 'the "Forwarded from" line is no part of the question' },
  { question: 'Forwarded from China Daily\nXi: China will "unswervingly deepen" its strategic relationship with Russia\n\ndid he actually say this?', answered: true, expectClaimIds: ['jointstmt-xi-unswervingly-deepen'] },
  { question: 'https://t.me/rian_ru/254312 how many soviet citizens were killed in ww2?', answered: true, exactClaimIds: SOVIET_TOLLS, note: 'a t.me link before the question' },
  { question: 'what was discussed over tea? https://www.rt.com/russia/617001-putin-xi-talks/', answered: true, expectClaimIds: ['jointstmt-talks-format', 'jointstmt-discussed-resolving-ukraine-conflict'], note: 'URL after the question; the tea session is where Ukraine came up' },
  { question: '@gif putin xi handshake', answered: false, note: 'an inline query meant for another bot, not a question' },
  { question: '@wiki how many soldiers paraded on red square in june 2020', answered: true, exactClaimIds: [TROOPS_2020], expectFigures: [14_000], note: 'another bot’s @mention before a real question' },
  { question: '> Putin said the Soviet Union lost 27 million lives\n> and China 37 million\nis this right?', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS], note: 'quoted text, then a check: every source on both tolls' },
  { question: '> Xi is among over two dozen global leaders expected to attend\nwho else was going?', answered: true, expectClaimIds: [OTHER_LEADERS], note: '"who else" only makes sense with the quote' },
  { question: 'Forwarded from Ukraine NOW\nZelenskiy says China is supplying Russia with gunpowder. any source for this?', answered: true, exactClaimIds: ['preview-zelenskiy-china-supplies-weapons'] },
  { question: 'Forwarded from Kremlin Pool\nhttps://t.me/kremlinpool/9981\nwhat did the joint statement say about falsifying history', answered: true, expectClaimIds: ['jointstmt-defend-results-of-victory'], expectSources: [SOURCES.jointStatement], note: 'forward line, link line, then the question' },
  { question: 'Forwarded from Daily Memes\nwhat is the capital of Australia', answered: false },

  // ── paraphrases ────────────────────────────────────────────────────────
  { question: 'Why was the 2020 parade postponed?', answered: true, expectClaimIds: [RESCHEDULED_2020], note: 'the claim says the celebrations were moved from 9 May; the parade was held in June' },
  { question: 'Who is going to the Moscow Victory Day parade?', answered: true, expectClaimIds: [LEADERS_COUNT, OTHER_LEADERS] },
  { question: 'What did Xi say when he was in Moscow in May?', answered: true, exactClaimIds: XI_IN_MOSCOW, forbidClaimIds: [...XI_IN_BEIJING, ...XI_IN_2020] },
  { question: 'How many Soviet lives did the war cost?', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'How many victims did China suffer in the Second World War', answered: true, exactClaimIds: CHINA_TOLLS, note: 'no question mark' },
  { question: 'What did the two leaders promise about war memorials?', answered: true, exactClaimIds: ['jointstmt-defend-results-of-victory'], note: 'the joint statement condemns desecration of memorials' },
  { question: 'what did russia and china agree on trade', answered: true, expectClaimIds: ['jointstmt-bilateral-trade'] },
  { question: "Did Putin accept Xi's invitation to come to China?", answered: true, expectClaimIds: ['menafn-putin-accepts-china-invitation'] },
  { question: 'How did Putin describe ties with China on state TV?', answered: true, exactClaimIds: ['preview-putin-national-interests-coincide'], note: '"state TV" for "state television documentary"' },
  { question: "What was on the agenda for Xi's talks in Moscow?", answered: true, expectClaimIds: ['preview-kremlin-telegram-talks-agenda', 'preview-kremlin-talks-strategic-partnership'], expectSources: [SOURCES.preview] },
  { question: 'Which anniversary was Moscow celebrating in 2025?', answered: true, exactClaimIds: ANNIVERSARY_80, expectFigures: [80] },
  { question: 'What anniversary did Xi and Putin mark in 2020?', answered: true, expectClaimIds: ['wwii75-messages-75th-anniversary'], expectFigures: [75], forbidClaimIds: ANNIVERSARY_80 },
  { question: 'What did Xi say about multilateralism?', answered: true, exactClaimIds: ['wwii75-xi-multilateralism'] },
  { question: 'What did Xi say about the UN Security Council?', answered: true, exactClaimIds: ['pw-xi-major-victor-states', 'wwii75-xi-unsc-permanent-members'], note: 'Beijing 2025 and the 2020 messages both mention the UNSC' },
  { question: "How did Putin respond to Zelenskiy's demand for a 30-day truce?", answered: true, expectClaimIds: ['preview-putin-rejects-short-term-ceasefire'], note: 'the article says Putin rejected "a short-term ceasefire" right after Zelenskiy asked for 30 days; it does not say which proposal he meant' },
  { question: 'Where in Moscow did Putin and Xi hold their talks?', answered: true, expectClaimIds: ['jointstmt-talks-in-kremlin'] },
  { question: 'What did Putin say about Russia and China fighting side by side?', answered: true, expectClaimIds: ['wwii75-putin-comrades-in-arms'], note: '"side by side" for "comrades-in-arms"' },
  { question: "Which leader's visit did Russia call the most important?", answered: true, exactClaimIds: ['jointstmt-russia-xi-most-important-visit'] },
  { question: 'What did Putin say about the Chinese army?', answered: true, exactClaimIds: ['pw-putin-pla-usual-brilliance'], note: '"Chinese army" for "People’s Liberation Army"' },
  { question: 'What restrictions were there at the 2020 parade?', answered: true, expectClaimIds: ['wwii75-red-square-access-limited'] },
  { question: 'What did Xi say in Russia?', answered: true, exactClaimIds: XI_IN_MOSCOW, forbidClaimIds: XI_IN_BEIJING, note: 'country for the city' },
  { question: 'Which source says 15-20 million Chinese died?', answered: true, exactClaimIds: ['pw-china-toll-15-20m'], expectSources: [SOURCES.purewilayah] },
  { question: 'where does the 37 million figure come from?', answered: true, exactClaimIds: ['menafn-putin-china-toll-37m'], expectSources: [SOURCES.menafn] },
  { question: 'What did Putin say about preventing wars?', answered: true, exactClaimIds: ['wwii75-putin-prevent-war'] },
  { question: 'How does Russia mark May 9?', answered: true, expectClaimIds: ['preview-may-9-national-pride'] },
  { question: 'What did the joint statement say about sovereignty?', answered: true, expectClaimIds: ['jointstmt-mutual-support-sovereignty', 'jointstmt-china-supports-russia-sovereignty'] },
  { question: 'What did Xi and Putin say about historical truth?', answered: true, expectClaimIds: ['menafn-putin-preserving-wwii-truth', 'pw-xi-safeguarding-historic-truth'] },

  // ── typos, all-lowercase, keywords ─────────────────────────────────────
  { question: 'how many soveit peopel died in ww2', answered: true, exactClaimIds: SOVIET_TOLLS, note: 'typos' },
  { question: 'waht did zelenksy say about the truce', answered: true, exactClaimIds: [ZELENSKIY_TRUCE], note: 'typos' },
  { question: 'how mnay leaders went to moscow for victory day', answered: true, exactClaimIds: [LEADERS_COUNT], note: 'typo' },
  { question: 'putin xi beijing meeting date', answered: true, expectClaimIds: ['pw-putin-xi-meeting-beijing'], forbidClaimIds: ['menafn-putin-xi-meeting-moscow'] },
  { question: 'when did xi and putin meet at the kremlin', answered: true, expectClaimIds: ['menafn-putin-xi-meeting-moscow'], forbidClaimIds: ['pw-putin-xi-meeting-beijing'], note: 'the Kremlin is in Moscow' },
  { question: 'chinese ww2 dead accordng to putin', answered: true, exactClaimIds: ['menafn-putin-china-toll-37m'], note: 'typo' },
  { question: 'wat did the kremlin say on telegram', answered: true, exactClaimIds: ['preview-kremlin-telegram-talks-agenda'] },
  { question: 'how many ppl died in the ussr in world war 2', answered: true, exactClaimIds: SOVIET_TOLLS },

  // ── clauses ────────────────────────────────────────────────────────────
  { question: 'Besides Xi, who was expected in Moscow?', answered: true, expectClaimIds: [OTHER_LEADERS] },
  { question: 'How many Chinese died in WWII? Do other sources agree?', answered: true, exactClaimIds: CHINA_TOLLS, note: 'the follow-up asks for every source, which the answer gives anyway' },
  { question: "What happened with Putin's truce?", answered: true, expectClaimIds: [PUTIN_CEASEFIRE, ZELENSKIY_TRUCE], note: '"truce" for "ceasefire"; Zelenskiy’s reply is what happened' },
  { question: 'What did Putin say when he was in Beijing?', answered: true, exactClaimIds: PUTIN_IN_BEIJING, forbidClaimIds: XI_IN_BEIJING },
  { question: 'What did Xi say when Putin came to China?', answered: true, exactClaimIds: XI_IN_BEIJING, forbidClaimIds: PUTIN_IN_BEIJING },
  { question: 'Apart from the death tolls, what else did Putin say in Moscow?', answered: true, expectClaimIds: ['menafn-putin-sacrifices-never-forgotten', 'menafn-putin-dear-friend-sacred-holiday'], forbidClaimIds: PUTIN_IN_BEIJING },
  { question: 'Other than Brazil and Serbia, who sent a leader to Moscow?', answered: true, expectClaimIds: [OTHER_LEADERS], note: 'Slovakia (its Prime Minister)' },
  { question: 'do other sources agree?', answered: false, note: 'a follow-up with nothing before it' },

  // ── two questions in one ───────────────────────────────────────────────
  { question: 'How many Chinese died in WWII and what did Xi say in Moscow?', answered: true, expectClaimIds: [...CHINA_TOLLS, ...XI_IN_MOSCOW], note: 'union of both answers' },
  { question: 'how long did the talks last and what did they sign?', answered: true, expectClaimIds: [TALKS_7H, 'jointstmt-cooperation-agreements-signed'] },
  { question: 'When was Putin in Beijing? And what did he say there?', answered: true, expectClaimIds: ['pw-putin-xi-meeting-beijing', ...PUTIN_IN_BEIJING], forbidClaimIds: ['menafn-putin-xi-meeting-moscow'] },
  { question: 'How many troops were in the 2020 parade and why was it moved?', answered: true, expectClaimIds: [TROOPS_2020, RESCHEDULED_2020] },
  { question: 'What did Zelenskiy accuse China of, and does China back the sanctions?', answered: true, expectClaimIds: ['preview-zelenskiy-china-supplies-weapons', 'menafn-china-refuses-western-sanctions'] },
  { question: 'how many soviets died in ww2, and how many chinese?', answered: true, exactClaimIds: [...SOVIET_TOLLS, ...CHINA_TOLLS] },

  // ── yes/no checks of the user's own claim ──────────────────────────────
  { question: 'Did Putin say 37 million Chinese died?', answered: true, expectClaimIds: ['menafn-putin-china-toll-37m'], expectFigures: [37_000_000] },
  { question: 'Is it true 29 leaders came?', answered: true, expectClaimIds: [LEADERS_COUNT], note: 'the source says "over two dozen", which neither confirms nor denies 29' },
  { question: 'Did the Soviet Union really lose 27 million people?', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'Did Xi and Putin talk for 7 hours?', answered: true, exactClaimIds: [TALKS_7H] },
  { question: 'Is it true that 20,000 troops marched on Red Square in 2020?', answered: true, exactClaimIds: [TROOPS_2020], expectFigures: [14_000], note: 'wrong number in the question; the source says 14,000' },
  { question: "Did Russia support Taiwan's independence?", answered: true, exactClaimIds: ['jointstmt-russia-one-china-taiwan'], note: 'the answer is the opposite: Russia rejected it' },
  { question: "Did Zelensky accept Putin's ceasefire?", answered: true, expectClaimIds: [ZELENSKIY_TRUCE] },
  { question: 'Did Putin go to the parade in Beijing?', answered: true, expectClaimIds: ['pw-meeting-ahead-of-parade'], note: 'the source reports the meeting ahead of the parade, not his attendance' },
  { question: 'Is it true that China is sending weapons to Russia?', answered: true, expectClaimIds: ['preview-zelenskiy-china-supplies-weapons'], note: 'only as Zelenskiy’s accusation' },
  { question: 'Did Xi really call Putin his dear friend?', answered: true, expectClaimIds: ['menafn-putin-dear-friend-sacred-holiday'], note: 'the user has it backwards: Putin called Xi his dear friend' },

  // ── near misses: close, but not an answer ──────────────────────────────
  { question: 'How many Soviet soldiers died in WWII?', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'the sources give military and civilian deaths together (or undistinguished), never soldiers alone' },
  { question: 'how many red army soldiers were killed in ww2', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'soldiers only' },
  { question: 'How many Chinese soldiers died fighting Japan?', answered: false, expectRelatedIds: CHINA_TOLLS, note: 'soldiers only; pw-china-toll-15-20m counts soldiers and civilians together. NB the existing set answers "Chinese civilian deaths in WWII" with that claim' },
  { question: 'How many Soviet civilians died in WWII?', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'civilians only' },
  { question: 'How many troops marched in the 2025 Victory Day parade?', answered: false, expectRelatedIds: [TROOPS_2020], note: 'the troop count is for June 2020' },
  { question: 'What did Xi say in Moscow in 2015?', answered: false, expectRelatedIds: XI_IN_MOSCOW, note: 'a different year' },
  { question: 'What did Putin say in Shanghai?', answered: false, note: 'a different place in China' },
  { question: 'How long did Putin and Xi meet in Beijing?', answered: false, expectRelatedIds: [TALKS_7H], note: 'the seven hours were in Moscow' },
  { question: 'How many leaders went to the Beijing parade?', answered: false, expectRelatedIds: [LEADERS_COUNT], note: 'the leader count is for Moscow' },
  { question: 'How many Ukrainians died in WWII?', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'Ukraine was part of the USSR, but no source gives a Ukrainian figure' },
  { question: 'How many tanks were in the 2020 Red Square parade?', answered: false, expectRelatedIds: [TROOPS_2020], note: 'wrong unit: tanks took part, but only troops are counted' },
  { question: 'How many tonnes of gunpowder did China send Russia?', answered: false, expectRelatedIds: ['preview-zelenskiy-china-supplies-weapons'], note: 'no quantity given' },
  { question: 'How much is trade between Russia and China worth?', answered: false, expectRelatedIds: ['jointstmt-bilateral-trade'], note: 'no trade figure' },
  { question: 'Why was the 2021 parade postponed?', answered: false, expectRelatedIds: [RESCHEDULED_2020], note: 'a different year' },
  { question: 'How many Japanese soldiers died in China?', answered: false, note: 'a different country’s deaths' },
  { question: 'How many Americans died in the Pacific War?', answered: false },
  { question: 'how many soviets died in the winter war', answered: false, note: 'a different war (1939–40)' },
  { question: 'How many Chinese died in the Opium Wars?', answered: false },
  { question: 'What did Stalin say about China?', answered: false, note: 'a different speaker' },
  { question: 'What did Biden say about the Moscow parade?', answered: false },
  { question: 'What did Macron say about Xi going to Moscow?', answered: false },
  { question: 'What did Putin say to Kim Jong Un?', answered: false },
  { question: 'How many Soviets died in WWII according to Xi?', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'Xi gave no figure' },
  { question: 'What did Putin say at the Victory Day parade in 2024?', answered: false },
  { question: 'How many Chinese died in the Korean war according to Putin?', answered: false, note: 'right speaker, wrong war' },

  // ── plain negatives ────────────────────────────────────────────────────
  { question: 'who won the world cup in 2022', answered: false },
  { question: "what's the weather like in beijing tomorrow?", answered: false },
  { question: 'man utd score?? ⚽', answered: false },
  { question: 'how do i make dumplings', answered: false },
  { question: 'tell me a joke lol', answered: false },
  { question: 'hey bot how are you doing today? 😊', answered: false },
  { question: 'ok thanks!', answered: false },
  { question: '👍', answered: false },
  { question: 'Who is the president of France?', answered: false },
  { question: 'recommend a good ww2 movie pls', answered: false, note: 'about WWII, but not a question of fact' },
  { question: "what's the ruble to yuan rate?", answered: false },

  // ── not English (for now) ──────────────────────────────────────────────
  { question: 'Сколько китайцев погибло во Второй мировой войне?', answered: false, note: 'Russian: the bot answers in English only for now' },
  { question: 'Что сказал Си Цзиньпин в Москве?', answered: false, note: 'Russian' },
  { question: '二战中有多少中国人死亡？', answered: false, note: 'Chinese' },
  { question: '普京在北京说了什么？', answered: false, note: 'Chinese' },
];
