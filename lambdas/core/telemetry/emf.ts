/**
 * CloudWatch Embedded Metric Format, written by hand: one JSON log line per
 * call, which CloudWatch Logs turns into metrics (no PutMetricData call, no
 * permission, no SDK client on the cold start). The line must be a whole log
 * event (no Lambda text-format prefix): write it straight to stdout.
 */
export type MetricUnit = 'Count' | 'Seconds' | 'Milliseconds' | 'None';

export interface MetricValue {
  readonly value: number;
  readonly unit: MetricUnit;
}

export function emfLine(
  namespace: string,
  dimensions: Record<string, string>,
  metrics: Record<string, MetricValue>,
  properties: Record<string, unknown> = {},
  now: number = Date.now(),
): string {
  const names = Object.keys(metrics);
  const root: Record<string, unknown> = {
    ...properties,
    ...dimensions,
    _aws: {
      Timestamp: now,
      CloudWatchMetrics: [{ Namespace: namespace, Dimensions: [Object.keys(dimensions)], Metrics: names.map((Name) => ({ Name, Unit: metrics[Name]!.unit })) }],
    },
  };
  for (const name of names) root[name] = metrics[name]!.value;
  return JSON.stringify(root);
}

export const stdoutSink = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * The EMF part of a log line, to spread into a structured logger's fields: the line stays one JSON event
 * (its `level` and `event` unchanged) and CloudWatch also reads the metrics out of it.
 */
export function emfFields(namespace: string, dimensions: Record<string, string>, metrics: Record<string, MetricValue>, now: number = Date.now()): Record<string, unknown> {
  const names = Object.keys(metrics);
  const fields: Record<string, unknown> = {
    ...dimensions,
    _aws: { Timestamp: now, CloudWatchMetrics: [{ Namespace: namespace, Dimensions: [Object.keys(dimensions)], Metrics: names.map((Name) => ({ Name, Unit: metrics[Name]!.unit })) }] },
  };
  for (const name of names) fields[name] = metrics[name]!.value;
  return fields;
}
