import { Box, Button, Group, Text } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { type PointerEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type SignaturePadProps = {
  /** The drawing as a PNG data URL after each stroke; undefined once cleared. */
  onChange: (dataUrl: string | undefined) => void;
  signed: boolean;
  error?: string;
};

const width = 600;
const height = 180;

/** A box the customer signs in with a finger, pen or mouse; "Clear" starts over. */
export function SignaturePad({ onChange, signed, error }: SignaturePadProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  // Pointer position in canvas pixels, whatever size the canvas is shown at.
  const pointOf = (event: PointerEvent<HTMLCanvasElement>) => {
    const canvas = event.currentTarget;
    const rect = canvas.getBoundingClientRect();
    const scaleX = rect.width > 0 ? canvas.width / rect.width : 1;
    const scaleY = rect.height > 0 ? canvas.height / rect.height : 1;
    return { x: (event.clientX - rect.left) * scaleX, y: (event.clientY - rect.top) * scaleY };
  };

  const handlePointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    const { x, y } = pointOf(event);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1a1b3a';
    context.beginPath();
    context.moveTo(x, y);
    // A tap leaves a dot, as a pen would.
    context.lineTo(x + 0.1, y + 0.1);
    context.stroke();
  };

  const handlePointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    const { x, y } = pointOf(event);
    context.lineTo(x, y);
    context.stroke();
  };

  const handlePointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(event.currentTarget.toDataURL('image/png'));
  };

  const handleClear = () => {
    const canvas = canvasRef.current;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    onChange(undefined);
  };

  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500} id="signature-label">
          {t('contracts.accept.signature')}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconEraser size={14} aria-hidden />}
          onClick={handleClear}
          disabled={!signed}
        >
          {t('contracts.accept.clearSignature')}
        </Button>
      </Group>
      <Box
        style={{
          border: `1px ${error ? 'solid var(--mantine-color-error)' : 'dashed var(--mantine-color-default-border)'}`,
          borderRadius: 'var(--mantine-radius-md)',
          background: '#fff',
          touchAction: 'none',
        }}
      >
        <canvas
          ref={canvasRef}
          width={width}
          height={height}
          role="img"
          aria-labelledby="signature-label"
          aria-description={signed ? t('contracts.accept.signed') : t('contracts.accept.signHere')}
          data-testid="signature-pad"
          style={{ width: '100%', height: 'auto', display: 'block', cursor: 'crosshair' }}
          onPointerDown={handlePointerDown}
          onPointerMove={handlePointerMove}
          onPointerUp={handlePointerUp}
          onPointerCancel={handlePointerUp}
        />
      </Box>
      <Text size="xs" c={error ? 'red' : 'dimmed'} mt={4} role={error ? 'alert' : undefined}>
        {error ?? t('contracts.accept.signHere')}
      </Text>
    </div>
  );
}
