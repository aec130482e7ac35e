/** An op that does not fit the document it is applied to (a missing stage, a duplicate id). */
export class OpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpError';
  }
}
