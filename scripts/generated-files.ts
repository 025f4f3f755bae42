import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file made from other files, with what it must hold now. */
export interface GeneratedFile {
  file: URL;
  content: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const nameOf = (file: URL) => path.relative(ROOT, fileURLToPath(file));

export function writeGenerated(files: GeneratedFile[]): void {
  for (const { file, content } of files) {
    writeFileSync(file, content);
    console.log(`wrote ${nameOf(file)}`);
  }
}

/** The committed files that differ from what they must hold (a missing one counts), each reported with the command that remakes it. */
export function staleGenerated(files: GeneratedFile[], remake: string): GeneratedFile[] {
  const stale = files.filter(({ file, content }) => {
    try {
      return readFileSync(file, 'utf8') !== content;
    } catch {
      return true;
    }
  });
  for (const { file } of stale) console.error(`${nameOf(file)} is stale: run \`${remake}\` and commit it.`);
  return stale;
}
