import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Order } from '../../../../shared/domain/order.ts';
import type { ConfirmationProblem } from '../../../../shared/orders/confirmOrder.ts';
import {
  useAccount,
  useCurrentUser,
  useOrderCommands,
  useQuote,
  useToday,
} from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { FieldItem } from '../../../ui/FieldItem.tsx';
import { ReasonModal } from '../../../ui/ReasonModal.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { useOrderAction } from '../hooks/useOrderAction.ts';
import { BackorderAlert } from './BackorderAlert.tsx';
import { ConfirmationProblems } from './ConfirmationProblems.tsx';
import { DraftOrderLinesEditor } from './DraftOrderLinesEditor.tsx';
import { OrderActions } from './OrderActions.tsx';
import { OrderAddresses } from './OrderAddresses.tsx';
import { OrderLinesTable } from './OrderLinesTable.tsx';
import { OrderStatusBadge } from './OrderStatusBadge.tsx';
import { RecordShipmentModal } from './RecordShipmentModal.tsx';
import { ShipmentsTable } from './ShipmentsTable.tsx';
import { ShipToModal } from './ShipToModal.tsx';

type Dialog = 'ship' | 'cancel' | 'cancelRest' | 'shipTo' | undefined;

/** An order: header with its status actions, warnings, lines, addresses and shipments. */
export function OrderOverview({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const commands = useOrderCommands();
  const { role } = useCurrentUser();
  const today = useToday();
  const { run, busy } = useOrderAction();
  const { account } = useAccount(order.accountId);
  const { quote } = useQuote(order.quoteId ?? '');
  const [dialog, setDialog] = useState<Dialog>();
  const [problems, setProblems] = useState<ConfirmationProblem[]>([]);
  const notSet = t('common.notSet');
  const number = order.number;

  const handleConfirm = async () => {
    const found = await run(() => commands.confirmationProblems(order.id));
    if (found === undefined) return;
    setProblems(found);
    if (found.length > 0) return;
    await run(
      () => commands.confirm(order.id),
      () => t('orders.actions.confirmed', { number }),
    );
  };

  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="xl">
        <Group justify="space-between" align="flex-start" gap="md">
          <div>
            <Group gap="sm">
              <Title order={1} fz={26}>
                {t('orders.detail.title', { number })}
              </Title>
              <OrderStatusBadge status={order.status} testId="order-status" />
            </Group>
            <Text c="dimmed" mt={4}>
              {account ? (
                <Anchor component={Link} to={paths.account(account.id)} c="dimmed">
                  {account.name}
                </Anchor>
              ) : (
                '…'
              )}
            </Text>
          </div>
          <OrderActions
            order={order}
            role={role}
            busy={busy}
            onConfirm={() => void handleConfirm()}
            onShip={() => setDialog('ship')}
            onCancel={() => setDialog('cancel')}
            onCancelRest={() => setDialog('cancelRest')}
            onCompleteFulfillment={() =>
              void run(
                () => commands.completeFulfillment(order.id),
                () => t('orders.actions.fulfilled', { number }),
              )
            }
            onClose={() =>
              void run(
                () => commands.close(order.id),
                () => t('orders.actions.closed', { number }),
              )
            }
          />
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} mt="lg">
          <FieldItem label={t('orders.detail.quote')}>
            {order.quoteId ? (
              <Anchor component={Link} to={paths.quote(order.quoteId)} size="sm">
                {t('orders.detail.fromQuote', {
                  number: quote?.number ?? '…',
                  version: order.quoteVersion ?? quote?.version ?? 1,
                })}
              </Anchor>
            ) : (
              notSet
            )}
          </FieldItem>
          <FieldItem label={t('orders.detail.contract')}>
            {order.contractNumber ?? notSet}
          </FieldItem>
          <FieldItem label={t('orders.detail.confirmedAt')}>
            {order.confirmedAt ? format.date(order.confirmedAt) : notSet}
          </FieldItem>
          <FieldItem label={t('orders.detail.requestedDelivery')}>
            {order.requestedDeliveryDate ? format.date(order.requestedDeliveryDate) : notSet}
          </FieldItem>
        </SimpleGrid>
      </Card>

      {order.status === 'draft' && (
        <ConfirmationProblems number={number} accountId={order.accountId} problems={problems} />
      )}
      <BackorderAlert order={order} />
      {order.cancelReason && (
        <Alert color={order.status === 'cancelled' ? 'red' : 'gray'}>
          {order.status === 'cancelled'
            ? t('orders.detail.cancelReason', { reason: order.cancelReason })
            : t('orders.detail.cutReason', { reason: order.cancelReason })}
        </Alert>
      )}

      <SectionCard title={t('orders.lines.title')}>
        {order.status === 'draft' ? (
          <DraftOrderLinesEditor order={order} />
        ) : (
          <OrderLinesTable order={order} />
        )}
      </SectionCard>
      <SectionCard title={t('orders.detail.addresses')}>
        <OrderAddresses
          order={order}
          {...(order.status === 'draft' ? { onEditShipTo: () => setDialog('shipTo') } : {})}
        />
      </SectionCard>
      <SectionCard title={t('orders.shipments.title')}>
        <ShipmentsTable
          order={order}
          busy={busy}
          onMarkDelivered={(shipmentId) =>
            void run(
              () => commands.markDelivered(order.id, shipmentId, today),
              () => t('orders.shipments.deliveredToast'),
            )
          }
        />
      </SectionCard>

      <RecordShipmentModal
        order={order}
        opened={dialog === 'ship'}
        today={today}
        onClose={() => setDialog(undefined)}
        onSubmit={async (input) =>
          (await run(
            () => commands.recordShipment(order.id, input),
            () => t('orders.actions.shipmentRecorded'),
          )) !== undefined
        }
      />
      <ShipToModal
        opened={dialog === 'shipTo'}
        number={number}
        initial={order.shipTo ?? account?.address}
        defaultCountry={account?.country ?? account?.address?.country ?? 'CN'}
        onClose={() => setDialog(undefined)}
        onSubmit={async (address) =>
          (await run(
            () => commands.setShipTo(order.id, address),
            () => t('orders.draft.shipToSaved'),
          )) !== undefined
        }
      />
      <ReasonModal
        opened={dialog === 'cancel'}
        title={t('orders.cancelDialog.title', { number })}
        description={t('orders.cancelDialog.description')}
        label={t('orders.cancelDialog.label')}
        requiredMessage={t('orders.cancelDialog.required')}
        confirmLabel={t('orders.actions.cancel')}
        confirmColor="red"
        onClose={() => setDialog(undefined)}
        onConfirm={async (reason) =>
          (await run(
            () => commands.cancel(order.id, reason),
            () => t('orders.actions.cancelled', { number }),
          )) !== undefined
        }
      />
      <ReasonModal
        opened={dialog === 'cancelRest'}
        title={t('orders.cancelRestDialog.title', { number })}
        description={t('orders.cancelRestDialog.description')}
        label={t('orders.cancelRestDialog.label')}
        requiredMessage={t('orders.cancelRestDialog.required')}
        confirmLabel={t('orders.actions.cancelRest')}
        confirmColor="red"
        onClose={() => setDialog(undefined)}
        onConfirm={async (reason) =>
          (await run(
            () => commands.cancelRest(order.id, reason),
            () => t('orders.actions.restCancelled', { number }),
          )) !== undefined
        }
      />
    </Stack>
  );
}
