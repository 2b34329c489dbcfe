import { CanvasTexture, RepeatWrapping, type Texture } from 'three';
import { mulberry32 } from '../seeded-random';

const SIZE = 512;
const ROWS = 32;

const OPS = [
  'MOV',
  'JMP',
  'CALL',
  'XOR',
  'PUSH',
  'POP',
  'LEA',
  'CMP',
  'RET',
  'NOP',
  'SPAWN',
  'COPY',
];
const NAMES = ['bob', 'heart', 'core', 'ring', 'fw', 'sys', 'nan', 'cpy', 'inf', 'gate'];

function hex(random: () => number, digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i++) out += '0123456789ABCDEF'[Math.floor(random() * 16)];
  return out;
}

/** One line of the Heart's machine code: address, opcode, operands, and raw bytes. */
function codeLine(random: () => number): string {
  const op = OPS[Math.floor(random() * OPS.length)]!;
  const name = NAMES[Math.floor(random() * NAMES.length)]!;
  const bytes = Array.from({ length: 4 }, () => hex(random, 2)).join(' ');
  return `${hex(random, 4)}:${hex(random, 4)}  ${op.padEnd(5)} ${name}+${hex(random, 2)}  ${bytes}`;
}

let shared: Texture | null = null;

/**
 * Scrolling "code" for the Heart's surfaces: a tile of hex addresses and opcodes drawn
 * once onto a canvas (white on black; shaders read the red channel as a mask and tint
 * it). It tiles in both directions, so surfaces scroll it by offsetting their UVs.
 * One texture shared by every Heart material.
 */
export function codeTexture(): Texture {
  if (shared) return shared;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const random = mulberry32(0x4ea27);
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, SIZE, SIZE);
    ctx.font = `bold ${Math.floor(SIZE / ROWS) - 3}px monospace`;
    ctx.textBaseline = 'top';
    for (let row = 0; row < ROWS; row++) {
      // Brightness varies by line, so the code reads as text rather than a flat texture.
      const level = 120 + Math.floor(random() * 135);
      ctx.fillStyle = `rgb(${level},${level},${level})`;
      ctx.fillText(codeLine(random), 4, row * (SIZE / ROWS) + 1);
    }
  }
  const texture = new CanvasTexture(canvas);
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  shared = texture;
  return texture;
}
