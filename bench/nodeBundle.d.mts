export function bundleForNode(
  entry: string,
  outfile: string,
  workingDir?: string,
): Promise<unknown>;
