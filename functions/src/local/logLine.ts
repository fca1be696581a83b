/**
 * One log line as JSON: time, level, the request id (also the response's x-request-id and a 500's
 * error.requestId), the function, the message and the error with its stack, so that one request's
 * lines can be found and a log collector can read them without parsing prose. In Azure the Functions
 * host adds the same ids itself (see README, Operations).
 */
export function logLine(level: 'error' | 'warn' | 'info', where: { requestId: string; function?: string }, args: readonly unknown[]): string {
  const texts = args.filter((a): a is string => typeof a === 'string');
  const error = args.find((a): a is Error => a instanceof Error);
  const other = args.filter((a) => typeof a !== 'string' && !(a instanceof Error));
  return JSON.stringify({
    time: new Date().toISOString(),
    level,
    requestId: where.requestId,
    ...(where.function ? { function: where.function } : {}),
    message: texts.join(' '),
    ...(error ? { error: { name: error.name, message: error.message, stack: error.stack } } : {}),
    ...(other.length ? { details: other.map((value) => String(value)) } : {}),
  });
}
