// `node scripts/run.mjs <entry.ts> [args…]`: runs one of the project's TypeScript entry points as compiled JavaScript.
//
// The entry and every project file it imports are bundled by esbuild into one module under node_modules/.cache;
// packages stay external, loaded from node_modules as usual. That bundle is rebuilt only when a file in it changed,
// so a start after the first skips both compiling and tsx's per-import hooks, which cost `npm start` about 3.5 s.
// Each file's `import.meta.url` is kept as its source file's, so schemas, templates and assets are found beside it.
// Outside production, stack traces are mapped back to the TypeScript source.
//
// `node scripts/run.mjs --build <entry.ts>…` only builds (the Docker image does it once, as it is made).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'workplus-run');

/** Where `entry`'s bundle lives, and the list of files it was built from beside it. */
function bundleOf(entry) {
  const file = path.join(CACHE, path.relative(ROOT, path.resolve(entry)).replace(/\.ts$/, '.mjs'));
  return { file, inputs: `${file}.inputs.json`, packages: `${file}.packages.json` };
}

/**
 * True when the bundle exists, was built from this checkout, and neither this script nor any file it was built
 * from changed since. A git worktree that shares node_modules (the benchmark's baseline) shares this cache too:
 * its bundle has its own files' `import.meta.url`s and its own code, however old this checkout's files are.
 */
function isFresh({ file, inputs }) {
  try {
    const built = statSync(file).mtimeMs;
    const from = JSON.parse(readFileSync(inputs, 'utf8'));
    if (from.root !== ROOT) return false;
    const sources = [fileURLToPath(import.meta.url), ...from.inputs.map((input) => path.join(ROOT, input))];
    return sources.every((source) => statSync(source).mtimeMs < built);
  } catch {
    return false;
  }
}

/** A project file's `import.meta.url` stays its own, not the bundle's. */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

async function build(entries) {
  const esbuild = await import('esbuild');
  try {
    for (const entry of entries) {
      const bundle = bundleOf(entry);
      const result = await esbuild.build({
        entryPoints: [entry],
        outfile: bundle.file,
        write: false,
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: 'linked',
        sourcesContent: false,
        metafile: true,
        logLevel: 'error',
        plugins: [sourceUrls],
      });
      const inputs = Object.keys(result.metafile.inputs).map((input) => path.relative(ROOT, path.resolve(input)));
      const packages = Object.values(result.metafile.outputs).flatMap((output) =>
        output.imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => i.path),
      );
      const files = [
        ...result.outputFiles.map((f) => [f.path, f.contents]),
        [bundle.inputs, JSON.stringify({ root: ROOT, inputs })],
        [bundle.packages, JSON.stringify([...new Set(packages)])],
      ];
      mkdirSync(path.dirname(bundle.file), { recursive: true });
      // Written under names of this process's own, then renamed: processes starting at once never read half a bundle.
      for (const [file, contents] of files) writeFileSync(`${file}.${process.pid}`, contents);
      for (const [file] of files) renameSync(`${file}.${process.pid}`, file);
    }
  } finally {
    await esbuild.stop();
  }
}

const [first, ...rest] = process.argv.slice(2);
if (first === '--build') {
  await build(rest);
} else if (!first) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args…] | --build <entry.ts>…');
  process.exit(2);
} else {
  const bundle = bundleOf(first);
  // esbuild has already said what does not compile, naming the file and line.
  if (!isFresh(bundle)) await build([first]).catch((error) => (error.errors?.length ? process.exit(1) : Promise.reject(error)));
  if (process.env.NODE_ENV !== 'production') {
    // Packages the bundle imports are loaded first, with source maps still off: Node would otherwise read and parse
    // the map of every package file (about 0.3 s of a warm `npm start`), and their stacks were never mapped before either.
    for (const specifier of JSON.parse(readFileSync(bundle.packages, 'utf8'))) await import(specifier);
    process.setSourceMapsEnabled(true);
  }
  process.argv.splice(1, 2, path.resolve(first));
  await import(pathToFileURL(bundle.file).href);
}
