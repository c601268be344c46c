// Pack versions: up to three whole numbers ("2", "2.1", "2.1.3"), compared part by part; a missing part is 0.
import { PACK_VERSION_PATTERN } from './pack-ref';

export function isPackVersion(text: string): boolean {
  return PACK_VERSION_PATTERN.test(text);
}

function parts(version: string): number[] {
  if (!isPackVersion(version)) throw new Error(`"${version}" is not a pack version such as "1.2.0"`);
  const numbers = version.split('.').map(Number);
  while (numbers.length < 3) numbers.push(0);
  return numbers;
}

/** Negative when a is older than b, 0 when the same ("1.2" equals "1.2.0"), positive when a is newer. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** The next version a publisher would use: "1.2.0" → "1.3.0" (a new release of the same pack). */
export function nextMinorVersion(version: string): string {
  const [major, minor] = parts(version);
  return `${major}.${minor! + 1}.0`;
}
