/**
 * The words of a reply's frame, per language: verdicts, judgements, notes,
 * buttons, refusals, and how numbers and dates are written (27 million,
 * 27 млн, 2700万). What the claims themselves say (sentence, topic,
 * qualifiers, unit) comes from the curators' translations in data/, and the
 * passages stay verbatim; these are only the frame around them.
 *
 * One object per language, the same shape for all (ReplyWords), so a
 * missing phrase is a type error, not an English fallback in a Russian reply.
 */
import type { Language } from '../knowledge/knowledge-schema';

export type HedgeWord = 'more' | 'at-least' | 'about' | 'estimated';

/** A translated unit's form by index (one form serves for all; a short list repeats its last). */
function formOf(unit: string | readonly string[], index: number): string {
  if (typeof unit === 'string') return unit;
  return unit[Math.min(index, unit.length - 1)] ?? '';
}

export interface ReplyWords {
  readonly language: Language;
  // ── numbers, dates, units ──────────────────────────────────────────────
  /** "15–20 million", "27 млн", "1500万–2000万"; compact: "15–20M". */
  range(low: number, high: number, compact: boolean): string;
  /** "8 May 2025", "8 мая 2025", "2025年5月8日". */
  date(iso: string): string;
  /** Days of one month: "9 May", "7–10 мая", "5月7–10日". */
  days(low: number, high: number, month: number): string;
  /** A span of dates as a figure: "7–10 May 2025", "7–10 мая 2025", "2025年5月7–10日". */
  daySpan(low: number, high: number, month: number, year: number | null): string;
  hedge(kind: HedgeWord, compact: boolean): string;
  /** How the user hedged a figure: "fewer than ", "at most ". */
  bound(kind: 'more' | 'at-least' | 'about' | 'less' | 'at-most'): string;
  /** A figure with its unit: "37 million deaths"; the unit is the claim's own English noun. */
  withUnit(number: string, unit: string): string;
  /**
   * A figure with a curator's translation of its unit (one form, or Russian's forms after 1, 2–4 and 5 or
   * more), agreeing with `count` (the figure's upper end) and with the hedge before it: "более 24 лидеров", "7小时".
   */
  withTranslatedUnit(number: string, unit: string | readonly string[], count: number, hedge: HedgeWord | null): string;
  // ── who says it ────────────────────────────────────────────────────────
  readonly unnamedOutlet: string;
  unnamedOutlets(n: number): string;
  via(outlet: string): string;
  /** "PUREWILAYAH.COM via RT". */
  republished(outlet: string, origin: string): string;
  sources(n: number): string;
  outletsOrigins(outlets: number, origins: number, shared: string): string;
  // ── verdicts on a topic ────────────────────────────────────────────────
  readonly vs: string;
  /** "; and 4 more": the voices a one-line answer leaves out to stay one line. */
  andMore(n: number): string;
  differ(parts: string): string;
  agree(count: string, figure: string, who: string): string;
  oneSource(figure: string, who: string): string;
  oneSourceSeveral(outlet: string, figures: string): string;
  severalMeasures(count: string, figures: string): string;
  withoutFigure(n: number): string;
  /** "Putin said it, reported by MENAFN alone (8 May 2025)". */
  reportedAlone(speakers: string | null, outlet: string, date: string | null): string;
  reportedBy(speakers: string | null, count: string, outlets: string, oneStory: boolean): string;
  // ── the user's own claim ───────────────────────────────────────────────
  readonly yes: string;
  readonly no: string;
  readonly supported: string;
  readonly contradicted: string;
  sourcesSupport(stated: string, one: boolean): string;
  noSourceGives(stated: string): string;
  notConfirmed(figures: string, stated: string): string;
  dependsOn(stated: string, forIt: string, against: string | null, neither: string | null): string;
  speakerSaid(who: string, said: string): string;
  speakerSaidNot(who: string, said: string, stated: string): string;
  speakerOpen(who: string, said: string, stated: string): string;
  speakerDiffers(who: string, stated: string, said: string): string;
  otherSourcesDiffer(n: number, figures: string): string;
  otherSourcesAgree(n: number, figures: string): string;
  /** `english`: the claim's sentence is shown in English (no curator's translation), and another language's reply says so. */
  reports(verdict: string, where: string, text: string, english: boolean): string;
  reportsOnly(where: string, text: string, english: boolean): string;
  notInThoseWords(closest: string, english: boolean): string;
  // ── comparisons ────────────────────────────────────────────────────────
  byFigures(voice: string): string;
  higherFor(side: 'more' | 'less', winner: string, winnerFigure: string, otherFigure: string, other: string): string;
  aboutTheSame(a: string, aFigure: string, b: string, bFigure: string): string;
  dependsOnSource(phrases: string): string;
  readonly noOtherGivesBoth: string;
  // ── the reply's frame ──────────────────────────────────────────────────
  topicSources(topic: string, n: number): string;
  moreClaims(n: number, button: string): string;
  trimmedClaims(n: number): string;
  readonly more: string;
  omitted(topics: number, claims: number, listed: string): string;
  omittedClaims(claims: number): string;
  narrower(what: string, example: string | undefined): string;
  moreTopicsHint(n: number): string;
  readonly truncated: string;
  nearMiss(missing: string): string;
  readonly and: string;
  readonly or: string;
  missingScope(scopes: string): string;
  missingYear(years: string): string;
  readonly missingMonth: string;
  missingPlace(places: string): string;
  readonly missingOccasion: string;
  /** "How many tanks…": what the question counts, no source counts. */
  readonly missingCount: string;
  missingSpeaker(speakers: string): string;
  readonly nearMissLead: string;
  readonly noClaims: string;
  readonly noClaimsWhy: string;
  readonly unreadable: string;
  readonly unreadableHow: string;
  readonly youCouldAsk: string;
  /** The claims' own sentences are English: said once under a reply in another language. */
  readonly claimsInEnglish: string | null;
  readonly publishedUnknown: string;
  published(date: string, inferred: boolean): string;
  // ── Telegram ───────────────────────────────────────────────────────────
  readonly showPassages: string;
  moreTopics(n: number): string;
  readonly groupNoClaims: string;
  readonly groupUnreadable: string;
  readonly buttonGone: string;
  readonly questionGone: string;
  readonly sourcesUnavailable: string;
  readonly inlineNoClaims: string;
  nearMissTitle(missing: string): string;
  closest(topic: string, spread: string): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const digits = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
const trimDecimal = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1).replace(/\.0$/, ''));
const ISO = (iso: string) => iso.split('-').map(Number) as [number, number, number];

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const EN: ReplyWords = {
  language: 'en',
  range(low, high, compact) {
    const count = (n: number) => (n >= 1_000_000 ? `${trimDecimal(n / 1_000_000)}${compact ? 'M' : ' million'}` : digits(n, ','));
    if (low === high) return count(low);
    if (low >= 1_000_000 && high >= 1_000_000) return `${trimDecimal(low / 1e6)}–${trimDecimal(high / 1e6)}${compact ? 'M' : ' million'}`;
    return `${count(low)}–${count(high)}`;
  },
  date(iso) {
    const [y, m, d] = ISO(iso);
    const month = EN_MONTHS[m - 1];
    return month === undefined ? iso : `${d} ${month} ${y}`;
  },
  days: (low, high, month) => `${low === high ? low : `${low}–${high}`} ${EN_MONTHS[month - 1] ?? ''}`.trim(),
  daySpan: (low, high, month, year) => `${EN.days(low, high, month)}${year === null ? '' : ` ${year}`}`,
  hedge: (kind, compact) => (compact ? { more: '>', 'at-least': '≥', about: '~', estimated: '~' } : { more: 'more than ', 'at-least': 'at least ', about: 'about ', estimated: 'an estimated ' })[kind],
  withUnit: (number, unit) => `${number} ${unit}`,
  withTranslatedUnit: (number, unit) => `${number} ${formOf(unit, 0)}`,
  bound: (kind) => ({ more: 'more than ', 'at-least': 'at least ', about: 'about ', less: 'fewer than ', 'at-most': 'at most ' })[kind],
  unnamedOutlet: 'an unnamed outlet',
  unnamedOutlets: (n) => `${n} unnamed outlets`,
  via: (outlet) => `via ${outlet}`,
  republished: (outlet, origin) => `${outlet} via ${origin}`,
  sources: (n) => plural(n, 'source', 'sources'),
  outletsOrigins: (outlets, origins, shared) => `${outlets} outlets, ${plural(origins, 'origin', 'origins')} (${shared})`,
  vs: ' vs ',
  andMore: (n) => `; and ${n} more`,
  differ: (parts) => `Sources differ: ${parts}`,
  agree: (count, figure, who) => `${count} agree: ${figure} (${who})`,
  oneSource: (figure, who) => `1 source: ${figure} (${who})`,
  oneSourceSeveral: (outlet, figures) => `1 source, ${outlet} — ${figures}`,
  severalMeasures: (count, figures) => `${count}: ${figures}`,
  withoutFigure: (n) => `; ${plural(n, 'more source reports', 'more sources report')} it without a figure`,
  reportedAlone: (speakers, outlet, date) => `${speakers === null ? 'Reported' : `${speakers} said it, reported`} by ${outlet} alone${date === null ? '' : ` (${date})`}`,
  reportedBy: (speakers, count, outlets, oneStory) => `${speakers === null ? 'Reported' : `${speakers} said it, reported`} by ${count}: ${outlets}${oneStory ? ' — one story, not independent confirmation' : ''}`,
  yes: 'Yes',
  no: 'No',
  supported: 'Supported',
  contradicted: 'Contradicted',
  sourcesSupport: (stated, one) => `${one ? 'the source supports' : 'the sources support'} ${stated}`,
  noSourceGives: (stated) => `no source gives ${stated}`,
  notConfirmed: (figures, stated) => `Not confirmed: ${figures} neither confirms nor rules out ${stated}`,
  dependsOn: (stated, forIt, against, neither) => [`It depends on the source. For ${stated}: ${forIt}`, ...(against ? [`against: ${against}`] : []), ...(neither ? [`neither: ${neither}`] : [])].join('; '),
  speakerSaid: (who, said) => `${who} said ${said}`,
  speakerSaidNot: (who, said, stated) => `${who} said ${said}, not ${stated}`,
  speakerOpen: (who, said, stated) => `Not confirmed: ${who} said ${said}, which neither confirms nor rules out ${stated}`,
  speakerDiffers: (who, stated, said) => `${who}’s figures differ on ${stated}: ${said}`,
  otherSourcesDiffer: (n, figures) => `${n === 1 ? 'Another source gives a different figure' : 'Other sources give different figures'}: ${figures}.`,
  otherSourcesAgree: (n, figures) => `${n === 1 ? 'Another source agrees' : 'Other sources agree'}: ${figures}.`,
  reports: (verdict, where, text) => `${verdict}, ${where} reports: ${text}`,
  reportsOnly: (where, text) => `${where.charAt(0).toUpperCase()}${where.slice(1)} reports: ${text}`,
  notInThoseWords: (closest) => `The sources don't say that in those words. Closest: ${closest}`,
  byFigures: (voice) => `by ${voice.endsWith('s') ? `${voice}’` : `${voice}’s`} figures`,
  higherFor: (side, winner, wf, of, other) => `${side === 'more' ? 'higher' : 'lower'} for ${winner} (${wf} vs ${of} for ${other})`,
  aboutTheSame: (a, af, b, bf) => `about the same (${af} for ${a}, ${bf} for ${b})`,
  dependsOnSource: (phrases) => `It depends on the source: ${phrases}.`,
  noOtherGivesBoth: ' No other source gives both.',
  topicSources: (topic, n) => `${topic} · ${plural(n, 'source', 'sources')}`,
  moreClaims: (n, button) => `+${plural(n, 'more claim', 'more claims')} on this topic (${button})`,
  trimmedClaims: (n) => `+${plural(n, 'more claim', 'more claims')} on this topic from the same sources; the verdict covers them.`,
  more: 'More:',
  omitted: (topics, claims, listed) => `${plural(topics, 'more topic', 'more topics')} not shown (${plural(claims, 'claim', 'claims')}): ${listed}`,
  omittedClaims: (claims) => `${plural(claims, 'more claim', 'more claims')} not shown`,
  narrower: (what, example) => `${what} — ask a narrower question${example === undefined ? '' : `, e.g. “${example}”`}`,
  moreTopicsHint: (n) => `${plural(n, 'more topic', 'more topics')}: ask a narrower question, or add --full`,
  truncated: 'I read as many claims as one question may, and more may match: a narrower question (a place, a year, a subject) gets a complete answer.',
  nearMiss: (missing) => `No source gives ${missing}.`,
  and: ' and ',
  or: ' or ',
  missingScope: (scopes) => `a figure for ${scopes} alone`,
  missingYear: (years) => `anything for ${years}`,
  missingMonth: 'anything for that month',
  missingPlace: (places) => `anything in ${places}`,
  missingOccasion: 'anything for that occasion',
  missingCount: 'a count of that',
  missingSpeaker: (speakers) => `that figure from ${speakers}`,
  nearMissLead: 'What the sources do give:',
  noClaims: 'I have no sourced claims on that.',
  noClaimsWhy: 'I only answer from sourced news articles, and none of them covers this question.',
  unreadable: 'I could not read that as a question.',
  unreadableHow: 'Name who or what it is about, e.g. “What did <person> say in <place>?” or “How many … died in …?”',
  youCouldAsk: 'You could ask:',
  claimsInEnglish: null,
  publishedUnknown: 'publication date unknown',
  published: (date, inferred) => `published ${date}${inferred ? ' (inferred)' : ''}`,
  showPassages: 'Show passages',
  moreTopics: (n) => `More: ${plural(n, 'topic', 'topics')}`,
  groupNoClaims: 'I only answer from sourced news articles. /help shows what I know.',
  groupUnreadable: '/help shows how to ask.',
  buttonGone: 'This button no longer works. Please ask your question again.',
  questionGone: "I can't find the question for this answer any more. Please ask it again.",
  sourcesUnavailable: "Sorry, I can't reach my sources right now. Please try again in a minute.",
  inlineNoClaims: 'No sourced claims for that: see what I know',
  nearMissTitle: (missing) => `No source gives ${missing}`,
  closest: (topic, spread) => `Closest: ${topic} — ${spread}`,
};

const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Russian plural: 1 источник, 2 источника, 5 источников. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const form = mod10 === 1 && mod100 !== 11 ? one : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? few : many;
  return `${n} ${form}`;
}

/** Which of a Russian unit's three forms follows a number: those after 1, 2–4, and 5 or more. */
function ruUnitForm(number: string, count: number, genitive: boolean): number {
  if (!Number.isInteger(count)) return 1; // "1,5 часа"
  if (/млн|млрд|тыс/.test(number)) return 2; // "27 млн погибших"
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return genitive ? 1 : 0; // "21 лидер", "более 21 лидера"
  if (!genitive && mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 1; // "24 лидера"
  return 2; // "25 лидеров", "более 24 лидеров"
}

export const RU: ReplyWords = {
  language: 'ru',
  range(low, high, compact) {
    const count = (n: number) => (n >= 1_000_000 ? `${trimDecimal(n / 1_000_000).replace('.', ',')} млн` : digits(n, ' '));
    void compact;
    if (low === high) return count(low);
    if (low >= 1_000_000 && high >= 1_000_000) return `${trimDecimal(low / 1e6).replace('.', ',')}–${trimDecimal(high / 1e6).replace('.', ',')} млн`;
    return `${count(low)}–${count(high)}`;
  },
  date(iso) {
    const [y, m, d] = ISO(iso);
    const month = RU_MONTHS_GENITIVE[m - 1];
    return month === undefined ? iso : `${d} ${month} ${y}`;
  },
  days: (low, high, month) => `${low === high ? low : `${low}–${high}`} ${RU_MONTHS_GENITIVE[month - 1] ?? ''}`.trim(),
  daySpan: (low, high, month, year) => `${RU.days(low, high, month)}${year === null ? '' : ` ${year}`}`,
  hedge: (kind, compact) => (compact ? { more: '>', 'at-least': '≥', about: '~', estimated: '~' } : { more: 'более ', 'at-least': 'не менее ', about: 'около ', estimated: 'по оценкам, ' })[kind],
  withUnit: (number, unit) => `${number} ${unit}`,
  // "более", "не менее", "около" take the genitive; "по оценкам" leaves the count as it is.
  withTranslatedUnit: (number, unit, count, hedge) => `${number} ${formOf(unit, ruUnitForm(number, count, hedge === 'more' || hedge === 'at-least' || hedge === 'about'))}`,
  bound: (kind) => ({ more: 'более ', 'at-least': 'не менее ', about: 'около ', less: 'менее ', 'at-most': 'не более ' })[kind],
  unnamedOutlet: 'неназванное издание',
  unnamedOutlets: (n) => ruPlural(n, 'неназванное издание', 'неназванных издания', 'неназванных изданий'),
  via: (outlet) => `через ${outlet}`,
  republished: (outlet, origin) => `${outlet} (источник: ${origin})`,
  sources: (n) => ruPlural(n, 'источник', 'источника', 'источников'),
  outletsOrigins: (outlets, origins, shared) => `${ruPlural(outlets, 'издание', 'издания', 'изданий')}, ${ruPlural(origins, 'первоисточник', 'первоисточника', 'первоисточников')} (${shared})`,
  vs: ' против ',
  andMore: (n) => `; и ещё ${n}`,
  differ: (parts) => `Источники расходятся: ${parts}`,
  agree: (count, figure, who) => `${count} сходятся: ${figure} (${who})`,
  oneSource: (figure, who) => `1 источник: ${figure} (${who})`,
  oneSourceSeveral: (outlet, figures) => `1 источник, ${outlet} — ${figures}`,
  severalMeasures: (count, figures) => `${count}: ${figures}`,
  withoutFigure: (n) => `; ещё ${ruPlural(n, 'источник сообщает', 'источника сообщают', 'источников сообщают')} об этом без цифры`,
  reportedAlone: (speakers, outlet, date) => `${speakers === null ? 'Сообщает' : `Говорит ${speakers}; сообщает`} только ${outlet}${date === null ? '' : ` (${date})`}`,
  reportedBy: (speakers, count, outlets, oneStory) => `${speakers === null ? 'Сообщают' : `Говорит ${speakers}; сообщают`} ${count}: ${outlets}${oneStory ? ' — это один материал, а не независимое подтверждение' : ''}`,
  yes: 'Да',
  no: 'Нет',
  supported: 'Подтверждается',
  contradicted: 'Опровергается',
  sourcesSupport: (stated, one) => `${one ? 'источник подтверждает' : 'источники подтверждают'} ${stated}`,
  noSourceGives: (stated) => `ни один источник не называет ${stated}`,
  notConfirmed: (figures, stated) => `Не подтверждено: ${figures} — это не подтверждает и не исключает ${stated}`,
  dependsOn: (stated, forIt, against, neither) => [`Зависит от источника. За ${stated}: ${forIt}`, ...(against ? [`против: ${against}`] : []), ...(neither ? [`ни то ни другое: ${neither}`] : [])].join('; '),
  speakerSaid: (who, said) => `${who} приводит ${said}`,
  speakerSaidNot: (who, said, stated) => `${who} приводит ${said}, а не ${stated}`,
  speakerOpen: (who, said, stated) => `Не подтверждено: ${who} приводит ${said} — это не подтверждает и не исключает ${stated}`,
  speakerDiffers: (who, stated, said) => `У ${who} разные цифры по ${stated}: ${said}`,
  otherSourcesDiffer: (n, figures) => `${n === 1 ? 'Другой источник называет иную цифру' : 'Другие источники называют иные цифры'}: ${figures}.`,
  otherSourcesAgree: (n, figures) => `${n === 1 ? 'Другой источник согласен' : 'Другие источники согласны'}: ${figures}.`,
  reports: (verdict, where, text, english) => `${verdict}, ${where} сообщает${english ? ' (по-английски)' : ''}: ${text}`,
  reportsOnly: (where, text, english) => `${where.charAt(0).toUpperCase()}${where.slice(1)} сообщает${english ? ' (по-английски)' : ''}: ${text}`,
  notInThoseWords: (closest, english) => `Источники не говорят этого такими словами. Ближе всего${english ? ' (по-английски)' : ''}: ${closest}`,
  byFigures: (voice) => `по данным ${voice}`,
  higherFor: (side, winner, wf, of, other) => `${side === 'more' ? 'больше' : 'меньше'} у ${winner} (${wf} против ${of} у ${other})`,
  aboutTheSame: (a, af, b, bf) => `примерно поровну (${a}: ${af}, ${b}: ${bf})`,
  dependsOnSource: (phrases) => `Зависит от источника: ${phrases}.`,
  noOtherGivesBoth: ' Другие источники не приводят обе цифры.',
  topicSources: (topic, n) => `${topic} · ${ruPlural(n, 'источник', 'источника', 'источников')}`,
  moreClaims: (n, button) => `+ещё ${ruPlural(n, 'утверждение', 'утверждения', 'утверждений')} по теме (${button})`,
  trimmedClaims: (n) => `+ещё ${ruPlural(n, 'утверждение', 'утверждения', 'утверждений')} из тех же источников; вывод учитывает и их.`,
  more: 'Ещё:',
  omitted: (topics, claims, listed) => `${ruPlural(topics, 'тема не показана', 'темы не показаны', 'тем не показано')} (${ruPlural(claims, 'утверждение', 'утверждения', 'утверждений')}): ${listed}`,
  omittedClaims: (claims) => `ещё ${ruPlural(claims, 'утверждение не показано', 'утверждения не показаны', 'утверждений не показано')}`,
  narrower: (what, example) => `${what} — задайте вопрос уже${example === undefined ? '' : `, например «${example}»`}`,
  moreTopicsHint: (n) => `ещё ${ruPlural(n, 'тема', 'темы', 'тем')}: задайте вопрос уже или добавьте --full`,
  truncated: 'Я прочитал столько утверждений, сколько можно на один вопрос, а подходящих может быть больше: более узкий вопрос (место, год, тема) получит полный ответ.',
  nearMiss: (missing) => `Ни один источник не даёт ${missing}.`,
  and: ' и ',
  or: ' или ',
  missingScope: (scopes) => `отдельной цифры для: ${scopes}`,
  missingYear: (years) => `ничего за ${years} год`,
  missingMonth: 'ничего за этот месяц',
  missingPlace: (places) => `ничего о месте: ${places}`,
  missingOccasion: 'ничего об этом событии',
  missingCount: 'такого подсчёта',
  missingSpeaker: (speakers) => `этой цифры от ${speakers}`,
  nearMissLead: 'Вот что есть в источниках:',
  noClaims: 'У меня нет утверждений с источниками об этом.',
  noClaimsWhy: 'Я отвечаю только по новостным статьям с источниками, и ни одна из них не касается этого вопроса.',
  unreadable: 'Я не понял вопрос.',
  unreadableHow: 'Назовите, о ком или о чём он, например «Что сказал <кто> в <где>?» или «Сколько … погибло в …?»',
  youCouldAsk: 'Можно спросить:',
  claimsInEnglish: 'Тексты утверждений и цитаты — на английском, как в статьях.',
  publishedUnknown: 'дата публикации неизвестна',
  published: (date, inferred) => `опубликовано ${date}${inferred ? ' (дата установлена по тексту)' : ''}`,
  showPassages: 'Показать цитаты',
  moreTopics: (n) => `Ещё: ${ruPlural(n, 'тема', 'темы', 'тем')}`,
  groupNoClaims: 'Я отвечаю только по новостным статьям с источниками. /help — что я знаю.',
  groupUnreadable: '/help — как спрашивать.',
  buttonGone: 'Эта кнопка больше не работает. Задайте вопрос ещё раз.',
  questionGone: 'Не могу найти вопрос к этому ответу. Задайте его ещё раз.',
  sourcesUnavailable: 'Извините, сейчас нет связи с источниками. Попробуйте через минуту.',
  inlineNoClaims: 'Нет утверждений с источниками: посмотрите, что я знаю',
  nearMissTitle: (missing) => `Ни один источник не даёт: ${missing}`,
  closest: (topic, spread) => `Ближе всего: ${topic} — ${spread}`,
};

/** Chinese counts: 万 (10⁴) and 亿 (10⁸), as Chinese writes large numbers: 2700万, 1.4万. */
function zhCount(n: number): string {
  if (n >= 100_000_000) return `${trimDecimal(n / 100_000_000)}亿`;
  if (n >= 10_000) return `${trimDecimal(n / 10_000)}万`;
  return digits(n, ',');
}

export const ZH: ReplyWords = {
  language: 'zh',
  range(low, high) {
    if (low === high) return zhCount(low);
    if (low >= 10_000 && high >= 10_000 && high < 100_000_000) return `${trimDecimal(low / 10_000)}–${trimDecimal(high / 10_000)}万`;
    return `${zhCount(low)}–${zhCount(high)}`;
  },
  date(iso) {
    const [y, m, d] = ISO(iso);
    return `${y}年${m}月${d}日`;
  },
  days: (low, high, month) => `${month}月${low === high ? low : `${low}–${high}`}日`,
  daySpan: (low, high, month, year) => `${year === null ? '' : `${year}年`}${ZH.days(low, high, month)}`,
  hedge: (kind, compact) => (compact ? { more: '>', 'at-least': '≥', about: '~', estimated: '~' } : { more: '超过', 'at-least': '至少', about: '约', estimated: '估计' })[kind],
  withUnit: (number, unit) => `${number} ${unit}`,
  // A measure word joins its number, as Chinese writes it: "超过7小时", "逾24位领导人".
  withTranslatedUnit: (number, unit) => `${number}${formOf(unit, 0)}`,
  bound: (kind) => ({ more: '超过', 'at-least': '至少', about: '约', less: '少于', 'at-most': '至多' })[kind],
  unnamedOutlet: '一家未具名媒体',
  unnamedOutlets: (n) => `${n}家未具名媒体`,
  via: (outlet) => `经${outlet}`,
  republished: (outlet, origin) => `${outlet}（来源：${origin}）`,
  sources: (n) => `${n}个来源`,
  outletsOrigins: (outlets, origins, shared) => `${outlets}家媒体、${origins}个原始来源（${shared}）`,
  vs: ' 对 ',
  andMore: (n) => `；另有${n}个`,
  differ: (parts) => `各来源说法不一：${parts}`,
  agree: (count, figure, who) => `${count}一致：${figure}（${who}）`,
  oneSource: (figure, who) => `1个来源：${figure}（${who}）`,
  oneSourceSeveral: (outlet, figures) => `1个来源，${outlet}——${figures}`,
  severalMeasures: (count, figures) => `${count}：${figures}`,
  withoutFigure: (n) => `；另有${n}个来源报道但未给出数字`,
  reportedAlone: (speakers, outlet, date) => `${speakers === null ? '' : `${speakers}所说，`}仅${outlet}报道${date === null ? '' : `（${date}）`}`,
  reportedBy: (speakers, count, outlets, oneStory) => `${speakers === null ? '' : `${speakers}所说，`}${count}报道：${outlets}${oneStory ? '——同一篇报道，并非独立证实' : ''}`,
  yes: '是',
  no: '否',
  supported: '得到支持',
  contradicted: '与来源不符',
  sourcesSupport: (stated, one) => `${one ? '该来源' : '各来源'}支持${stated}`,
  noSourceGives: (stated) => `没有来源给出${stated}`,
  notConfirmed: (figures, stated) => `无法确认：${figures}，既不能证实也不能排除${stated}`,
  dependsOn: (stated, forIt, against, neither) => [`取决于来源。支持${stated}：${forIt}`, ...(against ? [`不支持：${against}`] : []), ...(neither ? [`无法判断：${neither}`] : [])].join('；'),
  speakerSaid: (who, said) => `${who}说的是${said}`,
  speakerSaidNot: (who, said, stated) => `${who}说的是${said}，不是${stated}`,
  speakerOpen: (who, said, stated) => `无法确认：${who}说的是${said}，既不能证实也不能排除${stated}`,
  speakerDiffers: (who, stated, said) => `${who}关于${stated}的数字不一：${said}`,
  otherSourcesDiffer: (n, figures) => `${n === 1 ? '另一来源给出不同数字' : '其他来源给出不同数字'}：${figures}。`,
  otherSourcesAgree: (n, figures) => `${n === 1 ? '另一来源一致' : '其他来源一致'}：${figures}。`,
  reports: (verdict, where, text, english) => `${verdict}，${where}报道${english ? '（英文）' : ''}：${text}`,
  reportsOnly: (where, text, english) => `${where}报道${english ? '（英文）' : ''}：${text}`,
  notInThoseWords: (closest, english) => `各来源没有这样说。最接近的${english ? '（英文）' : ''}：${closest}`,
  byFigures: (voice) => `按${voice}的数字`,
  higherFor: (side, winner, wf, of, other) => `${winner}${side === 'more' ? '更多' : '更少'}（${wf}，${other}为${of}）`,
  aboutTheSame: (a, af, b, bf) => `大致相同（${a}${af}，${b}${bf}）`,
  dependsOnSource: (phrases) => `取决于来源：${phrases}。`,
  noOtherGivesBoth: '没有其他来源同时给出两个数字。',
  topicSources: (topic, n) => `${topic} · ${n}个来源`,
  moreClaims: (n, button) => `+本话题另有${n}条说法（${button}）`,
  trimmedClaims: (n) => `+同一来源另有${n}条说法；结论已包括它们。`,
  more: '更多：',
  omitted: (topics, claims, listed) => `另有${topics}个话题未显示（${claims}条说法）：${listed}`,
  omittedClaims: (claims) => `另有${claims}条说法未显示`,
  narrower: (what, example) => `${what}——请把问题问得更具体${example === undefined ? '' : `，例如“${example}”`}`,
  moreTopicsHint: (n) => `另有${n}个话题：请问得更具体，或加上 --full`,
  truncated: '我已读取单个问题允许的全部说法，可能还有更多符合的：更具体的问题（地点、年份、话题）能得到完整回答。',
  nearMiss: (missing) => `没有来源给出${missing}。`,
  and: '和',
  or: '或',
  missingScope: (scopes) => `单独关于${scopes}的数字`,
  missingYear: (years) => `${years}年的任何内容`,
  missingMonth: '那个月份的任何内容',
  missingPlace: (places) => `在${places}的任何内容`,
  missingOccasion: '那个场合的任何内容',
  missingCount: '这项统计',
  missingSpeaker: (speakers) => `${speakers}给出的这个数字`,
  nearMissLead: '各来源给出的是：',
  noClaims: '关于这个问题，我没有有来源的说法。',
  noClaimsWhy: '我只根据有来源的新闻报道回答，没有一篇涉及这个问题。',
  unreadable: '我没能看懂这个问题。',
  unreadableHow: '请说明是关于谁或什么，例如“<谁>在<哪里>说了什么？”或“……中有多少人死亡？”',
  youCouldAsk: '可以这样问：',
  claimsInEnglish: '说法和引文均为英文原文。',
  publishedUnknown: '发布日期不详',
  published: (date, inferred) => `发布于${date}${inferred ? '（据文中推断）' : ''}`,
  showPassages: '显示原文',
  moreTopics: (n) => `更多：${n}个话题`,
  groupNoClaims: '我只根据有来源的新闻报道回答。/help 查看我知道什么。',
  groupUnreadable: '/help 查看提问方式。',
  buttonGone: '这个按钮已失效，请重新提问。',
  questionGone: '找不到这个回答对应的问题了，请重新提问。',
  sourcesUnavailable: '抱歉，暂时无法连接到资料来源，请稍后再试。',
  inlineNoClaims: '没有相关的有来源说法：看看我知道什么',
  nearMissTitle: (missing) => `没有来源给出：${missing}`,
  closest: (topic, spread) => `最接近：${topic}——${spread}`,
};

const BY_LANGUAGE: Readonly<Record<Language, ReplyWords>> = { en: EN, ru: RU, zh: ZH };

/** The words for a reply in this language; English for any other. */
export function replyWords(language: string | null | undefined): ReplyWords {
  return BY_LANGUAGE[(language ?? 'en') as Language] ?? EN;
}
