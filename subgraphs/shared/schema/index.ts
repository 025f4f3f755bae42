import { readFileSync } from 'node:fs';
import { SUBGRAPHS } from '../../registry.js';

/**
 * Schema types every subgraph that needs them shares, kept once in this
 * folder. A subgraph names the files it uses on one line under its `@link`:
 *
 *   # include: scalars, agency, participant-records
 *
 * and everything that reads a subgraph's schema (its server, composition,
 * schema:check, codegen) reads it with these appended. `agency.graphql` is
 * generated from the registry (`npm run generate`).
 */
const INCLUDE_LINE = /^# include: (.+)$/m;
const fileOf = (part: string) => new URL(`./${part}.graphql`, import.meta.url);

/** The shared files a subgraph's SDL includes, as paths from the repository root (what codegen.yml lists). */
export function includedFiles(sdl: string): string[] {
  const parts =
    INCLUDE_LINE.exec(sdl)?.[1]
      ?.split(',')
      .map((p) => p.trim()) ?? [];
  return parts.map((part) => `subgraphs/shared/schema/${part}.graphql`);
}

/** A subgraph's SDL with the shared files it includes appended. */
export function withIncludes(sdl: string): string {
  const parts =
    INCLUDE_LINE.exec(sdl)?.[1]
      ?.split(',')
      .map((p) => p.trim()) ?? [];
  return [sdl, ...parts.map((part) => readFileSync(fileOf(part), 'utf8'))].join('\n');
}

/** An edited SDL (printed from an AST, which drops comments) with the include line of the one it was made from. */
export function keepIncludes(original: string, edited: string): string {
  const line = INCLUDE_LINE.exec(original)?.[0];
  return line && !INCLUDE_LINE.test(edited) ? `${line}\n${edited}` : edited;
}

export const AGENCY_SCHEMA_FILE = fileOf('agency');

/** The `Agency` enum, from the registry. */
export function agencySchema(): string {
  const values = SUBGRAPHS.map((s) => `  ${JSON.stringify(s.description)}\n  ${s.agency}`).join('\n');
  return `# Generated from subgraphs/registry.ts by \`npm run generate\`.\n"""\nAn agency that sits in the center.\n"""\nenum Agency {\n${values}\n}\n`;
}
