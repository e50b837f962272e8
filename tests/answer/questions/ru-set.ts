/**
 * Russian questions, as Russian speakers type them on Telegram: chatty, in
 * lower case, with typos, slang ("скока"), abbreviations (ВОВ, СССР, НОАК),
 * names in Cyrillic or Latin ("Xi" inside a Russian sentence), every case of
 * a noun (Москва, в Москве, в Москву, из Москвы). Written from the articles
 * and the claims, not translated from the English sets. Each answered question
 * expects the claims its English equivalent gets.
 *
 * RU_DEV may be tuned on; RU_HELD_OUT may not (run it to measure only).
 */
import type { QuestionCase } from '../question-set';
import { CHINA_TOLLS, SOVIET_TOLLS, XI_IN_MOSCOW, XI_IN_BEIJING, XI_IN_2020, PUTIN_IN_BEIJING, PUTIN_IN_2020, PUTIN_SACRIFICES, ANNIVERSARY_80, LEADERS_COUNT, OTHER_LEADERS, TALKS_7H, TROOPS_2020, RESCHEDULED_2020, PUTIN_CEASEFIRE, ZELENSKIY_TRUCE } from './claim-groups';

/**
 * The second batch, written before any tuning on it, for the kinds the first
 * underrepresents: comparisons, the user's own claim to judge, soldiers or
 * civilians alone, questions the articles do not answer, two questions in one
 * message, forwards, and Latin words inside a Russian sentence.
 */
export const RU_DEV_BATCH_2: readonly QuestionCase[] = [
  { question: 'кто потерял больше людей во второй мировой, СССР или Китай?', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS], expectComparison: 'more' },
  { question: 'у кого было меньше погибших в войне — у китая или у ссср', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS], expectComparison: 'less' },
  { question: 'правда ли, что Китай потерял 50 млн в войну?', answered: true, exactClaimIds: CHINA_TOLLS, expectCheck: 'contradicted' },
  { question: 'путин говорил что в китае погибло 37 млн, это так?', answered: true, expectClaimIds: ['menafn-putin-china-toll-37m'], expectCheck: 'supported' },
  { question: 'а правда что на параде в 2020 было 14 тыс военных?', answered: true, exactClaimIds: [TROOPS_2020], expectCheck: 'supported' },
  { question: 'скажи пожалуйста, сколько часов Путин с Си разговаривали в кремле', answered: true, exactClaimIds: [TALKS_7H], expectFigures: [7] },
  { question: 'скок гражданских китайцев убили японцы', answered: false, expectRelatedIds: CHINA_TOLLS, note: 'civilians only' },
  { question: 'сколько солдат красной армии погибло', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'soldiers only' },
  { question: 'когда си прилетел в москву? и скока дней он там пробыл', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'], note: 'two questions, one date answers both' },
  { question: 'Пересланное сообщение\nПутин: «Жертвы наших народов никогда не должны быть забыты». Это реально он сказал?', answered: true, expectClaimIds: ['menafn-putin-sacrifices-never-forgotten'], note: 'a forwarded quote to check' },
  { question: 'что сказал Putin про neo-nazism?', answered: true, expectClaimIds: ['menafn-putin-confronting-neo-nazism'], note: 'Latin words inside a Russian sentence' },
  { question: 'Xi в москве чё говорил про отношения с россией', answered: true, expectClaimIds: ['jointstmt-xi-unswervingly-deepen'] },
  { question: 'что кремль говорил о переговорах с си', answered: true, expectClaimIds: ['preview-kremlin-talks-strategic-partnership'] },
  { question: 'сколько стоит билет на парад победы', answered: false, note: 'not in the articles' },
  { question: 'что путин сказал про трампа', answered: false, note: 'not in the articles' },
];

/** The second held-out batch, written with RU_DEV_BATCH_2 and never tuned on. */
export const RU_HELD_OUT_BATCH_2: readonly QuestionCase[] = [
  { question: 'Кто больше потерял в ВОВ — Советский Союз или Китай?', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS], expectComparison: 'more' },
  { question: 'правда ли что китайцев погибло больше чем советских людей?', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS], expectComparison: 'more', note: 'the user claims the order' },
  { question: 'Путин сказал что СССР потерял больше чем Китай?', answered: true, expectClaimIds: ['menafn-putin-soviet-toll-27m', 'menafn-putin-china-toll-37m'], expectComparison: 'more', note: 'by Putin’s figures China lost more' },
  { question: 'правда ли что СССР потерял 40 миллионов?', answered: true, exactClaimIds: SOVIET_TOLLS, expectCheck: 'contradicted' },
  { question: 'говорят китай потерял 37 млн человек. правда?', answered: true, exactClaimIds: CHINA_TOLLS, expectFigures: [37_000_000] },
  { question: 'переговоры в кремле шли больше 5 часов?', answered: true, exactClaimIds: [TALKS_7H], expectCheck: 'supported', note: 'more than seven hours is more than five' },
  { question: 'скажите пожалуйста когда путин был в пекине', answered: true, expectClaimIds: ['pw-putin-xi-meeting-beijing'] },
  { question: 'сколько погибло мирных китайцев во второй мировой', answered: false, expectRelatedIds: CHINA_TOLLS, note: 'civilians only' },
  { question: 'сколько советских военных погибло в вов?', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'soldiers only' },
  { question: 'Си приезжал на парад 9 мая? и что он там сказал', answered: true, expectClaimIds: XI_IN_MOSCOW },
  { question: 'Forwarded from ТАСС\nпутин и си подписали кучу соглашений в москве, о чем они?', answered: true, expectClaimIds: ['jointstmt-cooperation-agreements-signed'] },
  { question: 'что Zelensky говорил про китай', answered: true, expectClaimIds: ['preview-zelenskiy-china-supplies-weapons'] },
  { question: 'сколько лет путин у руля', answered: true, exactClaimIds: ['preview-putin-25-years-in-office'] },
  { question: 'кто победил на выборах в сша', answered: false },
  { question: 'сколько китайцев погибло в корейской войне', answered: false, note: 'another war' },
];

export const RU_DEV: readonly QuestionCase[] = [
  // ── figures ────────────────────────────────────────────────────────────
  { question: 'сколько китайцев погибло во второй мировой', answered: true, exactClaimIds: CHINA_TOLLS, expectFigures: [37_000_000, 15_000_000, 20_000_000] },
  { question: 'Привет! Сколько погибших было в СССР во время войны?', answered: true, exactClaimIds: SOVIET_TOLLS, expectFigures: [27_000_000] },
  { question: 'сколько советских людей погибло в вов', answered: true, exactClaimIds: SOVIET_TOLLS, note: 'ВОВ: the Great Patriotic War' },
  { question: 'Скока китайцев погибло во второй мировой??', answered: true, exactClaimIds: CHINA_TOLLS, note: 'slang "скока" for "сколько"' },
  { question: 'Сколько китайцев погибло в войне с Японией?', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: 'сколько часов длились переговоры путина и си', answered: true, exactClaimIds: [TALKS_7H], expectFigures: [7] },
  { question: 'сколько солдат прошло по красной площади на параде 2020 года', answered: true, exactClaimIds: [TROOPS_2020], expectFigures: [14_000] },
  { question: 'Сколько мировых лидеров приехало в Москву на День Победы?', answered: true, exactClaimIds: [LEADERS_COUNT], expectFigures: [24], note: 'accusative "в Москву"' },
  { question: 'какой юбилей отмечала москва в 2025 году', answered: true, exactClaimIds: ANNIVERSARY_80, expectFigures: [80] },
  { question: 'Сколько лет Путин у власти?', answered: true, exactClaimIds: ['preview-putin-25-years-in-office'], expectFigures: [25] },
  { question: 'Сколько человек потерял Советский Союз по словам Путина?', answered: true, expectClaimIds: ['menafn-putin-soviet-toll-27m'] },
  { question: 'какие потери понес СССР во второй мировой', answered: true, exactClaimIds: SOVIET_TOLLS, note: 'added after the first tuning round' },
  { question: 'Сколько длилась встреча Путина и Си в Кремле?', answered: true, exactClaimIds: [TALKS_7H], note: '"сколько длилась": how long; added after the first tuning round' },

  // ── what someone said ──────────────────────────────────────────────────
  { question: 'что Си Цзиньпин говорил в Москве', answered: true, exactClaimIds: XI_IN_MOSCOW, forbidClaimIds: XI_IN_BEIJING },
  { question: 'что путин говорил в пекине', answered: true, exactClaimIds: PUTIN_IN_BEIJING, forbidClaimIds: XI_IN_BEIJING },
  { question: 'Что Xi сказал в Пекине?', answered: true, exactClaimIds: XI_IN_BEIJING, forbidClaimIds: PUTIN_IN_BEIJING, note: 'a Latin name inside a Russian sentence' },
  { question: 'Xi Jinping что сказал в Москве', answered: true, exactClaimIds: XI_IN_MOSCOW, note: 'the name first, in Latin; added after the first tuning round' },
  { question: 'Путин в Пекине что сказал', answered: true, exactClaimIds: PUTIN_IN_BEIJING, note: 'who and where first; added after the first tuning round' },
  { question: 'чё сказал путин в пекине?', answered: true, exactClaimIds: PUTIN_IN_BEIJING, note: 'slang "чё"; added after the first tuning round' },
  { question: 'Что сказал Путин о неонацизме?', answered: true, expectClaimIds: ['menafn-putin-confronting-neo-nazism'] },
  { question: 'что сказал си цзиньпин в 2020 году про ООН', answered: true, exactClaimIds: ['wwii75-xi-unsc-permanent-members'], forbidClaimIds: ['pw-xi-major-victor-states'] },
  { question: 'что зеленский сказал про перемирие', answered: true, exactClaimIds: [ZELENSKIY_TRUCE] },
  { question: 'что путин сказал о жертвах россии и китая', answered: true, expectClaimIds: PUTIN_SACRIFICES, forbidClaimIds: ['menafn-xi-enormous-losses', 'wwii75-xi-sacrifices-and-contributions'] },
  { question: 'что си говорил о многосторонности', answered: true, exactClaimIds: ['wwii75-xi-multilateralism'] },
  { question: 'что сказал путин о китайской армии', answered: true, exactClaimIds: ['pw-putin-pla-usual-brilliance'] },
  { question: 'Что Путин написал Си в 2020 году?', answered: true, exactClaimIds: PUTIN_IN_2020 },
  { question: 'что говорится в совместном заявлении о тайване', answered: true, exactClaimIds: ['jointstmt-russia-one-china-taiwan'] },
  { question: 'В чём Зеленский обвинил Китай?', answered: true, expectClaimIds: ['preview-zelenskiy-china-supplies-weapons'] },

  // ── when, why, what happened ───────────────────────────────────────────
  { question: 'когда Си был в Москве?', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'] },
  { question: 'кто предложил перемирие на день победы', answered: true, expectClaimIds: [PUTIN_CEASEFIRE] },
  { question: 'почему перенесли парад победы в 2020 году', answered: true, expectClaimIds: [RESCHEDULED_2020] },
  { question: 'О чём говорили Путин и Си за чаем?', answered: true, expectClaimIds: ['jointstmt-talks-format'] },
  { question: 'обсуждали ли путин и си украину?', answered: true, expectClaimIds: ['jointstmt-discussed-resolving-ukraine-conflict'] },
  { question: 'путин си встреча пекин дата', answered: true, expectClaimIds: ['pw-putin-xi-meeting-beijing'], forbidClaimIds: ['menafn-putin-xi-meeting-moscow'], note: 'keywords only' },
  { question: 'когда путин и си встречались в кремле', answered: true, expectClaimIds: ['menafn-putin-xi-meeting-moscow'], forbidClaimIds: ['pw-putin-xi-meeting-beijing'] },
  { question: 'Когда Путин и Си обменялись посланиями?', answered: true, expectClaimIds: ['wwii75-messages-75th-anniversary'], note: 'added after the first tuning round' },
  { question: 'что кремль писал в телеграме', answered: true, exactClaimIds: ['preview-kremlin-telegram-talks-agenda'], note: 'added after the first tuning round' },
  { question: 'что подписали путин и си в москве', answered: true, expectClaimIds: ['jointstmt-cooperation-agreements-signed'] },

  // ── yes/no checks ──────────────────────────────────────────────────────
  { question: 'Правда ли, что Путин сказал, что Китай потерял 37 миллионов?', answered: true, expectClaimIds: ['menafn-putin-china-toll-37m'], expectFigures: [37_000_000] },
  { question: 'правда что СССР потерял 27 млн человек?', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'поддержал ли китай западные санкции против россии?', answered: true, exactClaimIds: ['menafn-china-refuses-western-sanctions'] },
  { question: 'правда ли что путин назвал день победы священным праздником', answered: true, expectClaimIds: ['menafn-putin-dear-friend-sacred-holiday'] },

  // ── forwards, two questions ────────────────────────────────────────────
  { question: 'Переслано от РИА Новости\nсколько советских граждан погибло во второй мировой', answered: true, exactClaimIds: SOVIET_TOLLS, note: 'Telegram’s Russian forward header' },
  { question: 'Сколько китайцев погибло и что сказал Си в Москве?', answered: true, expectClaimIds: [...CHINA_TOLLS, ...XI_IN_MOSCOW] },

  // ── near misses ────────────────────────────────────────────────────────
  { question: 'сколько погибло советских солдат во второй мировой', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'soldiers only' },
  { question: 'сколько мирных жителей ссср погибло в войну', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'civilians only' },
  { question: 'Что сказал Си в Москве в 2015 году?', answered: false, expectRelatedIds: XI_IN_MOSCOW, note: 'another year' },
  { question: 'сколько танков было на параде 2020 года на красной площади', answered: false, expectRelatedIds: [TROOPS_2020], note: 'only troops are counted' },
  { question: 'Сколько украинцев погибло во Второй мировой?', answered: false, expectRelatedIds: SOVIET_TOLLS },

  // ── negatives ──────────────────────────────────────────────────────────
  { question: 'Что Сталин говорил о Китае?', answered: false },
  { question: 'кто выиграл чемпионат мира по футболу 2022', answered: false },
  { question: 'какая погода в москве завтра?', answered: false },
  { question: 'привет как дела?', answered: false },
  ...RU_DEV_BATCH_2,
];

export const RU_HELD_OUT: readonly QuestionCase[] = [
  { question: 'сколько советских граждан погибло на войне', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'Сколько жертв понёс Китай во Второй мировой?', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: 'Что Путин заявил в Москве 8 мая?', answered: true, expectClaimIds: ['menafn-putin-sacrifices-never-forgotten'], forbidClaimIds: PUTIN_IN_BEIJING },
  { question: 'что говорил Си Цзиньпин когда Путин приезжал в Китай', answered: true, exactClaimIds: XI_IN_BEIJING, forbidClaimIds: PUTIN_IN_BEIJING },
  { question: 'сколько длились переговоры в кремле?', answered: true, exactClaimIds: [TALKS_7H] },
  { question: 'Когда Си приезжает в Россию?', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'] },
  { question: 'сколько солдат маршировало на параде в июне 2020', answered: true, exactClaimIds: [TROOPS_2020], expectFigures: [14_000] },
  { question: 'Кто ещё кроме Си поехал в Москву?', answered: true, expectClaimIds: [OTHER_LEADERS] },
  { question: 'Что в совместном заявлении сказано о суверенитете?', answered: true, expectClaimIds: ['jointstmt-mutual-support-sovereignty', 'jointstmt-china-supports-russia-sovereignty'] },
  { question: 'что путин сказал про НОАК', answered: true, exactClaimIds: ['pw-putin-pla-usual-brilliance'], note: 'НОАК: the PLA' },
  { question: 'правда ли что путин и си говорили 7 часов', answered: true, exactClaimIds: [TALKS_7H] },
  { question: 'Откуда цифра 27 миллионов?', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: 'Что Путин говорил о предотвращении войн?', answered: true, exactClaimIds: ['wwii75-putin-prevent-war'] },
  { question: 'что путин говорил про дружбу с китаем в 2020', answered: true, expectClaimIds: ['wwii75-putin-comrades-in-arms'] },
  { question: 'Правда ли, что Китай поставляет оружие России?', answered: true, expectClaimIds: ['preview-zelenskiy-china-supplies-weapons'] },
  { question: 'что Си написал Путину в 2020?', answered: true, exactClaimIds: XI_IN_2020, forbidClaimIds: XI_IN_MOSCOW },
  { question: 'Сколько погибло китайских солдат в войне с Японией?', answered: false, expectRelatedIds: CHINA_TOLLS, note: 'soldiers only' },
  { question: 'Сколько солдат прошло на параде победы 2025?', answered: false, expectRelatedIds: [TROOPS_2020], note: 'the count is for 2020' },
  { question: 'Сколько лидеров поехало на парад в Пекине?', answered: false, expectRelatedIds: [LEADERS_COUNT], note: 'the count is for Moscow' },
  { question: 'Что сказал Байден о параде в Москве?', answered: false },
  { question: 'как приготовить пельмени', answered: false },
  { question: 'сколько китайцев погибло в опиумных войнах', answered: false },
  { question: 'что сказал Путин в Шанхае?', answered: false },
  ...RU_HELD_OUT_BATCH_2,
];
