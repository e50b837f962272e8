/**
 * Builds the Knowledge from a data directory at start-up (the Lambda ships
 * data/ next to its handler; the local tools read the repository's). Reads
 * the files synchronously once per process: a few hundred KB at most.
 *
 * This is the runtime path and checks only the shape of each file; the full
 * cross-file validation (every id known, excerpts verbatim) is loadDataset's,
 * which runs before anything is seeded or deployed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod/mini';
import { ClaimsFileSchema, SourcesFileSchema } from '../claims/claim-schema';
import { Knowledge } from './knowledge';
import { EntitiesFileSchema, GuideSchema, LexiconSchema, LOCAL_LANGUAGES, LocalLexiconSchema, TranslationsSchema, type LocalLanguage, type LocalLexicon, type Translations } from './knowledge-schema';

export class KnowledgeLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KnowledgeLoadError';
  }
}

/** The knowledge files, relative to the data directory. */
export const KNOWLEDGE_FILES = { entities: 'entities.json', lexicon: 'lexicon/en.json', guide: 'guide.json', sources: 'sources.json', claims: 'claims' } as const;

/** The lexicon of a language other than English; optional: without it, questions in that language are not read. */
export const localLexiconFile = (language: LocalLanguage): string => `lexicon/${language}.json`;

/** Curators' translations of claims' sentences into a language; optional. */
export const translationsFile = (language: LocalLanguage): string => `translations/${language}.json`;

function readParsed<T>(dataDir: string, file: string, schema: z.ZodMiniType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  } catch (cause) {
    throw new KnowledgeLoadError(`cannot read ${file} in ${dataDir}`, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new KnowledgeLoadError(`${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function loadKnowledge(dataDir: string): Knowledge {
  const claimFiles = (() => {
    try {
      return readdirSync(join(dataDir, KNOWLEDGE_FILES.claims)).filter((f) => f.endsWith('.json')).sort();
    } catch (cause) {
      throw new KnowledgeLoadError(`no claims directory in ${dataDir}`, { cause });
    }
  })();
  return new Knowledge({
    entities: readParsed(dataDir, KNOWLEDGE_FILES.entities, EntitiesFileSchema).entities,
    lexicon: readParsed(dataDir, KNOWLEDGE_FILES.lexicon, LexiconSchema),
    localLexicons: Object.fromEntries(
      LOCAL_LANGUAGES.filter((l) => existsSync(join(dataDir, localLexiconFile(l)))).map((l): [LocalLanguage, LocalLexicon] => [l, readParsed(dataDir, localLexiconFile(l), LocalLexiconSchema)]),
    ),
    guide: readParsed(dataDir, KNOWLEDGE_FILES.guide, GuideSchema),
    sources: readParsed(dataDir, KNOWLEDGE_FILES.sources, SourcesFileSchema).sources,
    claims: claimFiles.flatMap((f) => readParsed(dataDir, `${KNOWLEDGE_FILES.claims}/${f}`, ClaimsFileSchema).claims),
    translations: Object.fromEntries(
      LOCAL_LANGUAGES.filter((l) => existsSync(join(dataDir, translationsFile(l)))).map((l): [LocalLanguage, Translations] => [l, readParsed(dataDir, translationsFile(l), TranslationsSchema)]),
    ),
  });
}
