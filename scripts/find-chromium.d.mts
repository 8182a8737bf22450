export function findChromium(): Promise<string | undefined>;
export const NO_BROWSER_MESSAGE: string;
