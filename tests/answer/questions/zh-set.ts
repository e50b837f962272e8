/**
 * Chinese questions, as Chinese speakers type them on Telegram: no spaces,
 * colloquial (习大大, 讲了啥), short forms (二战, 苏联, 抗战), Latin names inside
 * a Chinese sentence, figures written the Chinese way (3700万). Written from
 * the articles and the claims, not translated from the English sets. Each
 * answered question expects the claims its English equivalent gets.
 *
 * ZH_DEV may be tuned on; ZH_HELD_OUT may not (run it to measure only).
 */
import type { QuestionCase } from '../question-set';
import { CHINA_TOLLS, SOVIET_TOLLS, XI_IN_MOSCOW, XI_IN_BEIJING, PUTIN_IN_BEIJING, PUTIN_IN_2020, PUTIN_SACRIFICES, ANNIVERSARY_80, LEADERS_COUNT, OTHER_LEADERS, TALKS_7H, TROOPS_2020, RESCHEDULED_2020, PUTIN_CEASEFIRE, ZELENSKIY_TRUCE } from './claim-groups';

/**
 * The second batch, written before any tuning on it, for the kinds the first
 * underrepresents: comparisons (更多, 比…多), the user's own claim to judge
 * (对吗, 是真的吗), soldiers or civilians alone, questions the articles do not
 * answer, two questions in one message, forwards, particles (吗, 呢, 啊) and
 * Latin words inside a Chinese sentence.
 */
export const ZH_DEV_BATCH_2: readonly QuestionCase[] = [
  { question: '中国和苏联谁的死亡人数更多', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS], expectComparison: 'more' },
  { question: '二战中苏联死了多少人？', answered: true, exactClaimIds: SOVIET_TOLLS, note: '"二战中" + "苏联", not "中苏": found trying the bot as a user, after the second batch' },
  { question: '二战中苏联比中国死的人多吗？', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS], expectComparison: 'more', note: 'the user claims the order' },
  { question: '普京说中国死了3700万，对吗', answered: true, expectClaimIds: ['menafn-putin-china-toll-37m'], expectCheck: 'supported' },
  { question: '听说中国在二战死了5000万人，是真的吗', answered: true, exactClaimIds: CHINA_TOLLS, expectCheck: 'contradicted' },
  { question: '14000名军人参加了2020年红场阅兵吗', answered: true, exactClaimIds: [TROOPS_2020], expectCheck: 'supported' },
  { question: '请问普京和习近平在克宫谈了几个小时啊', answered: true, exactClaimIds: [TALKS_7H], expectFigures: [7] },
  { question: '二战苏联死了多少士兵呢', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'soldiers only' },
  { question: '抗战时期中国平民死了多少啊', answered: false, expectRelatedIds: CHINA_TOLLS, note: 'civilians only' },
  { question: '习近平哪天去的莫斯科？普京在北京说了什么？', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10', ...PUTIN_IN_BEIJING] },
  { question: '转发：普京说我们的祖先为和平和自由付出了巨大的代价。这是真的吗？', answered: true, expectClaimIds: ['pw-putin-ancestors-huge-price'], note: 'a forwarded quote to check' },
  { question: 'Putin对neo-Nazism说了什么', answered: true, expectClaimIds: ['menafn-putin-confronting-neo-nazism'], note: 'Latin words inside a Chinese sentence' },
  { question: '习近平在Moscow说了啥呢', answered: true, exactClaimIds: XI_IN_MOSCOW },
  { question: '泽连斯基要求停火30天是真的吗', answered: true, exactClaimIds: [ZELENSKIY_TRUCE] },
  { question: '普京的女儿是谁', answered: false, note: 'not in the articles' },
  { question: '阅兵门票多少钱', answered: false, note: 'not in the articles' },
];

/** The second held-out batch, written with ZH_DEV_BATCH_2 and never tuned on. */
export const ZH_HELD_OUT_BATCH_2: readonly QuestionCase[] = [
  { question: '苏联和中国，哪个国家在二战中牺牲的人更多？', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS], expectComparison: 'more' },
  { question: '中国死的人比苏联少吗', answered: true, exactClaimIds: [...CHINA_TOLLS, ...SOVIET_TOLLS], expectComparison: 'less' },
  { question: '按照普京的说法，中国死的人比苏联多吗', answered: true, expectClaimIds: ['menafn-putin-soviet-toll-27m', 'menafn-putin-china-toll-37m'], expectComparison: 'more' },
  { question: '苏联在二战中死了4000万人吗', answered: true, exactClaimIds: SOVIET_TOLLS, expectCheck: 'contradicted' },
  { question: '普京和习近平会谈超过5个小时吗', answered: true, exactClaimIds: [TALKS_7H], expectCheck: 'supported', note: 'more than seven hours is more than five' },
  { question: '习近平说过要坚定不移地深化与俄罗斯的关系吗', answered: true, expectClaimIds: ['jointstmt-xi-unswervingly-deepen'] },
  { question: '普京啥时候去的北京啊', answered: true, expectClaimIds: ['pw-putin-xi-meeting-beijing'] },
  { question: '二战中国阵亡了多少军人', answered: false, expectRelatedIds: CHINA_TOLLS, note: 'soldiers only' },
  { question: '苏联老百姓在战争中死了多少', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'civilians only' },
  { question: '普京执政几年了？他对中国军队怎么评价？', answered: true, expectClaimIds: ['preview-putin-25-years-in-office', 'pw-putin-pla-usual-brilliance'] },
  { question: '转发自 央视新闻\n习近平和普京在莫斯科签署了一系列合作文件，具体是什么', answered: true, expectClaimIds: ['jointstmt-cooperation-agreements-signed'] },
  { question: 'Zelensky指责中国什么', answered: true, expectClaimIds: ['preview-zelenskiy-china-supplies-weapons'] },
  { question: '习近平称中俄是二战的主要战胜国吗', answered: true, expectClaimIds: ['pw-xi-major-victor-states'] },
  { question: '2024年奥运会在哪里举办', answered: false },
  { question: '朝鲜战争中国死了多少人', answered: false, note: 'another war' },
];

export const ZH_DEV: readonly QuestionCase[] = [
  // ── figures ────────────────────────────────────────────────────────────
  { question: '二战里中国死了多少人', answered: true, exactClaimIds: CHINA_TOLLS, expectFigures: [37_000_000, 15_000_000, 20_000_000] },
  { question: '苏联在二战中死了多少人', answered: true, exactClaimIds: SOVIET_TOLLS, expectFigures: [27_000_000] },
  { question: '卫国战争苏联牺牲了多少人？', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: '抗日战争中国死了多少人', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: '2020年红场阅兵有多少军人参加', answered: true, exactClaimIds: [TROOPS_2020], expectFigures: [14_000] },
  { question: '有多少外国领导人去莫斯科参加胜利日？', answered: true, exactClaimIds: [LEADERS_COUNT], expectFigures: [24] },
  { question: '普京和习近平会谈了多长时间', answered: true, exactClaimIds: [TALKS_7H], expectFigures: [7] },
  { question: '2025年莫斯科纪念的是几周年', answered: true, exactClaimIds: ANNIVERSARY_80, expectFigures: [80] },
  { question: '普京执政多少年了', answered: true, exactClaimIds: ['preview-putin-25-years-in-office'], expectFigures: [25] },
  { question: '根据普京的说法，苏联死了多少人', answered: true, expectClaimIds: ['menafn-putin-soviet-toll-27m'] },
  { question: '普京说中国死了多少人', answered: true, exactClaimIds: ['menafn-putin-china-toll-37m'], note: 'added after the first tuning round' },
  { question: '中国人民在抗战中伤亡多少', answered: true, exactClaimIds: CHINA_TOLLS, note: '伤亡: casualties; added after the first tuning round' },

  // ── what someone said ──────────────────────────────────────────────────
  { question: '普京在北京都说了些什么', answered: true, exactClaimIds: PUTIN_IN_BEIJING, forbidClaimIds: XI_IN_BEIJING },
  { question: '习近平在莫斯科说了什么', answered: true, exactClaimIds: XI_IN_MOSCOW, forbidClaimIds: XI_IN_BEIJING },
  { question: '习大大在莫斯科讲了啥', answered: true, exactClaimIds: XI_IN_MOSCOW, note: 'colloquial name and verb' },
  { question: 'Putin在北京说了啥', answered: true, exactClaimIds: PUTIN_IN_BEIJING, note: 'a Latin name inside a Chinese sentence' },
  { question: 'What did 习近平 say in Moscow?', answered: true, exactClaimIds: XI_IN_MOSCOW, note: 'a Chinese name inside an English question; added after the first tuning round' },
  { question: '习近平访问莫斯科期间说了什么', answered: true, exactClaimIds: XI_IN_MOSCOW, note: '期间 "during" after what it is about; added after the first tuning round' },
  { question: '二战中国死了多少平民', answered: false, expectRelatedIds: CHINA_TOLLS, note: 'civilians only; added after the first tuning round' },
  { question: '普京对新纳粹主义怎么说？', answered: true, expectClaimIds: ['menafn-putin-confronting-neo-nazism'] },
  { question: '2020年习近平关于联合国说了什么', answered: true, exactClaimIds: ['wwii75-xi-unsc-permanent-members'], forbidClaimIds: ['pw-xi-major-victor-states'] },
  { question: '泽连斯基对停火说了什么', answered: true, exactClaimIds: [ZELENSKIY_TRUCE] },
  { question: '普京关于中俄两国的牺牲说了什么', answered: true, expectClaimIds: PUTIN_SACRIFICES, forbidClaimIds: ['menafn-xi-enormous-losses', 'wwii75-xi-sacrifices-and-contributions'] },
  { question: '习近平谈多边主义', answered: true, exactClaimIds: ['wwii75-xi-multilateralism'] },
  { question: '普京怎么评价中国人民解放军', answered: true, exactClaimIds: ['pw-putin-pla-usual-brilliance'] },
  { question: '2020年普京给习近平的贺电说了什么', answered: true, exactClaimIds: PUTIN_IN_2020 },
  { question: '联合声明关于台湾说了什么', answered: true, exactClaimIds: ['jointstmt-russia-one-china-taiwan'] },
  { question: '泽连斯基指责中国什么？', answered: true, expectClaimIds: ['preview-zelenskiy-china-supplies-weapons'] },

  // ── when, why, what happened ───────────────────────────────────────────
  { question: '习近平访俄的日期是？', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'] },
  { question: '谁提议在胜利日停火？', answered: true, expectClaimIds: [PUTIN_CEASEFIRE] },
  { question: '2020年的胜利日庆典为什么推迟了？', answered: true, expectClaimIds: [RESCHEDULED_2020] },
  { question: '普京和习近平喝茶时谈了什么', answered: true, expectClaimIds: ['jointstmt-talks-format'] },
  { question: '普京和习近平讨论乌克兰问题了吗', answered: true, expectClaimIds: ['jointstmt-discussed-resolving-ukraine-conflict'] },
  { question: '普京习近平北京会晤日期', answered: true, expectClaimIds: ['pw-putin-xi-meeting-beijing'], forbidClaimIds: ['menafn-putin-xi-meeting-moscow'], note: 'keywords only' },
  { question: '普京和习近平什么时候在克里姆林宫见面的', answered: true, expectClaimIds: ['menafn-putin-xi-meeting-moscow'], forbidClaimIds: ['pw-putin-xi-meeting-beijing'] },
  { question: '习近平和普京交换了贺电吗', answered: true, expectClaimIds: ['wwii75-messages-75th-anniversary'], note: 'added after the first tuning round' },
  { question: '克里姆林宫在Telegram上说了什么', answered: true, exactClaimIds: ['preview-kremlin-telegram-talks-agenda'], note: 'a Latin word inside Chinese; added after the first tuning round' },
  { question: '普京和习近平在莫斯科签署了什么', answered: true, expectClaimIds: ['jointstmt-cooperation-agreements-signed'] },

  // ── yes/no checks ──────────────────────────────────────────────────────
  { question: '普京说中国在二战中死了3700万人，是真的吗？', answered: true, expectClaimIds: ['menafn-putin-china-toll-37m'], expectFigures: [37_000_000] },
  { question: '苏联真的损失了2700万人吗', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: '中国支持西方对俄罗斯的制裁吗？', answered: true, exactClaimIds: ['menafn-china-refuses-western-sanctions'] },

  // ── two questions ──────────────────────────────────────────────────────
  { question: '二战中国死了多少人？习近平在莫斯科说了什么？', answered: true, expectClaimIds: [...CHINA_TOLLS, ...XI_IN_MOSCOW] },

  // ── near misses ────────────────────────────────────────────────────────
  { question: '二战中有多少苏联士兵阵亡？', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'soldiers only' },
  { question: '苏联平民在二战中死了多少', answered: false, expectRelatedIds: SOVIET_TOLLS, note: 'civilians only' },
  { question: '习近平2015年在莫斯科说了什么', answered: false, expectRelatedIds: XI_IN_MOSCOW, note: 'another year' },
  { question: '2020年红场阅兵有多少辆坦克', answered: false, expectRelatedIds: [TROOPS_2020], note: 'only troops are counted' },
  { question: '二战中乌克兰死了多少人', answered: false, expectRelatedIds: SOVIET_TOLLS },

  // ── negatives ──────────────────────────────────────────────────────────
  { question: '斯大林对中国说过什么', answered: false },
  { question: '2022年世界杯谁赢了', answered: false },
  { question: '北京明天天气怎么样', answered: false },
  { question: '你好', answered: false },
  ...ZH_DEV_BATCH_2,
];

export const ZH_HELD_OUT: readonly QuestionCase[] = [
  { question: '习近平是什么时候去的莫斯科', answered: true, expectClaimIds: ['preview-xi-visit-may-7-10'] },
  { question: '中国在第二次世界大战中牺牲了多少人', answered: true, exactClaimIds: CHINA_TOLLS },
  { question: '普京五月在莫斯科说了什么', answered: true, expectClaimIds: ['menafn-putin-sacrifices-never-forgotten'], forbidClaimIds: PUTIN_IN_BEIJING },
  { question: '普京来中国的时候习近平说了什么', answered: true, exactClaimIds: XI_IN_BEIJING, forbidClaimIds: PUTIN_IN_BEIJING },
  { question: '克里姆林宫的会谈持续了多久', answered: true, exactClaimIds: [TALKS_7H] },
  { question: '2020年6月红场阅兵有多少军人', answered: true, exactClaimIds: [TROOPS_2020], expectFigures: [14_000] },
  { question: '除了习近平还有谁去了莫斯科', answered: true, expectClaimIds: [OTHER_LEADERS] },
  { question: '联合声明在主权问题上怎么说', answered: true, expectClaimIds: ['jointstmt-mutual-support-sovereignty', 'jointstmt-china-supports-russia-sovereignty'] },
  { question: '普京和习近平谈了7个小时是真的吗', answered: true, exactClaimIds: [TALKS_7H] },
  { question: '2700万这个数字是哪来的', answered: true, exactClaimIds: SOVIET_TOLLS },
  { question: '普京谈防止战争', answered: true, exactClaimIds: ['wwii75-putin-prevent-war'] },
  { question: '普京说中俄是战友吗', answered: true, expectClaimIds: ['wwii75-putin-comrades-in-arms'] },
  { question: '中国真的在给俄罗斯提供武器吗', answered: true, expectClaimIds: ['preview-zelenskiy-china-supplies-weapons'] },
  { question: '习近平2020年说要和俄罗斯加强什么', answered: true, expectClaimIds: ['wwii75-xi-deeper-strategic-coordination'] },
  { question: '普京称习近平为什么', answered: true, expectClaimIds: ['menafn-putin-dear-friend-sacred-holiday'], note: 'what Putin called Xi' },
  { question: '抗日战争中中国军人死了多少', answered: false, expectRelatedIds: CHINA_TOLLS, note: 'soldiers only' },
  { question: '2025年胜利日阅兵有多少士兵', answered: false, expectRelatedIds: [TROOPS_2020], note: 'the count is for 2020' },
  { question: '有多少领导人参加了北京阅兵', answered: false, expectRelatedIds: [LEADERS_COUNT], note: 'the count is for Moscow' },
  { question: '拜登对莫斯科阅兵说了什么', answered: false },
  { question: '饺子怎么包', answered: false },
  { question: '鸦片战争死了多少中国人', answered: false },
  { question: '普京在上海说了什么', answered: false },
  ...ZH_HELD_OUT_BATCH_2,
];
