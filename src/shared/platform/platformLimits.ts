/** 20 MB of CSV text: far more than a trade show's leads, far less than would hang the app. */
export const maxCsvChars = 20 * 1024 * 1024;
