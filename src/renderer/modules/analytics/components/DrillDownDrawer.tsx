import { Anchor, Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../../shared/text/formatPersonName.ts';
import type { AnalyticsRecords } from '../../../data/analytics/analyticsMirrors.ts';
import { paths } from '../../../routes.tsx';
import type { Drill } from '../utils/dashboardModel.ts';

type Props = {
  drill: { drill: Drill; title: string } | undefined;
  records: AnalyticsRecords;
  onClose: () => void;
};

const shown = 200;

type Row = { id: string; title: string; subtitle?: string; href?: string };

function rowsOf(drill: Drill, records: AnalyticsRecords): Row[] {
  const wanted = new Set(drill.ids);
  switch (drill.collection) {
    case 'leads':
      return records.leads
        .filter((lead) => wanted.has(lead.id))
        .map((lead) => ({
          id: lead.id,
          title: formatPersonName(lead) || lead.company,
          subtitle: lead.company,
          href: paths.lead(lead.id),
        }));
    case 'opportunities':
      return records.opportunities
        .filter((deal) => wanted.has(deal.id))
        .map((deal) => ({ id: deal.id, title: deal.name, href: paths.opportunity(deal.id) }));
    case 'quotes':
      return records.quotes
        .filter((quote) => wanted.has(quote.id))
        .map((quote) => ({ id: quote.id, title: quote.number, href: paths.quote(quote.id) }));
    case 'orders':
      return records.orders
        .filter((order) => wanted.has(order.id))
        .map((order) => ({ id: order.id, title: order.number, href: paths.order(order.id) }));
    case 'invoices':
      return records.invoices
        .filter((invoice) => wanted.has(invoice.id))
        .map((invoice) => ({
          id: invoice.id,
          title: invoice.number,
          href: `/invoices/${encodeURIComponent(invoice.id)}`,
        }));
    case 'tickets':
      return records.tickets
        .filter((ticket) => wanted.has(ticket.id))
        .map((ticket) => ({
          id: ticket.id,
          title: ticket.number,
          subtitle: ticket.subject,
          href: paths.ticket(ticket.id),
        }));
    case 'events':
      return records.events
        .filter((event) => wanted.has(event.id))
        .map((event) => ({ id: event.id, title: event.name, href: paths.event(event.id) }));
  }
}

/** The records behind a figure, each linking to its page (the first 200; the count says how many). */
export function DrillDownDrawer({ drill, records, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const rows = drill ? rowsOf(drill.drill, records) : [];
  return (
    <Drawer
      opened={drill !== undefined}
      onClose={onClose}
      position="right"
      title={drill?.title}
      closeButtonProps={{ 'aria-label': t('analytics.closeDrill') }}
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('analytics.drillCount', { records: rows.length.toLocaleString(i18n.language) })}
        </Text>
        <Stack
          gap={6}
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={drill?.title}
        >
          {rows.slice(0, shown).map((row) => (
            <li key={row.id}>
              {row.href ? (
                <Anchor component={Link} to={row.href} size="sm">
                  {row.title}
                </Anchor>
              ) : (
                <Text size="sm">{row.title}</Text>
              )}
              {row.subtitle && row.subtitle !== row.title ? (
                <Text size="xs" c="dimmed">
                  {row.subtitle}
                </Text>
              ) : null}
            </li>
          ))}
        </Stack>
        {rows.length > shown ? (
          <Text size="xs" c="dimmed">
            {t('analytics.drillMore', { count: rows.length - shown })}
          </Text>
        ) : null}
      </Stack>
    </Drawer>
  );
}
