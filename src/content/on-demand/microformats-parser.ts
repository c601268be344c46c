// Stand-in for microformats-parser in the capture bundle (see libraries.ts): parse5 and its entity tables are
// most of the bundle's weight, and only pages with h-card markup need them.
import type { mf2 as realMf2 } from 'microformats-parser';
import { library } from './libraries';

type Parsed = ReturnType<typeof realMf2>;

export function mf2(html: string, options: Parameters<typeof realMf2>[1]): Parsed {
  const lib = library<{ mf2: typeof realMf2 }>('microformats');
  // Without the library this pass's answer is thrown away and the capture runs again with it.
  return lib ? lib.mf2(html, options) : { items: [], rels: {}, 'rel-urls': {} };
}
