// `node scripts/run.mjs <entry.ts> [args…]`: runs one of the project's TypeScript entry points as compiled JavaScript.
//
// The entry and every file it imports, the packages' as well as the project's, are bundled by esbuild into one module
// under node_modules/.cache. That bundle is rebuilt only when a file in it changed, so a start after the first skips
// both compiling and tsx's per-import hooks (about 3.5 s of `npm start`), and Node's resolving and loading of some
// 3,000 package files one by one (about 1.3 s more). Only Node's own modules and native add-ons stay outside.
// Each file's `import.meta.url`, `__dirname` and `__filename` are kept as its source file's, so schemas, templates,
// assets and a package's workers are found beside it. Outside production, stack traces are mapped back to the source.
//
// `node scripts/run.mjs --build <entry.ts>…` only builds (the Docker image does it once, as it is made).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * Bundles are kept in a folder of this checkout's own. A git worktree that shares node_modules (the benchmark's
 * baseline) would otherwise overwrite this checkout's bundles with its own, and each would build again at every start.
 */
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'workplus-run', createHash('sha256').update(ROOT).digest('hex').slice(0, 12));

/** Where `entry`'s bundle lives, and the list of files it was built from beside it. */
function bundleOf(entry) {
  const file = path.join(CACHE, path.relative(ROOT, path.resolve(entry)).replace(/\.ts$/, '.mjs'));
  return { file, inputs: `${file}.inputs.json` };
}

/**
 * True when the bundle exists (in this checkout's own folder) and neither this script nor any file it was built
 * from changed since. A file's change time counts as well as its modified time, which an unpacked archive or
 * `touch -d` can set back: a package file that was replaced always has a new change time.
 */
function isFresh({ file, inputs }) {
  try {
    const built = statSync(file).mtimeMs;
    const sources = [fileURLToPath(import.meta.url), ...JSON.parse(readFileSync(inputs, 'utf8')).map((input) => path.join(ROOT, input))];
    return sources.every((source) => {
      const { mtimeMs, ctimeMs } = statSync(source);
      return Math.max(mtimeMs, ctimeMs) < built;
    });
  } catch {
    return false;
  }
}

/** A `#!` line, which must stay first in a file. */
const SHEBANG = /^#![^\n]*\n/;

/** Every file's `import.meta.url`, `__dirname` and `__filename` stay its own, not the bundle's. */
const ownLocations = {
  name: 'own-locations',
  setup(build) {
    build.onLoad({ filter: /\.(ts|js|mjs|cjs)$/ }, (args) => {
      const isTypeScript = args.path.endsWith('.ts');
      if (isTypeScript && args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      let contents = readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      if (!isTypeScript && /\b__(dirname|filename)\b/.test(contents)) {
        // On the first line, so every line number stays as it was. (The bundle is an ES module: all of it is strict
        // already, so a "use strict" that no longer comes first changes nothing.)
        const own = `var __filename = ${JSON.stringify(args.path)}, __dirname = ${JSON.stringify(path.dirname(args.path))};`;
        const shebang = SHEBANG.exec(contents)?.[0] ?? '';
        contents = shebang + own + contents.slice(shebang.length);
      }
      return { contents, loader: isTypeScript ? 'ts' : 'js' };
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
        // Native add-ons cannot be bundled; esbuild runs its own binary from where it is installed.
        external: ['*.node', 'esbuild'],
        // For a package's `require` of a module the bundle does not hold (Node's own, an add-on, an optional one).
        banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: 'linked',
        sourcesContent: false,
        // 11 MB for V8 to parse at every start, not 16 (0.3 s less of a warm `npm start`). Names stay as written, for
        // profiles; stacks are mapped back to the source outside production.
        minifyWhitespace: true,
        minifySyntax: true,
        metafile: true,
        logLevel: 'error',
        plugins: [ownLocations],
      });
      const inputs = Object.keys(result.metafile.inputs).map((input) => path.relative(ROOT, path.resolve(input)));
      const files = [...result.outputFiles.map((f) => [f.path, f.contents]), [bundle.inputs, JSON.stringify(inputs)]];
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
  if (process.env.NODE_ENV !== 'production') process.setSourceMapsEnabled(true);
  process.argv.splice(1, 2, path.resolve(first));
  await import(pathToFileURL(bundle.file).href);
}
