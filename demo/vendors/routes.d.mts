/** What answers `/vendor/<real host>/<real path>`: a stand-in file, a pixel, or an empty beacon. */
export function vendorRoute(path: string): { service: string | null; vendor: string; kind: 'script' | 'frame' | 'pixel' | 'beacon'; file?: string };
