/** The store does not answer (Neo4j down, too slow, or refusing connections). */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A caller passed something the store cannot use (a malformed cursor, a bad date). */
export class BadInputError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
    this.name = 'BadInputError';
  }
}
