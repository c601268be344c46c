// `extract <page.html> --url <url>`: runs the capture pipeline on a saved page and prints the person found.
// The page is parsed by happy-dom with scripts, stylesheets, images, frames and navigation all disabled, and
// through DOMParser, whose documents never run scripts: a saved page is data, not code.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { capturePage } from '../../adapters/capture-page';
import { toCliShape } from '../../adapters/pipeline';
import { CliError, parseArgs, printJson, type Command, type Io } from '../command';

export const EXIT_NO_PERSON = 3;

/** A happy-dom window that will not execute or fetch anything the page asks for. */
export function inertWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      disableIframePageLoading: true,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
}

/** Parses page HTML into an inert Document and runs the capture pipeline the in-page capture runs on it. */
export async function extractFromHtml(html: string, url: URL) {
  const window = inertWindow(url.href);
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return capturePage(doc, url);
  } finally {
    await window.happyDOM.close();
  }
}

export const extractCommand: Command = {
  name: 'extract',
  usage: 'extract <page.html> --url <url>',
  summary: 'Extract the person on a saved web page (LinkedIn, GitHub, X, Gmail, Outlook, team pages, any page with structured data)',
  run: async (args: string[], io: Io) => {
    const { positionals, flags } = parseArgs(args);
    const path = positionals[0];
    if (!path) throw new CliError('Give a saved HTML page, e.g. extract page.html --url https://www.linkedin.com/in/someone/', 2);
    let url: URL;
    if (flags.url === undefined) {
      url = pathToFileURL(resolve(path));
      io.stderr(`warning: no --url given; using ${url.href}, so no site adapter (LinkedIn, GitHub, X) will recognise the page\n`);
    } else {
      if (flags.url === true) throw new CliError('--url needs a value, e.g. --url https://github.com/someone', 2);
      try {
        url = new URL(flags.url);
      } catch {
        throw new CliError(`--url is not a valid absolute URL: ${flags.url}`, 2);
      }
    }
    let html: string;
    try {
      html = await io.readFile(path);
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new CliError(code === 'ENOENT' ? `Page file not found: ${path}` : `Cannot read ${path}: ${(err as Error).message}`);
    }
    const shape = toCliShape(await extractFromHtml(html, url));
    if ('error' in shape) {
      const line = `${JSON.stringify({ error: shape.error })}\n`;
      io.stdout(line);
      io.stderr(line);
      return EXIT_NO_PERSON;
    }
    printJson(io, shape);
    return 0;
  },
};
