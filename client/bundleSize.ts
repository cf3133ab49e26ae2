import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface OutputChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
}

/**
 * Prints the gzipped size of the JavaScript a first visit downloads: the entry chunks and every
 * chunk they import statically (not lazy ones). Keeps an eye on what the page costs to open.
 */
export function reportInitialJsSize(): Plugin {
  return {
    name: 'inquiry-graph:initial-js-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, OutputChunkLike>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks.set(output.fileName, output as unknown as OutputChunkLike);
      }
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        const chunk = chunks.get(fileName);
        if (!chunk) return;
        initial.add(fileName);
        chunk.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      let raw = 0;
      let gzipped = 0;
      for (const fileName of initial) {
        const code = chunks.get(fileName)?.code ?? '';
        raw += Buffer.byteLength(code);
        gzipped += gzipSync(code, { level: 9 }).length;
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      // Printed, not logged through Vite, so it shows whatever the log level.
      console.log(`\nInitial JS: ${kb(gzipped)} gzipped (${kb(raw)} raw) in ${initial.size} chunk(s): ${[...initial].join(', ')}`);
    },
  };
}
