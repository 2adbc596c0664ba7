/** Currencies offered for a new deal's amount; the common ones of the team's markets. */
export const convertCurrencies = ['CNY', 'USD', 'EUR', 'JPY', 'HKD', 'GBP'];
