/** Types of scripts/bundle-size.js, for its tests. */
export interface ManifestChunk {
  file: string;
  name?: string;
  imports?: string[];
  dynamicImports?: string[];
}
export interface PageBudget {
  page: string;
  modules: string[];
  budget: number;
}
export interface PageWeight {
  page: string;
  /** The language the page weighs most in, when its modules name one by `{locale}`. */
  locale: string | null;
  bytes: number;
  budget: number;
  isWithinBudget: boolean;
}
export const LOCALES: string[];
export const PAGES: PageBudget[];
export function filesOfPage(manifest: Record<string, ManifestChunk>, modules: string[]): string[];
export function weighPages(
  manifest: Record<string, ManifestChunk>,
  gzippedSize: (file: string) => number,
  pages?: PageBudget[],
): PageWeight[];
export const OVERVIEW_FIRST_SCREEN: string[];
export function unnamedFiles(html: string, files: string[]): string[];
