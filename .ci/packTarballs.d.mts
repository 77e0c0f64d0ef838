/** The repository root, with a trailing slash. */
export const ROOT: string;
/** The folders under packages/ whose package is published, e.g. `['core', 'proxy', ...]`. */
export function publishedPackages(): string[];
/** Packs each published package into `destination`; `file` is the tarball's absolute path. */
export function packTarballs(destination: string): { name: string; file: string }[];
