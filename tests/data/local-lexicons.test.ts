/**
 * The Russian and Chinese lexicons (data/lexicon/ru.json, zh.json) and the
 * entities' aliases in those languages: a gloss into an English word the
 * reader does not know, or two entities of different kinds sharing a local
 * alias by accident, would read a question silently wrong. These checks make
 * a curator's slip a failing test instead.
 */
import { describe, expect, it } from 'vitest';
import { LOCAL_LANGUAGES } from '../../lambdas/core/knowledge/knowledge-schema';
import { localKey } from '../../lambdas/core/reading/read-local';
import { stem, tokenise, normaliseText } from '../../lambdas/core/answer/normalise-question';
import { KNOWLEDGE, VOCABULARY } from '../support/knowledge';

describe.each(LOCAL_LANGUAGES)('the %s lexicon', (language) => {
  const lexicon = KNOWLEDGE.localLexicons[language];

  it('exists, with glosses', () => {
    // Assess
    expect(Object.keys(lexicon?.glosses ?? {}).length).toBeGreaterThan(50);
  });

  it('glosses only into words the reader knows (grammar, an entity, a unit, a synonym or a word of the claims)', () => {
    // Act
    const unknown = Object.keys(lexicon?.glosses ?? {})
      .flatMap((english) => tokenise(normaliseText(english)))
      .filter((w) => !VOCABULARY.knownWords.has(w) && !VOCABULARY.phrases.has(w) && KNOWLEDGE.termWeight(stem(w)) === 0);

    // Assess
    expect(unknown).toEqual([]);
  });

  it('gives every form one meaning', () => {
    // Act
    const meanings = new Map<string, Set<string>>();
    for (const [english, forms] of Object.entries(lexicon?.glosses ?? {})) {
      for (const form of forms) meanings.set(form.toLowerCase(), new Set([...(meanings.get(form.toLowerCase()) ?? []), english]));
    }

    // Assess
    expect([...meanings].filter(([, m]) => m.size > 1).map(([form]) => form)).toEqual([]);
  });

  it('shares an alias between entities only where their English aliases share one too', () => {
    // Prepare
    const owners = (aliasesOf: (e: (typeof KNOWLEDGE.entities)[number]) => readonly string[], key: (a: string) => string) => {
      const map = new Map<string, string[]>();
      for (const e of KNOWLEDGE.entities) for (const a of aliasesOf(e)) map.set(key(a), [...new Set([...(map.get(key(a)) ?? []), e.id])]);
      return map;
    };
    const local = owners((e) => e.aliases[language], (a) => localKey(language, a));
    const english = [...owners((e) => e.aliases.en, (a) => a.toLowerCase()).values()].filter((ids) => ids.length > 1).map((ids) => [...ids].sort().join());

    // Act
    const shared = [...local].filter(([, ids]) => ids.length > 1 && !english.includes([...ids].sort().join()));

    // Assess
    expect(shared).toEqual([]);
  });
});
