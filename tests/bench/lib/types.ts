// What every benchmark in `npm run bench` provides and returns.

/** One JSON line of `npm run bench -- --json`: the bench's name, then its figures. */
export type BenchResult = { bench: string } & Record<string, number | string>;

export interface Bench {
  name: string;
  /** Size used when --rows is not given. */
  defaultRows: number;
  run(options: { rows: number }): Promise<BenchResult>;
}
