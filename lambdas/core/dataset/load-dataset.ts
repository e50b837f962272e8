/**
 * Reads and validates everything under data/ before anything is written
 * anywhere. Every problem is collected (not just the first) and named by file,
 * claim id and field, so whoever edits a claims file can fix it in one pass.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type * as z from 'zod/mini';
import {
  ClaimsFileSchema,
  SourcesFileSchema,
  type Claim,
  type Source,
  type SourcedClaim,
} from '../claims/claim-schema';
import { Knowledge } from '../knowledge/knowledge';
import { ENTITY_REFERENCES, EntitiesFileSchema, GuideSchema, LexiconSchema, LOCAL_LANGUAGES, LocalLexiconSchema, type Entity, type LocalLanguage, type LocalLexicon, TranslationsSchema, type Translations } from '../knowledge/knowledge-schema';
import { KNOWLEDGE_FILES, localLexiconFile, translationsFile } from '../knowledge/load-knowledge';

export interface Dataset {
  readonly sources: readonly Source[];
  readonly claims: readonly SourcedClaim[];
  /** Entities, lexicon and guide, with what the claims add (units, word statistics). */
  readonly knowledge: Knowledge;
  /** Content hash of the validated dataset; changes whenever any source or claim changes. */
  readonly hash: string;
}

export interface DatasetProblem {
  /** Path relative to the data directory, e.g. "claims/000_65d1a1d4bbc254d7.json". */
  readonly file: string;
  readonly claimId?: string;
  readonly field?: string;
  readonly message: string;
}

export class DatasetValidationError extends Error {
  readonly problems: readonly DatasetProblem[];
  constructor(problems: readonly DatasetProblem[]) {
    super(`data/ is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetValidationError';
    this.problems = problems;
  }
}

export function formatProblem(p: DatasetProblem): string {
  const where = [p.file, p.claimId && `claim "${p.claimId}"`, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
  return `  - ${where}: ${p.message}`;
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must have at least ${String(issue.minimum)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? issue.message : `must be a valid ${issue.format}${issue.format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field(s) ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

function pathToField(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

async function readJson(dataDir: string, file: string, problems: DatasetProblem[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(join(dataDir, file), 'utf8');
  } catch (cause) {
    problems.push({ file, message: `cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})` });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    problems.push({ file, message: `is not valid JSON: ${(cause as Error).message}` });
    return undefined;
  }
}

type EntityIndex = ReadonlyMap<string, Entity>;

function checkEntity(problems: DatasetProblem[], entities: EntityIndex, file: string, claim: Claim, field: string, id: string | null, kinds?: readonly string[]) {
  if (id === null) return;
  const entity = entities.get(id);
  if (!entity) problems.push({ file, claimId: claim.id, field, message: `unknown entity "${id}" (add it to ${KNOWLEDGE_FILES.entities})` });
  else if (kinds && !kinds.includes(entity.kind)) problems.push({ file, claimId: claim.id, field, message: `"${id}" is a ${entity.kind}, expected ${kinds.join(' or ')}` });
}

function checkClaim(problems: DatasetProblem[], entities: EntityIndex, file: string, claim: Claim, article: string | undefined) {
  const fail = (field: string, message: string) => problems.push({ file, claimId: claim.id, field, message });
  if (claim.kind === 'figure' && claim.figure === null) fail('figure', 'is required when kind is "figure"');
  if (claim.kind !== 'figure' && claim.figure !== null) fail('figure', `must be null when kind is "${claim.kind}"`);
  if (claim.figure && claim.figure.low > claim.figure.high) fail('figure.low', `is greater than figure.high (${claim.figure.low} > ${claim.figure.high})`);
  if (claim.kind === 'quote' && !/[“"”«]/.test(claim.excerpt)) fail('excerpt', 'a quote must carry the quotation marks of the verbatim words');
  if (article !== undefined && !article.includes(claim.excerpt)) fail('excerpt', 'is not found verbatim in the article');
  claim.subjects.forEach((s, i) => checkEntity(problems, entities, file, claim, `subjects[${i}]`, s));
  checkEntity(problems, entities, file, claim, 'speaker', claim.speaker);
  checkEntity(problems, entities, file, claim, 'place', claim.place, ['place', 'country']);
  checkEntity(problems, entities, file, claim, 'event', claim.event, ['event']);
}

function reportSchemaIssues(problems: DatasetProblem[], file: string, raw: unknown, issues: readonly Issue[], listKey?: string) {
  for (const issue of issues) {
    const index = issue.path[1];
    const id = listKey !== undefined && issue.path[0] === listKey && typeof index === 'number' ? (raw as Record<string, Array<{ id?: unknown }> | undefined>)[listKey]?.[index]?.id : undefined;
    problems.push({ file, field: pathToField(issue.path), message: `${typeof id === 'string' ? `"${id}": ` : ''}${describeIssue(issue)}` });
  }
}

/** entities.json: unique ids, relations that point at a known entity of the right kind. */
async function readEntities(dataDir: string, problems: DatasetProblem[]): Promise<Entity[]> {
  const file = KNOWLEDGE_FILES.entities;
  const raw = await readJson(dataDir, file, problems);
  if (raw === undefined) return [];
  const parsed = EntitiesFileSchema.safeParse(raw);
  if (!parsed.success) {
    reportSchemaIssues(problems, file, raw, parsed.error.issues, 'entities');
    return [];
  }
  const byId = new Map<string, Entity>();
  for (const e of parsed.data.entities) {
    if (byId.has(e.id)) problems.push({ file, field: 'id', message: `duplicate entity id "${e.id}"` });
    byId.set(e.id, e);
  }
  for (const e of parsed.data.entities) {
    for (const [field, kinds] of ENTITY_REFERENCES) {
      const value = e[field];
      const ids = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      for (const id of ids) {
        const target = byId.get(id);
        if (!target) problems.push({ file, field, message: `"${e.id}": unknown entity "${id}"` });
        else if (!kinds.includes(target.kind)) problems.push({ file, field, message: `"${e.id}": "${id}" is a ${target.kind}, expected ${kinds.join(' or ')}` });
      }
    }
  }
  return parsed.data.entities;
}

async function readValidated<T>(dataDir: string, file: string, schema: z.ZodMiniType<T>, problems: DatasetProblem[]): Promise<T | undefined> {
  const raw = await readJson(dataDir, file, problems);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  reportSchemaIssues(problems, file, raw, parsed.error.issues);
  return undefined;
}

/** Loads and validates data/ (entities.json, lexicon/, guide.json, sources.json, claims/*.json, articles/*.txt). Throws DatasetValidationError listing every problem. */
export async function loadDataset(dataDir: string): Promise<Dataset> {
  const problems: DatasetProblem[] = [];
  const entities = await readEntities(dataDir, problems);
  const entityIndex: EntityIndex = new Map(entities.map((e) => [e.id, e]));
  const lexicon = await readValidated(dataDir, KNOWLEDGE_FILES.lexicon, LexiconSchema, problems);
  const guide = await readValidated(dataDir, KNOWLEDGE_FILES.guide, GuideSchema, problems);
  // A language's lexicon is optional (its questions are then not read); one that exists must be valid.
  const localLexicons: Partial<Record<LocalLanguage, LocalLexicon>> = {};
  for (const language of LOCAL_LANGUAGES) {
    const file = localLexiconFile(language);
    if (!existsSync(join(dataDir, file))) continue;
    const local = await readValidated(dataDir, file, LocalLexiconSchema, problems);
    if (local !== undefined) localLexicons[language] = local;
  }

  const rawSources = await readJson(dataDir, 'sources.json', problems);
  const sources: Source[] = [];
  if (rawSources !== undefined) {
    const parsed = SourcesFileSchema.safeParse(rawSources);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const index = issue.path[1];
        const id = typeof index === 'number' ? (rawSources as { sources?: Array<{ id?: unknown }> }).sources?.[index]?.id : undefined;
        problems.push({ file: 'sources.json', field: pathToField(issue.path), message: `${typeof id === 'string' ? `source "${id}": ` : ''}${describeIssue(issue)}` });
      }
    } else {
      sources.push(...parsed.data.sources);
    }
  }

  const sourceById = new Map<string, Source>();
  const articles = new Map<string, string>();
  for (const source of sources) {
    if (sourceById.has(source.id)) problems.push({ file: 'sources.json', field: 'id', message: `duplicate source id "${source.id}"` });
    sourceById.set(source.id, source);
    try {
      articles.set(source.id, await readFile(join(dataDir, 'articles', source.document), 'utf8'));
    } catch {
      problems.push({ file: 'sources.json', field: 'document', message: `source "${source.id}": article file articles/${source.document} does not exist` });
    }
  }

  let claimFiles: string[] = [];
  try {
    claimFiles = (await readdir(join(dataDir, 'claims'))).filter((f) => f.endsWith('.json')).sort();
  } catch {
    problems.push({ file: 'claims/', message: 'directory is missing' });
  }

  const claims: SourcedClaim[] = [];
  const claimFileById = new Map<string, string>();
  // Every claim's topic and qualifiers, its source known or not: what a translation may name.
  const topics = new Set<string>();
  const qualifiers = new Set<string>();
  const units = new Set<string>();
  for (const name of claimFiles) {
    const file = `claims/${name}`;
    const raw = await readJson(dataDir, file, problems);
    if (raw === undefined) continue;
    const parsed = ClaimsFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [top, index, ...rest] = issue.path;
        const rawClaim = top === 'claims' && typeof index === 'number' ? (raw as { claims?: Array<{ id?: unknown }> }).claims?.[index] : undefined;
        const claimId = typeof rawClaim?.id === 'string' ? rawClaim.id : top === 'claims' && typeof index === 'number' ? `#${index + 1}` : undefined;
        problems.push({ file, claimId, field: pathToField(rawClaim ? rest : issue.path) || undefined, message: describeIssue(issue) });
      }
      continue;
    }
    const source = sourceById.get(parsed.data.source);
    if (!source && sourceById.size > 0) problems.push({ file, field: 'source', message: `unknown source "${parsed.data.source}" (not in sources.json)` });
    for (const claim of parsed.data.claims) {
      const other = claimFileById.get(claim.id);
      if (other !== undefined) problems.push({ file, claimId: claim.id, field: 'id', message: `duplicate claim id (also in ${other})` });
      claimFileById.set(claim.id, file);
      topics.add(claim.topic);
      for (const q of claim.figure?.qualifiers ?? []) qualifiers.add(q);
      if (claim.figure) units.add(claim.figure.unit);
      checkClaim(problems, entityIndex, file, claim, source && articles.get(source.id));
      if (source) claims.push({ ...claim, source });
    }
  }

  // A translation must name a claim, topic, qualifier or unit that exists: a stale key would never show, and says the file is out of date.
  const translations: Partial<Record<LocalLanguage, Translations>> = {};
  for (const language of LOCAL_LANGUAGES) {
    const file = translationsFile(language);
    if (!existsSync(join(dataDir, file))) continue;
    const parsed = await readValidated(dataDir, file, TranslationsSchema, problems);
    if (parsed === undefined) continue;
    for (const id of Object.keys(parsed.claims)) if (!claimFileById.has(id)) problems.push({ file, claimId: id, field: 'claims', message: `unknown claim id "${id}" (no claim file has it)` });
    for (const topic of Object.keys(parsed.topics ?? {})) if (!topics.has(topic)) problems.push({ file, field: 'topics', message: `unknown topic "${topic}" (no claim has it; topics are matched exactly as the claims write them)` });
    for (const qualifier of Object.keys(parsed.qualifiers ?? {})) {
      if (!qualifiers.has(qualifier)) problems.push({ file, field: 'qualifiers', message: `unknown qualifier "${qualifier}" (no claim's figure has it; qualifiers are matched exactly as the claims write them)` });
    }
    for (const unit of Object.keys(parsed.units ?? {})) if (!units.has(unit)) problems.push({ file, field: 'units', message: `unknown unit "${unit}" (no claim's figure has it; units are matched exactly as the claims write them)` });
    translations[language] = parsed;
  }

  if (problems.length > 0 || lexicon === undefined || guide === undefined) throw new DatasetValidationError(problems);

  claims.sort((a, b) => a.id.localeCompare(b.id));
  const knowledge = new Knowledge({ entities, lexicon, localLexicons, guide, sources, claims, translations });
  const hash = createHash('sha256').update(JSON.stringify({ sources, claims, entities, lexicon, localLexicons, guide, translations })).digest('hex');
  return { sources, claims, knowledge, hash };
}
