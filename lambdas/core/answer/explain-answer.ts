/**
 * `npm run ask -- --explain "question"`: how a message was read and judged,
 * for a curator asking why an answer came out as it did. The message as
 * cleaned and split, then per question: the entities by role, the filters,
 * the lookup keys, and every candidate read with its score and why it was
 * kept, offered as related, or dropped.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { cleanMessage } from '../reading/clean-message';
import { dominantScript } from '../reading/detect-language';
import { splitQuestions } from '../reading/split-questions';
import { claimScore } from './answer-cap';
import { EVIDENCE_THRESHOLD, evidenceCoverage, filterFailure } from './claim-matching';
import type { Explanation, QuestionAnswerer } from './question-answerer';
import { vocabularyFor } from './question-vocabulary';
import { parseQuestion } from './parse-question';

function groups(label: string, list: readonly { readonly ids: readonly string[] }[], k: Knowledge): string[] {
  return list.length === 0 ? [] : [`  ${label}: ${list.map((g) => g.ids.map((id) => k.name(id)).join(' | ')).join(' + ')}`];
}

const label = (g: readonly string[]) => (g.length > 1 ? `${g[0]} (or ${g.length - 1} synonyms)` : (g[0] ?? ''));

function explainOne(e: Explanation, k: Knowledge): string[] {
  const p = e.parsed;
  const v = vocabularyFor(k);
  const scopes = (k.lexicon.scopes ?? []).filter((_, i) => p.scopes.includes(i)).map((g) => g[0]);
  const lines = [
    `Question: ${e.question}`,
    `  words: ${p.words.join(' ')}`,
    `  intent: ${p.intent ?? 'none'}${p.unit ? ` (unit: ${p.unit})` : ''}`,
    ...groups('speakers', p.speakers, k),
    ...groups('subjects', p.subjects, k),
    ...groups('places', p.places, k),
    ...groups('occasions', p.events, k),
    ...(p.wars.length ? [`  wars: ${p.wars.map((id) => k.name(id)).join(', ')}`] : []),
    ...(p.years.length ? [`  years: ${p.years.join(', ')}`] : []),
    ...(p.months.length ? [`  months: ${p.months.join(', ')}`] : []),
    ...(scopes.length ? [`  part of the count: ${scopes.join(', ')}`] : []),
    ...(p.outlets.length ? [`  outlets: ${p.outlets.map((o) => o.join('|')).join(', ')}`] : []),
    ...(p.requiredKeywords.length ? [`  words a claim must carry: ${p.keywords.filter((_, i) => p.requiredKeywords.includes(i)).map(label).join(', ')}`] : []),
    ...(p.keywords.length > p.requiredKeywords.length
      ? [`  evidence words (weighted by rarity; the best-covered claims are kept if they cover ≥ ${EVIDENCE_THRESHOLD} or the question is anchored): ${p.keywords.filter((_, i) => !p.requiredKeywords.includes(i)).map(label).join(', ')}`]
      : []),
    ...(p.unknownSpeaker ? ['  speaker: someone the data does not know (no answer)'] : []),
    `  lookup keys (${e.keys.length}): ${e.keys.join(', ') || 'none: nothing to look up'}`,
    `  candidates read: ${e.candidates.length}${e.truncated ? ' (the read budget ran out before every partition was read)' : ''}`,
  ];
  const soft = p.keywords.filter((_, i) => !p.requiredKeywords.includes(i));
  const selected = new Set(e.selected.map((c) => c.id));
  const related = new Set(e.related.map((c) => c.id));
  for (const c of e.candidates) {
    const score = e.plan === null ? 0 : claimScore(c, p, e.plan, v);
    const why = selected.has(c.id)
      ? 'KEPT'
      : related.has(c.id)
        ? `related (no source gives ${e.relaxed.join('; ')})`
        : `dropped: ${(e.plan && filterFailure(c, p, e.plan, v)) ?? 'another subject than the one asked'}`;
    const evidence = soft.length === 0 ? '' : ` · evidence ${evidenceCoverage(c, soft, v).toFixed(2)}`;
    lines.push(`    [rank ${score}${evidence}] ${c.id} — ${why}`);
  }
  lines.push(`  outcome: ${e.selected.length > 0 ? `answered with ${e.selected.length} claim(s)` : e.related.length > 0 ? `near miss, ${e.related.length} related claim(s)` : 'no answer'}`);
  return lines;
}

export async function explainMessage(message: string, answerer: QuestionAnswerer): Promise<string> {
  const k = answerer.knowledge;
  const cleaned = cleanMessage(message);
  const script = dominantScript(`${cleaned.text} ${cleaned.quoted}`);
  const read = answerer.read(cleaned);
  const lines = [`Message: ${JSON.stringify(message)}`, `  cleaned: ${JSON.stringify(cleaned.text)}${cleaned.quoted ? `, quoted: ${JSON.stringify(cleaned.quoted)}` : ''}`, `  script: ${script}, language: ${read?.language ?? 'not read'}`];
  if (read === null) return [...lines, '  outcome: a language the bot does not read'].join('\n');
  // A Russian or Chinese message as its reader passed it on: glossed words in English, aliases as their stems.
  if (read.message.text !== cleaned.text || read.message.quoted !== cleaned.quoted) lines.push(`  read as: ${JSON.stringify(read.message.text)}${read.message.quoted ? `, quoted: ${JSON.stringify(read.message.quoted)}` : ''}`);
  const v = read.vocabulary;
  const questions = splitQuestions(read.message.text, read.message.quoted, v);
  lines.push(`  questions: ${questions.map((q) => JSON.stringify(q)).join(' | ') || 'none left after cleaning'}`);
  for (const q of questions) lines.push('', ...explainOne(await answerer.explain(q, (text) => parseQuestion(text, v), v), k));
  return lines.join('\n');
}
