/** A mistake on the command line: exit code 2, with a pointer to the usage. */
export class UsageError extends Error {}
