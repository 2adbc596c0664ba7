import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isProvisionalNumber } from '../../../../shared/numbering/documentNumber.ts';
import { paths } from '../../../routes.tsx';
import { DocumentNumberLink } from '../../../ui/DocumentNumberLink.tsx';

/**
 * An invoice number, with a "Provisional" badge until the server has given the final one, so
 * nobody sends a customer a number that will change.
 */
export function InvoiceNumber({
  id,
  number,
  link = true,
}: {
  id: string;
  number: string;
  link?: boolean;
}) {
  const { t } = useTranslation();
  const provisional = isProvisionalNumber(number);
  return (
    <Group gap={6} wrap="nowrap">
      {link ? (
        <DocumentNumberLink to={paths.invoice(id)} monospace>
          {number}
        </DocumentNumberLink>
      ) : (
        <span style={{ fontFamily: 'monospace', fontWeight: 600 }}>{number}</span>
      )}
      {provisional && (
        <Tooltip label={t('invoices.provisionalHint')} multiline w={260} withArrow>
          <Badge size="xs" variant="outline" color="orange" tabIndex={0}>
            {t('invoices.provisional')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
