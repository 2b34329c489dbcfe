import { CanvasTexture, SRGBColorSpace } from 'three';

const W = 512;
const H = 384;
const ROWS = 14;

export interface ScreenState {
  /** 0 standby, 1 the deletion (waiting for the ship), 2 uploading, 3 complete, 4 lost. */
  readonly mode: number;
  /** Seconds left on the countdown. */
  readonly seconds: number;
  /** Upload progress in whole percent. */
  readonly percent: number;
  /** Cursor blink phase. */
  readonly cursor: boolean;
}

/**
 * The uplink's green screen: a phosphor terminal drawn on a canvas. Redrawn only when
 * what it shows changes (see screenKey), never per frame.
 */
export class UplinkScreen {
  readonly texture: CanvasTexture;
  private readonly ctx: CanvasRenderingContext2D | null;
  private key = -1;

  constructor() {
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    this.ctx = canvas.getContext('2d');
    this.texture = new CanvasTexture(canvas);
    this.texture.colorSpace = SRGBColorSpace;
  }

  update(state: ScreenState): void {
    const key = state.mode * 1e6 + state.seconds * 1e3 + state.percent * 2 + (state.cursor ? 1 : 0);
    if (key === this.key || !this.ctx) return;
    this.key = key;
    this.draw(this.ctx, state);
    this.texture.needsUpdate = true;
  }

  private draw(ctx: CanvasRenderingContext2D, state: ScreenState): void {
    ctx.fillStyle = '#031a08';
    ctx.fillRect(0, 0, W, H);
    const lineH = H / ROWS;
    ctx.font = `bold ${Math.floor(lineH * 0.78)}px monospace`;
    ctx.textBaseline = 'top';
    const lines: string[] = ['INFINITY SYSTEMS (C) 1986', 'UPLINK TERMINAL  V1.0', ''];
    const cursor = state.cursor ? '\u2588' : ' ';
    if (state.mode === 0) {
      lines.push('READY.', `>${cursor}`);
    } else if (state.mode === 1) {
      lines.push(
        '*** PURGE IN PROGRESS ***',
        `T-${String(state.seconds).padStart(2, '0')} S`,
        '',
        'AWAITING SHIP...',
        '>RUN UPLINK',
        `>${cursor}`,
      );
    } else if (state.mode === 2) {
      const filled = Math.round(state.percent / 5);
      lines.push(
        '*** PURGE IN PROGRESS ***',
        `T-${String(state.seconds).padStart(2, '0')} S`,
        '',
        'CONNECT 1200',
        'UPLOADING NANETTE.SAV',
        `[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}]`,
        `${String(state.percent).padStart(3, ' ')}%  HOLD STEADY${cursor}`,
      );
    } else if (state.mode === 3) {
      lines.push(
        'CONNECT 1200',
        'UPLOADING NANETTE.SAV',
        '[####################]',
        '100%',
        '',
        'UPLOAD COMPLETE.',
        `READY.${cursor}`,
      );
    } else {
      lines.push('?CARRIER LOST', '', `READY.${cursor}`);
    }
    ctx.fillStyle = '#5dff7a';
    ctx.shadowColor = '#33ff66';
    ctx.shadowBlur = 8;
    lines.forEach((line, i) => ctx.fillText(line, 20, 14 + i * lineH));
    ctx.shadowBlur = 0;
    // Scanlines.
    ctx.fillStyle = 'rgba(0, 0, 0, 0.28)';
    for (let y = 0; y < H; y += 3) ctx.fillRect(0, y, W, 1);
  }

  dispose(): void {
    this.texture.dispose();
  }
}
