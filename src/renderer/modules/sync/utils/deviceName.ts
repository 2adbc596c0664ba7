/** A name an admin recognises in the device list, like "Chrome on Linux" or "Desktop app on macOS". */
export function deviceName(params: { userAgent: string; desktop: boolean }): string {
  const ua = params.userAgent;
  const system = /Windows/.test(ua)
    ? 'Windows'
    : /Mac OS X|Macintosh/.test(ua)
      ? 'macOS'
      : /Android/.test(ua)
        ? 'Android'
        : /iPhone|iPad/.test(ua)
          ? 'iOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : 'unknown system';
  if (params.desktop) return `Desktop app on ${system}`;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'Browser';
  return `${browser} on ${system}`;
}
