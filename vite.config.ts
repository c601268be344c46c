import { resolve } from 'node:path';
import { build as viteBuild, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestFor, SIDEBAR_PAGE, TEAM_SYNC_OFFSCREEN_PAGE } from './src/tools/manifests.ts';
import { mergeAllLocales } from './src/locales/merge-locales.ts';

const root = import.meta.dirname;
const browser = process.env.SEGUE_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const isVitest = Boolean(process.env.VITEST);
/**
 * SEGUE_TEST_BUILD=1 builds into dist-test/ with a service worker entry from tests/support that also hands the e2e
 * tests the shortcut and menu handlers (Chromium delivers neither event to a command-line-loaded extension). The
 * normal build never contains it: a test greps dist/ for it.
 */
const testBuild = process.env.SEGUE_TEST_BUILD === '1';
const store = process.env.SEGUE_STORE_BUILD === '1';

/**
 * Scripts injected on demand with chrome.scripting.executeScript({ files }) must be single classic scripts.
 * crxjs would turn them into loaders that import chunks through web_accessible_resources (slower, and
 * detectable by pages), so each is bundled here as one self-contained IIFE and emitted into dist/.
 */
/** An injected script: its entry, and modules replaced in its bundle (the capture script's on-demand libraries). */
interface InjectedScript { entry: string; alias?: Record<string, string> }

function injectedScripts(entries: Record<string, InjectedScript>): Plugin {
  return {
    name: 'segue-injected-scripts',
    apply: 'build',
    async generateBundle() {
      for (const [fileName, { entry, alias }] of Object.entries(entries)) {
        const out = await viteBuild({
          configFile: false,
          logLevel: 'warn',
          ...(alias ? { resolve: { alias: Object.entries(alias).map(([find, to]) => ({ find: new RegExp(`^${find}$`), replacement: resolve(root, to) })) } } : {}),
          build: {
            write: false,
            minify: true,
            target: 'chrome120',
            lib: { entry: resolve(root, entry), formats: ['iife'], name: 'segueInjected', fileName: () => fileName },
          },
        });
        const outputs = Array.isArray(out) ? out : [out];
        for (const o of outputs) {
          if (!('output' in o)) continue;
          for (const chunk of o.output) {
            if (chunk.type === 'chunk') this.emitFile({ type: 'asset', fileName, source: chunk.code });
          }
        }
      }
    },
  };
}

/** The capture script without its heavy libraries, which are injected only on pages that need them. */
const INJECTED_SCRIPTS: Record<string, InjectedScript> = {
  'content/capture.js': {
    entry: 'src/content/capture.ts',
    alias: {
      'microformats-parser': 'src/content/on-demand/microformats-parser.ts',
      'libphonenumber-js/min': 'src/content/on-demand/libphonenumber-min.ts',
    },
  },
  'content/lib-microformats.js': { entry: 'src/content/lib-microformats.ts' },
  'content/lib-phones.js': { entry: 'src/content/lib-phones.ts' },
  'content/page-button.js': { entry: 'src/content/page-button.ts' },
};

/**
 * Third-party code in its own chunk (Firefox build), so `web-ext lint` findings in libraries (Preact's
 * dangerouslySetInnerHTML support, which Segue never uses) stay apart from findings in Segue's own code.
 */
function vendorChunk(id: string): string | undefined {
  const [, name] = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id) ?? [];
  return name ? `vendor-${name.replace(/[@/]/g, '')}` : undefined;
}

/** Emits _locales/<lang>/messages.json merged from src/locales/<lang>/*.json. */
function locales(): Plugin {
  return {
    name: 'segue-locales',
    apply: 'build',
    buildStart() {
      for (const file of ['common', 'popup', 'options']) this.addWatchFile(resolve(root, `src/locales/en/${file}.json`));
    },
    generateBundle() {
      for (const [lang, messages] of Object.entries(mergeAllLocales(resolve(root, 'src/locales')))) {
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: JSON.stringify(messages, null, 2) });
      }
    },
  };
}

export default defineConfig({
  plugins: isVitest
    ? [preact()]
    : [
        preact(),
        crx({ manifest: manifestFor(browser, { testBuild, store }) as never, browser }),
        injectedScripts(INJECTED_SCRIPTS),
        locales(),
      ],
  build: {
    outDir: process.env.SEGUE_OUT_DIR ?? (testBuild ? 'dist-test' : browser === 'firefox' ? 'dist-firefox' : 'dist'),
    emptyOutDir: true,
    target: 'chrome120',
    modulePreload: { polyfill: false },
    sourcemap: false,
    // crxjs builds the pages Chrome's manifest names, but not Firefox's sidebar_action page nor Chrome's offscreen
    // document for team sync (opened at run time): name them here.
    rollupOptions: browser === 'firefox'
      ? { input: { sidebar: resolve(root, SIDEBAR_PAGE) }, output: { manualChunks: vendorChunk } }
      : { input: { 'team-sync-offscreen': resolve(root, TEAM_SYNC_OFFSCREEN_PAGE) } },
  },
  // The offscreen document's team-sync worker is a module worker, so PouchDB stays a chunk it imports on demand.
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          // Some tests write hundreds of rows through fake-indexeddb: on a loaded 2-core machine 5 s is not a hang.
          testTimeout: 20_000,
          setupFiles: ['fake-indexeddb/auto', './tests/setup/unit.ts'],
          // Run through Vite, so its `react` import takes @preact/preset-vite's alias to preact/compat (as in the build).
          server: { deps: { inline: ['dexie-react-hooks'] } },
          include: ['tests/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
