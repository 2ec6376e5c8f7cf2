/**
 * Long steps of a command say when they start and how long they took, on
 * stderr (stdout stays the command's result), so a first build of the whole
 * corpus never sits silent for minutes.
 */
export function progress(command: string) {
  const t0 = performance.now();
  const since = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
  return {
    /** Time since the command began. */
    elapsed: () => since(t0),
    async step<T>(label: string, run: () => T | Promise<T>): Promise<T> {
      const t = performance.now();
      console.error(`${command}: ${label}…`);
      const result = await run();
      console.error(`${command}: ${label}：${since(t)}（累计 ${since(t0)}）`);
      return result;
    },
  };
}
