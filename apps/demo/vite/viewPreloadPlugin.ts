import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** A view the script can tell from the address, and the modules React.lazy loads for it. */
export interface PreloadedView {
  /** `location.pathname` for an exact match, or a RegExp tested against it. */
  path: string | RegExp;
  /** Modules relative to the app's root, e.g. `src/pages/StartPage.tsx`. */
  modules: readonly string[];
}

export interface ViewPreloadOptions {
  views: readonly PreloadedView[];
  /** The modules of any other address. */
  fallback: readonly string[];
  /**
   * Modules wanted on every view unless the address's query says otherwise, e.g. the panels
   * unless `?panels=0` (`{ param: 'panels', value: '0' }`).
   */
  always?: { modules: readonly string[]; unless?: { param: string; value: string } };
}

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
}

/** A chunk's file and those it imports statically, without those already loaded. */
function closure(bundle: OutputBundle, file: string, skip: ReadonlySet<string>): string[] {
  const files: string[] = [];
  const visit = (name: string) => {
    if (skip.has(name) || files.includes(name)) return;
    const chunk = bundle[name];
    if (chunk?.type !== 'chunk') return;
    files.push(name);
    chunk.imports.forEach(visit);
  };
  visit(file);
  return files;
}

/**
 * Lets the first view's lazy chunks download beside the entry instead of after it. The pages are
 * React.lazy chunks that main.tsx loads before the first render; by then the entry (React and
 * the shell) has downloaded and run, and their requests would wait a round trip more. An inline
 * script at the top of index.html (it runs before the entry, which is a module) adds a
 * `<link rel="modulepreload">` for the chunks of the page the address shows, which it knows
 * from a table written at build time (page -> hashed chunk files). A wrong guess costs only a
 * download: the app still imports what it renders. Build only: the dev server has no chunks.
 *
 * @example
 * viewPreloadPlugin({ views: [{ path: '/', modules: ['src/pages/StartPage.tsx'] }], fallback: [] })
 */
export function viewPreloadPlugin(options: ViewPreloadOptions): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'webform-kit-demo-view-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (bundle === undefined) return undefined;
        const chunks = chunksOf(bundle);
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (entry === undefined) throw new Error('viewPreloadPlugin: the build has no entry chunk');
        const loaded = new Set(closure(bundle, entry.fileName, new Set()));
        const filesOf = (modules: readonly string[]) => [
          ...new Set(
            modules.flatMap((module) => {
              const id = `${root}/${module}`;
              const chunk = chunks.find((candidate) => candidate.facadeModuleId === id);
              if (chunk === undefined)
                throw new Error(`viewPreloadPlugin: no chunk of its own for ${module}`);
              return closure(bundle, chunk.fileName, loaded).map((file) => base + file);
            }),
          ),
        ];
        const views = options.views.map(({ path, modules }) => [
          typeof path === 'string' ? path : { source: path.source },
          filesOf(modules),
        ]);
        const always = options.always;
        const script = `(function (views, fallback, always, unless) {
  var path = location.pathname, files = fallback;
  for (var i = 0; i < views.length; i++) {
    var match = views[i][0];
    if (typeof match === 'string' ? match === path : new RegExp(match.source).test(path)) {
      files = views[i][1];
      break;
    }
  }
  if (!unless || new URLSearchParams(location.search).get(unless.param) !== unless.value)
    files = files.concat(always);
  files.forEach(function (href) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  });
})(${JSON.stringify(views)}, ${JSON.stringify(filesOf(options.fallback))}, ${JSON.stringify(
          always ? filesOf(always.modules) : [],
        )}, ${JSON.stringify(always?.unless ?? null)});`;
        // Right after the charset (which must come in the first 1024 bytes), ahead of the
        // stylesheet: an inline script after a stylesheet waits for it to load.
        const charset = /<meta charset=[^>]*>/i.exec(html);
        if (charset === null)
          throw new Error('viewPreloadPlugin: index.html has no <meta charset>');
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    <script>${script}</script>${html.slice(at)}`;
      },
    },
  };
}
