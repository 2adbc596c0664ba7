import { Alert, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { IconCamera, IconId, IconPhotoScan } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BusinessCardFields,
  parseBusinessCardText,
} from '../../../../shared/intake/parseBusinessCardText.ts';
import {
  readBadgeBarcodes,
  type ScannedBadge,
} from '../../../../shared/intake/readBadgeBarcodes.ts';
import { prepareBarcodeReader } from '../utils/prepareBarcodeReader.ts';
import {
  type OcrProgress,
  recognizeCardImage,
  warmUpCardReader,
} from '../utils/recognizeCardImage.ts';
import { CameraScanner } from './CameraScanner.tsx';
import { CardReviewModal } from './CardReviewModal.tsx';

export type ScanPanelProps = {
  onBadge: (badge: ScannedBadge) => void;
  /** Called only with fields the rep confirmed in the review dialog. */
  onCard: (fields: BusinessCardFields) => void;
};

type Status =
  | { kind: 'idle' }
  | { kind: 'camera' }
  | { kind: 'decoding' }
  | { kind: 'ocr'; progress: OcrProgress }
  | { kind: 'message'; color: 'red' | 'yellow'; text: string };

const hasCamera = () => typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

/** Badge scanning (camera or image) and business-card OCR, all on this device. */
export function ScanPanel({ onBadge, onCard }: ScanPanelProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [proposal, setProposal] = useState<BusinessCardFields>();

  // Load the decoders while the booth is quiet (and, in the web client, still online).
  useEffect(() => {
    prepareBarcodeReader().catch(() => undefined);
    warmUpCardReader().catch(() => undefined);
  }, []);

  const handleBadge = (badge: ScannedBadge) => {
    setStatus({ kind: 'idle' });
    onBadge(badge);
  };

  const handleBadgeImage = async (file: File | null) => {
    if (!file) return;
    setStatus({ kind: 'decoding' });
    try {
      await prepareBarcodeReader();
      const [badge] = await readBadgeBarcodes(new Uint8Array(await file.arrayBuffer()));
      if (badge) handleBadge(badge);
      else setStatus({ kind: 'message', color: 'yellow', text: t('events.scan.noCode') });
    } catch {
      setStatus({ kind: 'message', color: 'red', text: t('events.scan.noCode') });
    }
  };

  const handleCardImage = async (file: File | null) => {
    if (!file) return;
    setStatus({ kind: 'ocr', progress: { status: 'loading', progress: 0 } });
    try {
      const lines = await recognizeCardImage(file, (progress) =>
        setStatus({ kind: 'ocr', progress }),
      );
      setStatus({ kind: 'idle' });
      setProposal(parseBusinessCardText({ lines }).fields);
    } catch (error) {
      console.warn('Fieldbook could not read the business card', error);
      setStatus({ kind: 'message', color: 'red', text: t('events.scan.ocrFailed') });
    }
  };

  const busy = status.kind === 'decoding' || status.kind === 'ocr';
  const ocrStage = (progress: OcrProgress) =>
    progress.status.startsWith('recognizing')
      ? t('events.scan.ocrStatus.recognizing')
      : t('events.scan.ocrStatus.loading');

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {hasCamera() && status.kind !== 'camera' && (
          <Button
            variant="light"
            leftSection={<IconCamera size={16} />}
            onClick={() => setStatus({ kind: 'camera' })}
            disabled={busy}
          >
            {t('events.scan.camera')}
          </Button>
        )}
        <FileButton onChange={(file) => void handleBadgeImage(file)} accept="image/*">
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconId size={16} />} disabled={busy}>
              {t('events.scan.pickBadge')}
            </Button>
          )}
        </FileButton>
        <FileButton onChange={(file) => void handleCardImage(file)} accept="image/*">
          {(props) => (
            <Button
              {...props}
              variant="light"
              leftSection={<IconPhotoScan size={16} />}
              disabled={busy}
            >
              {t('events.scan.pickCard')}
            </Button>
          )}
        </FileButton>
      </Group>
      {status.kind === 'camera' && (
        <CameraScanner onBadge={handleBadge} onClose={() => setStatus({ kind: 'idle' })} />
      )}
      {status.kind === 'decoding' && (
        <Text size="sm" c="dimmed" role="status">
          {t('events.scan.decoding')}
        </Text>
      )}
      {status.kind === 'ocr' && (
        <Stack gap={4} role="status">
          <Text size="sm" c="dimmed">
            {t('events.scan.ocrProgress', { status: ocrStage(status.progress) })}
          </Text>
          <Progress
            value={Math.round(status.progress.progress * 100)}
            animated
            aria-label={t('events.scan.ocrProgress', { status: ocrStage(status.progress) })}
          />
        </Stack>
      )}
      {status.kind === 'message' && (
        <Alert color={status.color} role="alert" py="xs">
          {status.text}
        </Alert>
      )}
      {proposal && (
        <CardReviewModal
          proposal={proposal}
          onCancel={() => setProposal(undefined)}
          onConfirm={(fields) => {
            setProposal(undefined);
            onCard(fields);
          }}
        />
      )}
    </Stack>
  );
}
