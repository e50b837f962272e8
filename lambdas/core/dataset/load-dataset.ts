/**
 * Reads and validates everything under data/ before anything is written
 * anywhere. Every problem is collected (not just the first) and named by file,
 * claim id and field, so whoever edits a claims file can fix it in one pass.
 */
import { createHash } from 'node:crypto';
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
import { entityById } from '../claims/entities';

export interface Dataset {
  readonly sources: readonly Source[];
  readonly claims: readonly SourcedClaim[];
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

function checkEntity(problems: DatasetProblem[], file: string, claim: Claim, field: string, id: string | null, kinds?: readonly string[]) {
  if (id === null) return;
  const entity = entityById(id);
  if (!entity) problems.push({ file, claimId: claim.id, field, message: `unknown entity "${id}" (add it to lambdas/core/claims/entities.ts)` });
  else if (kinds && !kinds.includes(entity.kind)) problems.push({ file, claimId: claim.id, field, message: `"${id}" is a ${entity.kind}, expected ${kinds.join(' or ')}` });
}

function checkClaim(problems: DatasetProblem[], file: string, claim: Claim, article: string | undefined) {
  const fail = (field: string, message: string) => problems.push({ file, claimId: claim.id, field, message });
  if (claim.kind === 'figure' && claim.figure === null) fail('figure', 'is required when kind is "figure"');
  if (claim.kind !== 'figure' && claim.figure !== null) fail('figure', `must be null when kind is "${claim.kind}"`);
  if (claim.figure && claim.figure.low > claim.figure.high) fail('figure.low', `is greater than figure.high (${claim.figure.low} > ${claim.figure.high})`);
  if (claim.kind === 'quote' && !/[“"”«]/.test(claim.excerpt)) fail('excerpt', 'a quote must carry the quotation marks of the verbatim words');
  if (article !== undefined && !article.includes(claim.excerpt)) fail('excerpt', 'is not found verbatim in the article');
  claim.subjects.forEach((s, i) => checkEntity(problems, file, claim, `subjects[${i}]`, s));
  checkEntity(problems, file, claim, 'speaker', claim.speaker);
  checkEntity(problems, file, claim, 'place', claim.place, ['place', 'country']);
  checkEntity(problems, file, claim, 'event', claim.event, ['event']);
}

/** Loads and validates data/ (sources.json, claims/*.json, articles/*.txt). Throws DatasetValidationError listing every problem. */
export async function loadDataset(dataDir: string): Promise<Dataset> {
  const problems: DatasetProblem[] = [];

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
      checkClaim(problems, file, claim, source && articles.get(source.id));
      if (source) claims.push({ ...claim, source });
    }
  }

  if (problems.length > 0) throw new DatasetValidationError(problems);

  claims.sort((a, b) => a.id.localeCompare(b.id));
  const hash = createHash('sha256').update(JSON.stringify({ sources, claims })).digest('hex');
  return { sources, claims, hash };
}
