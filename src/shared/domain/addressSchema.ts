import { z } from 'zod';

/** An ISO 3166-1 alpha-2 country code such as `CN`, `DE`, `US`. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

/** A postal address. Lines are free text: Chinese addresses run from province down, Western ones up. */
export const addressSchema = z.object({
  line1: z.string().max(200),
  line2: z.string().max(200).optional(),
  city: z.string().max(100).optional(),
  region: z.string().max(100).optional(),
  postalCode: z.string().max(20).optional(),
  country: countryCodeSchema,
});
export type Address = z.infer<typeof addressSchema>;
