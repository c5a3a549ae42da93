/** A vendor request that reached a stand-in. */
export interface DemoHit {
  time: number;
  method: string | undefined;
  /** `/vendor/<real host>/<path>` */
  path: string;
  query: string;
  vendor: string;
  kind: 'script' | 'frame' | 'pixel' | 'beacon';
  service: string | null;
}

export interface Demo {
  port: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The English home page. */
  url: string;
  hits: DemoHit[];
  vendorHits(since?: number): DemoHit[];
  reset(): void;
  close(): Promise<void>;
}

/** Serves the demo shop (port 0 = any free port; a busy port falls back to a free one unless `strictPort`). */
export function startDemo(options?: { port?: number; host?: string; strictPort?: boolean }): Promise<Demo>;

/** Runs `npm run -s build`. */
export function build(): void;
