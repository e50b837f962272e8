/**
 * What the unanswered-question log keeps of a question: its text normalised
 * (so the same question asked twice is counted once) and with anything that
 * could identify a person taken out. No user id, chat id, username or
 * message id is ever part of it; this text is the only free-form field.
 */
export const MAX_KEPT_CHARS = 200;

export type QuestionLanguage = 'en' | 'ru' | 'zh' | 'other';

/** Lower case, NFKC, links, e-mail addresses, @mentions and long digit runs (phone numbers, ids) masked, spaces collapsed. */
export function normaliseForLog(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\bt\.me\/\S+/g, '<link>')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<email>')
    .replace(/(^|\s)@\w+/g, '$1<user>')
    .replace(/\+?\d[\d\s().-]{5,}\d/g, (run) => (run.replace(/\D/g, '').length >= 7 ? '<number>' : run))
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'«»“”]+|[\s"'«»“”]+$/g, '')
    .slice(0, MAX_KEPT_CHARS);
}

/**
 * The question's language, told by its script: the bot reads English, so Latin script is taken as English;
 * Cyrillic and Han as the Russian and Chinese questions it cannot read yet.
 */
export function languageOf(question: string): QuestionLanguage {
  const count = (letters: RegExp) => question.match(letters)?.length ?? 0;
  const latin = count(/\p{Script=Latin}/gu);
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  const han = 2 * count(/\p{Script=Han}/gu);
  const other = count(/[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Han}\P{L}]/gu);
  const best = Math.max(latin, cyrillic, han, other);
  if (best === 0 || best === other) return 'other';
  if (best === latin) return 'en';
  return best === cyrillic ? 'ru' : 'zh';
}
