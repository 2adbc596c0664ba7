import type { CompanyProfile } from '../../../data/index.ts';
import classes from './QuoteDocument.module.css';

/** The seller block at the top of a printed quote or invoice: logo, name, contact lines, tax ID. */
export function DocumentSeller({
  company,
  taxIdLabel,
}: {
  company: CompanyProfile;
  /** The tax ID line in the document's language ("税号：…"). */
  taxIdLabel: (taxId: string) => string;
}) {
  return (
    <div>
      {company.logoDataUrl && (
        <img className={classes.logo} src={company.logoDataUrl} alt={company.name} />
      )}
      <div className={classes.company}>{company.name}</div>
      {[company.address, company.phone, company.email, company.website]
        .filter(Boolean)
        .map((line) => (
          <div key={line} className={classes.muted}>
            {line}
          </div>
        ))}
      {company.taxId && <div className={classes.muted}>{taxIdLabel(company.taxId)}</div>}
    </div>
  );
}
