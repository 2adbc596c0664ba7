// Every stored ciphertext goes through these, so they are on the path of every write and read.
// Chromium (since 140) has native Uint8Array base64 conversion, ~50× faster than building a
// binary string for `btoa`; Node 24 (the tests) and older engines use the portable fallback.
// Both give standard, padded base64, so either reads what the other wrote.

type NativeBase64 = {
  toBase64?: (this: Uint8Array) => string;
};
type NativeBase64Constructor = {
  fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
};

const nativeToBase64 = (Uint8Array.prototype as NativeBase64).toBase64;
const nativeFromBase64 = (Uint8Array as NativeBase64Constructor).fromBase64;

// `apply` over a typed array takes its elements as arguments without the iterator protocol that
// a spread goes through; chunks stay well under every engine's argument limit.
const chunk = 0x2000;

/** Standard base64 of `bytes` without the native conversion (engines that lack it). */
export function toBase64Portable(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]);
  }
  return btoa(binary);
}

/** The bytes of standard base64 text without the native conversion; throws on invalid text. */
export function fromBase64Portable(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Standard (padded) base64 of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  return nativeToBase64 ? nativeToBase64.call(bytes) : toBase64Portable(bytes);
}

/** The bytes of standard base64 text; throws on invalid text. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return nativeFromBase64 ? nativeFromBase64(text) : fromBase64Portable(text);
}
