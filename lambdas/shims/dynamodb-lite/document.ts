/**
 * The document client of lambdas/shims/dynamodb-lite: esbuild aliases
 * `@aws-sdk/lib-dynamodb` to this file in Lambda bundles (see
 * infra/bundling.ts and client.ts for why). Same surface as lib-dynamodb for
 * the item operations: plain JavaScript values in, plain values out,
 * converted with @aws-sdk/util-dynamodb's rules:
 *
 * - string → S, number → N (unsafe integers and non-finite numbers throw,
 *   unless allowImpreciseNumbers), bigint → N, boolean → BOOL, null → NULL,
 *   Uint8Array/Buffer/ArrayBuffer → B, array → L, Set → SS/NS/BS, plain
 *   object → M (class instances only with convertClassInstanceToMap);
 * - undefined throws unless removeUndefinedValues (then it is left out);
 * - N back to number (a BigInt beyond the safe integers, a NumberValue
 *   with wrapNumbers), SS/NS/BS back to Sets, B to Uint8Array.
 */
import { DynamoDBClient, DynamoDBOperation, type ResponseMetadata } from './client';

export interface MarshallOptions {
  readonly removeUndefinedValues?: boolean;
  readonly convertEmptyValues?: boolean;
  readonly convertClassInstanceToMap?: boolean;
  readonly convertTopLevelContainer?: boolean;
  readonly allowImpreciseNumbers?: boolean;
}

export interface UnmarshallOptions {
  readonly wrapNumbers?: boolean | ((value: string) => unknown);
}

export interface TranslateConfig {
  readonly marshallOptions?: MarshallOptions;
  readonly unmarshallOptions?: UnmarshallOptions;
}

type AttributeValue = Record<string, unknown>;

/** A number kept as its exact decimal string (lib-dynamodb's NumberValue). */
export class NumberValue {
  readonly value: string;
  constructor(value: number | bigint | string) {
    this.value = String(value).trim();
  }
  static from(value: number | bigint | string): NumberValue {
    return new NumberValue(value);
  }
  toString(): string {
    return this.value;
  }
  toJSON(): string {
    return this.value;
  }
}

function marshallNumber(value: number, options: MarshallOptions): string {
  if (!Number.isFinite(value)) throw new Error(`Special numeric value ${value} is not allowed`);
  if (!options.allowImpreciseNumbers && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new Error(`Number ${value} is greater than Number.MAX_SAFE_INTEGER. Use BigInt.`);
  }
  return String(value);
}

function isBinary(value: unknown): value is Uint8Array | ArrayBuffer {
  return value instanceof Uint8Array || value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function toBytes(value: Uint8Array | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** One JavaScript value to a DynamoDB AttributeValue; undefined when it is to be left out. */
export function marshallValue(value: unknown, options: MarshallOptions = {}): AttributeValue | undefined {
  if (value === undefined) {
    if (options.removeUndefinedValues) return undefined;
    throw new Error('Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.');
  }
  if (value === null) return { NULL: true };
  switch (typeof value) {
    case 'string':
      return options.convertEmptyValues && value.length === 0 ? { NULL: true } : { S: value };
    case 'number':
      return { N: marshallNumber(value, options) };
    case 'bigint':
      return { N: value.toString() };
    case 'boolean':
      return { BOOL: value };
    case 'object':
      break;
    default:
      throw new Error(`Unsupported type passed: ${String(value)}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`);
  }
  if (value instanceof NumberValue) return { N: value.value };
  if (isBinary(value)) {
    const bytes = toBytes(value);
    return options.convertEmptyValues && bytes.byteLength === 0 ? { NULL: true } : { B: base64(bytes) };
  }
  if (Array.isArray(value)) {
    const list: AttributeValue[] = [];
    for (const element of value) {
      const marshalled = marshallValue(element, options);
      if (marshalled !== undefined) list.push(marshalled);
    }
    return { L: list };
  }
  if (value instanceof Set) {
    const elements = [...value].filter((e) => e !== undefined || !options.removeUndefinedValues);
    if (elements.length === 0) {
      if (options.convertEmptyValues) return { NULL: true };
      throw new Error('Pass a non-empty set, or options.convertEmptyValues=true.');
    }
    const first = elements[0];
    if (typeof first === 'string') return { SS: elements.map((e) => String(e)) };
    if (typeof first === 'number' || typeof first === 'bigint' || first instanceof NumberValue) {
      return { NS: elements.map((e) => (typeof e === 'number' ? marshallNumber(e, options) : String(e instanceof NumberValue ? e.value : e))) };
    }
    if (isBinary(first)) return { BS: elements.map((e) => base64(toBytes(e as Uint8Array))) };
    throw new Error('Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.');
  }
  if (value instanceof Map) return { M: marshallMap(Object.fromEntries(value), options) };
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null && !options.convertClassInstanceToMap) {
    throw new Error(`Unsupported type passed: ${String(value)}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`);
  }
  return { M: marshallMap(value as Record<string, unknown>, options) };
}

/** A plain object to a map of AttributeValues (what `marshall(item)` returns). */
export function marshallMap(item: Record<string, unknown>, options: MarshallOptions = {}): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(item)) {
    const marshalled = marshallValue(value, options);
    if (marshalled !== undefined) out[key] = marshalled;
  }
  return out;
}

function unmarshallNumber(value: string, options: UnmarshallOptions): unknown {
  if (typeof options.wrapNumbers === 'function') return options.wrapNumbers(value);
  if (options.wrapNumbers) return NumberValue.from(value);
  const n = Number(value);
  if ((n > Number.MAX_SAFE_INTEGER || n < Number.MIN_SAFE_INTEGER) && Number.isFinite(n)) {
    try {
      return BigInt(value);
    } catch {
      throw new Error(`${value} can't be converted to BigInt. Set options.wrapNumbers to get string value.`);
    }
  }
  return n;
}

export function unmarshallValue(value: AttributeValue, options: UnmarshallOptions = {}): unknown {
  if ('S' in value) return value.S;
  if ('N' in value) return unmarshallNumber(String(value.N), options);
  if ('BOOL' in value) return value.BOOL;
  if ('NULL' in value) return null;
  if ('M' in value) return unmarshallMap(value.M as Record<string, AttributeValue>, options);
  if ('L' in value) return (value.L as AttributeValue[]).map((v) => unmarshallValue(v, options));
  if ('SS' in value) return new Set(value.SS as string[]);
  if ('NS' in value) return new Set((value.NS as string[]).map((n) => unmarshallNumber(n, options)));
  if ('B' in value) return new Uint8Array(Buffer.from(String(value.B), 'base64'));
  if ('BS' in value) return new Set((value.BS as string[]).map((b) => new Uint8Array(Buffer.from(b, 'base64'))));
  throw new Error(`Unsupported attribute value: ${JSON.stringify(value).slice(0, 100)}`);
}

export function unmarshallMap(item: Record<string, AttributeValue>, options: UnmarshallOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) out[key] = unmarshallValue(value, options);
  return out;
}

export { marshallMap as marshall, unmarshallMap as unmarshall };

type Conversion = (value: unknown, m: MarshallOptions, u: UnmarshallOptions) => unknown;
type Paths = Record<string, Conversion>;

const toMap: Conversion = (v, m) => (v === undefined ? undefined : marshallMap(v as Record<string, unknown>, m));
const fromMap: Conversion = (v, _m, u) => (v === undefined ? undefined : unmarshallMap(v as Record<string, AttributeValue>, u));
const each = (inner: Conversion): Conversion => (v, m, u) => (Array.isArray(v) ? v.map((x) => inner(x, m, u)) : v);
const eachTable = (inner: Conversion): Conversion => (v, m, u) =>
  v === undefined ? undefined : Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([table, x]) => [table, inner(x, m, u)]));
const fields = (paths: Paths): Conversion => (v, m, u) => {
  if (v === undefined || v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  for (const [key, convert] of Object.entries(paths)) if (key in out && out[key] !== undefined) out[key] = convert(out[key], m, u);
  return out;
};

/** Which parts of each operation's input and output hold items, as in lib-dynamodb. */
const OPERATIONS: Record<string, { input: Conversion; output: Conversion }> = {
  GetItem: { input: fields({ Key: toMap }), output: fields({ Item: fromMap }) },
  PutItem: { input: fields({ Item: toMap, ExpressionAttributeValues: toMap }), output: fields({ Attributes: fromMap }) },
  UpdateItem: { input: fields({ Key: toMap, ExpressionAttributeValues: toMap }), output: fields({ Attributes: fromMap }) },
  DeleteItem: { input: fields({ Key: toMap, ExpressionAttributeValues: toMap }), output: fields({ Attributes: fromMap }) },
  Query: { input: fields({ ExpressionAttributeValues: toMap, ExclusiveStartKey: toMap }), output: fields({ Items: each(fromMap), LastEvaluatedKey: fromMap }) },
  Scan: { input: fields({ ExpressionAttributeValues: toMap, ExclusiveStartKey: toMap }), output: fields({ Items: each(fromMap), LastEvaluatedKey: fromMap }) },
  BatchGetItem: {
    input: fields({ RequestItems: eachTable(fields({ Keys: each(toMap) })) }),
    output: fields({ Responses: eachTable(each(fromMap)), UnprocessedKeys: eachTable(fields({ Keys: each(fromMap) })) }),
  },
  BatchWriteItem: {
    input: fields({ RequestItems: eachTable(each(fields({ PutRequest: fields({ Item: toMap }), DeleteRequest: fields({ Key: toMap }) }))) }),
    output: fields({ UnprocessedItems: eachTable(each(fields({ PutRequest: fields({ Item: fromMap }), DeleteRequest: fields({ Key: fromMap }) }))) }),
  },
  TransactGetItems: { input: fields({ TransactItems: each(fields({ Get: fields({ Key: toMap }) })) }), output: fields({ Responses: each(fields({ Item: fromMap })) }) },
  TransactWriteItems: {
    input: fields({
      TransactItems: each(
        fields({
          Put: fields({ Item: toMap, ExpressionAttributeValues: toMap }),
          Update: fields({ Key: toMap, ExpressionAttributeValues: toMap }),
          Delete: fields({ Key: toMap, ExpressionAttributeValues: toMap }),
          ConditionCheck: fields({ Key: toMap, ExpressionAttributeValues: toMap }),
        }),
      ),
    }),
    output: (v) => v,
  },
};

/** A document command: plain values in `input`, converted on send. */
export class DocumentCommand<Input extends object = Record<string, unknown>> {
  constructor(
    readonly operation: string,
    readonly input: Input,
  ) {}
}

function documentCommand(operation: string) {
  return class extends DocumentCommand {
    constructor(input: Record<string, unknown>) {
      super(operation, input);
    }
  };
}

export const GetCommand = documentCommand('GetItem');
export const PutCommand = documentCommand('PutItem');
export const UpdateCommand = documentCommand('UpdateItem');
export const DeleteCommand = documentCommand('DeleteItem');
export const QueryCommand = documentCommand('Query');
export const ScanCommand = documentCommand('Scan');
export const BatchGetCommand = documentCommand('BatchGetItem');
export const BatchWriteCommand = documentCommand('BatchWriteItem');
export const TransactGetCommand = documentCommand('TransactGetItems');
export const TransactWriteCommand = documentCommand('TransactWriteItems');

export class DynamoDBDocumentClient {
  readonly config: DynamoDBClient['config'] & { translateConfig?: TranslateConfig };

  protected constructor(
    private readonly client: DynamoDBClient,
    private readonly translateConfig: TranslateConfig = {},
  ) {
    this.config = { ...client.config, translateConfig };
  }

  static from(client: DynamoDBClient, translateConfig?: TranslateConfig): DynamoDBDocumentClient {
    return new DynamoDBDocumentClient(client, translateConfig);
  }

  async send<Output = Record<string, unknown>>(command: DocumentCommand<object> | DynamoDBOperation<object>): Promise<Output & { $metadata: ResponseMetadata }> {
    if (command instanceof DynamoDBOperation) return this.client.send<Output>(command);
    const conversion = OPERATIONS[command.operation];
    if (!conversion) throw new Error(`unsupported document command ${command.operation}`);
    const m = this.translateConfig.marshallOptions ?? {};
    const u = this.translateConfig.unmarshallOptions ?? {};
    const input = conversion.input(command.input, m, u) as Record<string, unknown>;
    const output = await this.client.send(new DynamoDBOperation(command.operation, input));
    return conversion.output(output, m, u) as Output & { $metadata: ResponseMetadata };
  }

  destroy(): void {
    this.client.destroy();
  }
}
