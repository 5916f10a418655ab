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
  bytes: number;
  budget: number;
  isWithinBudget: boolean;
}
export const PAGES: PageBudget[];
export function filesOfPage(manifest: Record<string, ManifestChunk>, modules: string[]): string[];
export function weighPages(
  manifest: Record<string, ManifestChunk>,
  gzippedSize: (file: string) => number,
  pages?: PageBudget[],
): PageWeight[];
