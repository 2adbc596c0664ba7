import { Badge, Card, Group, Loader, RingProgress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLeadScore } from '../../../data/index.ts';
import { LeadRatingBadge } from '../../leads/components/LeadRatingBadge.tsx';
import { useLocalizedText } from '../hooks/useLocalizedText.ts';

const ratingColor = { hot: 'red', warm: 'orange', cold: 'blue' } as const;

/** The lead's 0-100 score, its rating and the rules that fired with their points: the "why". */
export function LeadScoreCard({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const result = useLeadScore(leadId);

  return (
    <Card withBorder radius="lg" padding="xl" component="section" aria-labelledby="score-title">
      <Title order={2} fz="md" mb="md" id="score-title">
        {t('qualification.score.title')}
      </Title>
      {!result ? (
        <Loader size="sm" aria-label={t('qualification.score.calculating')} />
      ) : (
        <Stack gap="md">
          <Group gap="lg" wrap="nowrap">
            <RingProgress
              size={96}
              thickness={9}
              roundCaps
              sections={[{ value: result.score, color: ratingColor[result.rating] }]}
              label={
                <Text ta="center" fw={700} fz={24} aria-hidden>
                  {result.score}
                </Text>
              }
            />
            <Stack gap={4}>
              <Text fw={600} data-testid="lead-score">
                {t('qualification.score.value', { score: result.score })}
              </Text>
              <LeadRatingBadge
                rating={result.rating}
                size="md"
                label={t('qualification.score.band')}
              />
            </Stack>
          </Group>
          <div>
            <Text size="xs" c="dimmed" fw={600} mb={4}>
              {t('qualification.score.why')}
            </Text>
            {result.reasons.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('qualification.score.noReasons')}
              </Text>
            ) : (
              <Table
                withRowBorders={false}
                verticalSpacing={4}
                aria-label={t('qualification.score.why')}
              >
                <Table.Tbody>
                  {result.reasons.map((reason) => (
                    <Table.Tr key={reason.ruleId}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm">{localized(reason.label)}</Text>
                          {reason.count !== undefined && reason.count > 1 && (
                            <Badge size="xs" variant="light" color="gray">
                              {t('qualification.score.times', { count: reason.count })}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text
                          size="sm"
                          fw={600}
                          c={reason.points < 0 ? 'red' : 'teal'}
                          aria-label={t('qualification.score.points', { points: reason.points })}
                        >
                          {reason.points > 0 ? `+${reason.points}` : reason.points}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </div>
        </Stack>
      )}
    </Card>
  );
}
