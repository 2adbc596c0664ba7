import { Alert, Box, Button, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  readBadgeBarcodes,
  type ScannedBadge,
} from '../../../../shared/intake/readBadgeBarcodes.ts';
import { prepareBarcodeReader } from '../utils/prepareBarcodeReader.ts';

export type CameraScannerProps = {
  onBadge: (badge: ScannedBadge) => void;
  onClose: () => void;
};

// Four frames a second is quick enough for a badge held up to the camera, and leaves the
// machine free for typing.
const frameIntervalMs = 250;

/** The camera's live picture, decoded frame by frame until a badge code is found. */
export function CameraScanner({ onBadge, onClose }: CameraScannerProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [unavailable, setUnavailable] = useState(false);
  const onBadgeRef = useRef(onBadge);
  onBadgeRef.current = onBadge;

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const scanFrame = async () => {
      const video = videoRef.current;
      if (stopped || !video || !context || video.videoWidth === 0) return;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      const [badge] = await readBadgeBarcodes(frame);
      if (badge && !stopped) onBadgeRef.current(badge);
    };

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setUnavailable(true);
        return;
      }
      try {
        await prepareBarcodeReader();
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment', width: { ideal: 1280 } },
          audio: false,
        });
        if (stopped || !videoRef.current) return;
        videoRef.current.srcObject = stream;
        await videoRef.current.play();
        const loop = () => {
          void scanFrame().finally(() => {
            if (!stopped) timer = window.setTimeout(loop, frameIntervalMs);
          });
        };
        loop();
      } catch {
        setUnavailable(true);
      }
    };
    void start();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  return (
    <Stack gap="xs">
      {unavailable ? (
        <Alert color="yellow">{t('events.scan.cameraUnavailable')}</Alert>
      ) : (
        <Box
          component="video"
          ref={videoRef}
          aria-label={t('events.scan.cameraPreview')}
          muted
          playsInline
          style={{ width: '100%', maxHeight: 260, borderRadius: 8, background: '#000' }}
        />
      )}
      <Button variant="default" size="xs" onClick={onClose}>
        {t('events.scan.stopCamera')}
      </Button>
    </Stack>
  );
}
