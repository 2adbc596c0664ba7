import type { CompanyProfile } from '../../../data/index.ts';
import classes from './QuoteDocument.module.css';

/** The seller's name as a document in `language` prints it: the registered English name on English ones. */
export function sellerName(company: CompanyProfile, language: string): string {
  return (language.startsWith('en') && company.nameEn) || company.name;
}

/** The seller block at the top of a printed quote or invoice: logo, name, contact lines, tax ID. */
export function DocumentSeller({
  company,
  language,
  taxIdLabel,
}: {
  company: CompanyProfile;
  /** The document's language: an English document names the company in English where it can. */
  language: string;
  /** The tax ID line in the document's language ("税号：…"). */
  taxIdLabel: (taxId: string) => string;
}) {
  const name = sellerName(company, language);
  const address = (language.startsWith('en') && company.addressEn) || company.address;
  return (
    <div>
      {company.logoDataUrl && <img className={classes.logo} src={company.logoDataUrl} alt={name} />}
      <div className={classes.company}>{name}</div>
      {[address, company.phone, company.email, company.website].filter(Boolean).map((line) => (
        <div key={line} className={classes.muted}>
          {line}
        </div>
      ))}
      {company.taxId && <div className={classes.muted}>{taxIdLabel(company.taxId)}</div>}
    </div>
  );
}
