export const SERVER_OLD_SPACE_MB: number;
export const SERVER_SEMI_SPACE_MB: number;
export function serverHeapFlags(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string[];
export function restartWithFlags(flags: readonly string[], script: string): Promise<void>;
export function stopWithWrapper(): void;
