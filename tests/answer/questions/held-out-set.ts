/**
 * Held-out questions: the same mix as dev-set.ts, written the same way (from
 * the articles and claims only). Never tune the engine on these: run them to
 * measure, not to fix one by one.
 */
import type { QuestionCase } from '../question-set';
import { CHINA_TOLLS, SOVIET_TOLLS, XI_IN_MOSCOW, XI_IN_BEIJING, XI_IN_2020, PUTIN_IN_BEIJING, PUTIN_IN_2020, LEADERS_COUNT, OTHER_LEADERS, TALKS_7H, TROOPS_2020, RESCHEDULED_2020, SOURCES } from './claim-groups';

export const HELD_OUT_SET: readonly QuestionCase[] = [
  // ── chatty wrapping ────────────────────────────────────────────────────
  { question: 'hiya, what did putin say about neo nazis? cheers', answered: true, expectClaimIds: ['menafn-putin-confronting-neo-nazism'], note: '"neo nazis" without the hyphen' },
  { question: 'Quick one for my essay: how many people did China lose in WW2?', answered: true, exactClaimIds: CHINA_TOLLS, expectFigures: [37_000_000, 15_000_000, 20_000_000] },
  { question: 'soviet union ww2 losses pls 🙏', answered: true, exactClaimIds: SOVIET_TOLLS, expectFigures: [27_000_000] },
  { question: '_how many hours_ were xi and putin in talks?', answered: true, exactClaimIds: [TALKS_7H], expectFigures: [7], note: 'italic markdown' },
  { question: 'is it true putin thanked xi for coming to the sacred holiday', answered: true, expectClaimIds: ['menafn-putin-dear-friend-sacred-holiday'] },
  { question: 'What did Putin say about historical truth? ty!', answered: true, expectClaimIds: ['menafn-putin-preserving-wwii-truth'], forbidClaimIds: ['pw-xi-safeguarding-historic-truth'] },
  { question: 'good evening :) what dates was Xi in Moscow?', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'], expectFigures: [7, 10] },
  { question: 'how many world leaders r expected in moscow 4 the 80th anniversary', answered: true, exactClaimIds: [LEADERS_COUNT], expectFigures: [24], note: 'text-speak' },

  // ── pasted forwards, links, mentions, quotes ───────────────────────────
  { question: 'Forwarded from Kremlin News\nWhen does Xi arrive in Russia?', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'] },
  { question: 'https://t.me/s/bbcrussian/77881\nwhat did zelensky say about foreign guests in moscow', answered: true, exactClaimIds: ['preview-zelenskiy-dignitaries-safety-warning'], note: '"foreign guests" for "foreign dignitaries"' },
  { question: '> Our ancestors, our fathers and grandfathers have paid a huge price for peace and freedom\nwho said this?', answered: true, exactClaimIds: ['pw-putin-ancestors-huge-price'] },
  { question: '@like who said russia and china have a no limits friendship', answered: true, expectClaimIds: ['menafn-no-limits-partnership'], note: 'another bot’s @mention; "friendship" for "relationship"' },
  { question: 'Forwarded from Sputnik\nhow many soviet lives were lost in ww2', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'Xi says Russia and China are major victor states of WWII https://t.me/xinhua_news/40417 when did he say that?', answered: true, expectClaimIds: ['pw-xi-major-victor-states'], note: 'a link in the middle of the message' },
  { question: 'Forwarded from Crypto Signals\nwhen moon? 🚀', answered: false },

  // ── paraphrases ────────────────────────────────────────────────────────
  { question: 'What did Xi tell Putin in their 2020 messages?', answered: true, exactClaimIds: XI_IN_2020, forbidClaimIds: XI_IN_MOSCOW },
  { question: 'What did Putin write to Xi in 2020?', answered: true, exactClaimIds: PUTIN_IN_2020 },
  { question: 'Did covid push back the Victory Day celebrations in 2020?', answered: true, exactClaimIds: ['wwii75-celebrations-rescheduled-covid'] },
  { question: 'How many soldiers paraded in Moscow in June 2020', answered: true, exactClaimIds: [TROOPS_2020], expectFigures: [14_000] },
  { question: 'what did xi say about being victor states in ww2', answered: true, exactClaimIds: ['pw-xi-major-victor-states'] },
  { question: 'Who else went to Moscow apart from Xi?', answered: true, expectClaimIds: [OTHER_LEADERS] },
  { question: 'What did Putin and Xi sign in Moscow', answered: true, expectClaimIds: ['jointstmt-cooperation-agreements-signed'] },
  { question: 'How many years since Putin first took power?', answered: true, exactClaimIds: ['preview-putin-25-years-in-office'], expectFigures: [25] },
  { question: "What did Putin say about China's parade?", answered: true, expectClaimIds: ['pw-putin-pla-usual-brilliance'] },
  { question: 'why did the russians and chinese win the war according to putin', answered: true, exactClaimIds: ['menafn-putin-credits-communist-parties'] },
  { question: "what's putin's view of relations with china", answered: true, expectClaimIds: ['preview-putin-national-interests-coincide'] },
  { question: 'What did the Kremlin announce about Xi’s visit?', answered: true, expectClaimIds: ['preview-kremlin-xi-to-meet-putin'], expectSources: [SOURCES.preview], note: 'curly apostrophe' },
  { question: 'did putin and xi discuss ending the war in ukraine', answered: true, expectClaimIds: ['jointstmt-discussed-resolving-ukraine-conflict'], note: '"ending the war" for "resolving the conflict"' },
  { question: 'What happened at the Reichstag in 1945?', answered: true, exactClaimIds: ['preview-reichstag-banner-1945'] },
  { question: "What were the dates of Putin's ceasefire offer?", answered: true, exactClaimIds: ['preview-putin-ceasefire-may-8-10'], expectFigures: [8, 10] },
  { question: 'Does the joint statement mention racism?', answered: true, exactClaimIds: ['jointstmt-counteract-nazism'] },
  { question: "What is China's stance on sanctions against Russia?", answered: true, expectClaimIds: ['menafn-china-refuses-western-sanctions'] },
  { question: 'what did xi say in 2020 about strategic coordination with russia', answered: true, exactClaimIds: ['wwii75-xi-deeper-strategic-coordination'] },
  { question: 'Besides trade, what else does the agreement cover?', answered: true, expectClaimIds: ['jointstmt-investment-ties'], note: 'the agreement lists trade and investment' },
  { question: 'What did Xi say in Moscow about the war losses?', answered: true, expectClaimIds: ['menafn-xi-enormous-losses'], forbidClaimIds: XI_IN_BEIJING },
  { question: 'whats the 27 million number from?', answered: true, exactClaimIds: SOVIET_TOLLS, note: 'every source that gives it' },
  { question: 'Tell me about the talks over tea', answered: true, expectClaimIds: ['jointstmt-talks-format'] },
  { question: 'Did Xi say anything about human progress?', answered: true, exactClaimIds: ['menafn-xi-enormous-losses'] },

  // ── clauses ────────────────────────────────────────────────────────────
  { question: "Was Putin's truce accepted by Ukraine?", answered: true, expectClaimIds: ['preview-zelenskiy-30-day-truce'] },
  { question: 'What did Xi say when he hosted Putin?', answered: true, exactClaimIds: XI_IN_BEIJING, forbidClaimIds: XI_IN_MOSCOW, note: 'Xi hosted Putin in Beijing' },
  { question: 'when were putin and xi in the kremlin together', answered: true, expectClaimIds: ['menafn-putin-xi-meeting-moscow'], forbidClaimIds: ['pw-putin-xi-meeting-beijing'] },

  // ── two questions in one ───────────────────────────────────────────────
  { question: 'What did Putin say about the PLA, and when was he in Beijing?', answered: true, expectClaimIds: ['pw-putin-pla-usual-brilliance', 'pw-putin-xi-meeting-beijing'] },
  { question: 'What does the joint statement say about Nazism and Taiwan?', answered: true, expectClaimIds: ['jointstmt-counteract-nazism', 'jointstmt-russia-one-china-taiwan'] },
  { question: 'How many Chinese died in World War II? And what did Putin say in Beijing?', answered: true, expectClaimIds: [...CHINA_TOLLS, ...PUTIN_IN_BEIJING] },

  // ── yes/no checks of the user's own claim ──────────────────────────────
  { question: 'Is it true that 15 million Chinese died?', answered: true, exactClaimIds: CHINA_TOLLS, note: 'a claim to check gets every source' },
  { question: 'Did Putin say 30 million Soviets died?', answered: true, expectClaimIds: ['menafn-putin-soviet-toll-27m'], expectFigures: [27_000_000], note: 'wrong number in the question; Putin said 27 million' },
  { question: 'Did Xi attend the Victory Day parade in Moscow?', answered: true, expectClaimIds: ['pw-xi-attended-moscow-victory-day'] },
  { question: 'Did Zelenskiy accuse China of arming Russia?', answered: true, exactClaimIds: ['preview-zelenskiy-china-supplies-weapons'] },
  { question: 'Did Putin reject a short ceasefire?', answered: true, expectClaimIds: ['preview-putin-rejects-short-term-ceasefire'] },
  { question: 'Did Putin thank Xi for anything?', answered: true, expectClaimIds: ['menafn-putin-dear-friend-sacred-holiday', 'menafn-putin-accepts-china-invitation'] },
  { question: 'Did China and Russia agree to deepen investment?', answered: true, exactClaimIds: ['jointstmt-investment-ties'] },

  // ── near misses: close, but not an answer ──────────────────────────────
  { question: 'How many nationalist soldiers died fighting Japan?', answered: false, expectRelatedIds: ['pw-china-toll-15-20m'], note: 'the 15–20 million counts communist and nationalist soldiers and civilians together' },
  { question: 'How many Soviet POWs died?', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'a subset the sources do not break out' },
  { question: 'How many troops marched in the Beijing parade?', answered: false, expectRelatedIds: [TROOPS_2020], note: 'the troop count is for Moscow, June 2020' },
  { question: 'What did Xi say in Moscow in 2023?', answered: false, expectRelatedIds: XI_IN_MOSCOW, note: 'a different year' },
  { question: 'How many planes flew over Red Square in 2020?', answered: false, expectRelatedIds: [TROOPS_2020], note: 'wrong unit: aircraft took part, but only troops are counted' },
  { question: 'How many billion dollars of investment did Russia and China agree?', answered: false, expectRelatedIds: ['jointstmt-investment-ties'], note: 'no amount given' },
  { question: 'How long did the 2020 talks between Putin and Xi last?', answered: false, expectRelatedIds: [TALKS_7H], note: 'in 2020 they exchanged messages; the seven hours are 2025' },
  { question: 'How many leaders attended the 2020 Victory Day parade?', answered: false, expectRelatedIds: [LEADERS_COUNT], note: 'the leader count is for 2025' },
  { question: 'How many Chinese died in the Nanjing massacre?', answered: false, note: 'one event, not the war total' },
  { question: 'How many British soldiers died in WWII?', answered: false },
  { question: 'How many French died in WWII?', answered: false },
  { question: 'How many Russians died in the Napoleonic Wars?', answered: false },
  { question: 'How many Chinese civilians died in the Cultural Revolution?', answered: false },
  { question: 'What did Churchill say about Soviet losses?', answered: false, note: 'a different speaker' },
  { question: 'What did Trump say about the Victory Day parade?', answered: false },
  { question: 'What did Putin say about the Korean War?', answered: false },

  // ── plain negatives ────────────────────────────────────────────────────
  { question: "what's bitcoin at rn", answered: false },
  { question: 'is it going to rain in moscow on may 9?', answered: false, note: 'Moscow and 9 May, but a weather question' },
  { question: 'Real Madrid vs Barcelona who won', answered: false },
  { question: 'best vpn for russia?', answered: false },
  { question: 'good night bot 😴', answered: false },

  // ── Russian and Chinese (read since issue 12) ──────────────────────────
  { question: 'Сколько советских граждан погибло в войне?', answered: true, exactClaimIds: SOVIET_TOLLS, note: 'Russian: read since issue 12' },
  { question: '习近平什么时候访问莫斯科？', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'], note: 'Chinese: read since issue 12' },

  // ── added in issue 12 (English): synonyms, clauses, scope, user claims ─
  { question: 'how many soviets were killed in the second world war?', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'china ww2 fatalities', answered: true, exactClaimIds: CHINA_TOLLS, note: 'keywords, "fatalities"' },
  { question: 'according to putin, which country suffered more deaths in ww2, russia or china?', answered: true, exactClaimIds: ['menafn-putin-soviet-toll-27m', 'menafn-putin-china-toll-37m'] },
  { question: 'Has China supported western sanctions against Moscow?', answered: true, exactClaimIds: ['menafn-china-refuses-western-sanctions'], note: '"supported" for "back"; Moscow for Russia' },
  { question: 'is it true that 20 million Chinese lost their lives in the war?', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: 'When was Xi travelling to Russia?', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'] },
  { question: "apart from china's president, which leaders were expected at the moscow parade?", answered: true, expectClaimIds: [OTHER_LEADERS] },
  { question: 'how many Chinese soldiers perished in WW2', answered: false, expectRelatedIds: CHINA_TOLLS, note: 'soldiers only' },
  { question: 'how many civilians did the soviet union lose in ww2', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'civilians only' },
  { question: 'Forwarded from History Channel\nChina lost 37 million people in WW2. true?', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: 'what did xi say when he visited putin in may', answered: true, exactClaimIds: XI_IN_MOSCOW },
  { question: 'how many people died in the USSR in ww2? do the sources agree?', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: "who is xi jinping's wife", answered: false },
  { question: "how long was xi's trip to russia and who did he meet", answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'] },
  { question: 'what did zelensky say about the safety of visitors to moscow', answered: true, exactClaimIds: ['preview-zelenskiy-dignitaries-safety-warning'] },
  { question: 'Did the Kremlin expect agreements to be signed?', answered: true, expectClaimIds: ['preview-agreements-expected'] },
  { question: 'which other presidents were going to moscow for may 9', answered: true, expectClaimIds: [OTHER_LEADERS] },
  { question: 'When did Putin head to China?', answered: true, expectClaimIds: ['pw-putin-xi-meeting-beijing'], forbidClaimIds: ['menafn-putin-xi-meeting-moscow'] },
  { question: "what was russia's position on taiwan", answered: true, exactClaimIds: ['jointstmt-russia-one-china-taiwan'] },
  { question: 'how many lives did the soviets lose fighting the nazis', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'is it true putin said 27 million soviet people died?', answered: true, expectClaimIds: ['menafn-putin-soviet-toll-27m'], expectFigures: [27_000_000] },
  { question: 'How many Germans died in WWII?', answered: false },
  { question: 'what deals did putin and xi sign in moscow', answered: true, expectClaimIds: ['jointstmt-cooperation-agreements-signed'] },
  { question: 'why was the 2020 victory day parade delayed', answered: true, expectClaimIds: [RESCHEDULED_2020] },
  { question: 'how many casualties did the soviet army suffer in ww2', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'the army only' },
];
