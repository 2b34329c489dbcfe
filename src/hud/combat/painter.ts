/**
 * One HUD node and the last values written to it. The combat HUD repaints every
 * rendered frame; remembering what was written (rather than reading the style back,
 * which the browser re-serialises) means a frame that changes nothing touches nothing.
 */
export class Painter {
  private shownValue = true;
  private transformValue = '';
  private textValue: string | null = null;
  private opacityValue = -1;
  /** Quantised numbers last written, so unchanged frames build no strings at all. */
  private placedX = NaN;
  private placedY = NaN;
  private turned = NaN;
  private scaled = NaN;
  private sized = NaN;
  private textKey = NaN;
  private readonly styleValues = new Map<string, string>();
  private readonly numberValues = new Map<string, number>();

  constructor(readonly element: HTMLElement | SVGElement) {}

  show(on: boolean): boolean {
    if (on !== this.shownValue) {
      this.shownValue = on;
      this.element.style.display = on ? '' : 'none';
    }
    return on;
  }

  get shown(): boolean {
    return this.shownValue;
  }

  transform(value: string): void {
    if (value !== this.transformValue) {
      this.transformValue = value;
      this.element.style.transform = value;
    }
  }

  /** Moves the node's origin to (x, y) CSS pixels (tenths of a pixel). */
  place(x: number, y: number): void {
    const qx = Math.round(x * 10);
    const qy = Math.round(y * 10);
    if (qx === this.placedX && qy === this.placedY) return;
    this.placedX = qx;
    this.placedY = qy;
    this.transform(`translate3d(${qx / 10}px, ${qy / 10}px, 0)`);
  }

  /** Rotates the node (milliradians). */
  rotate(radians: number): void {
    const q = Math.round(radians * 1000);
    if (q === this.turned) return;
    this.turned = q;
    this.transform(`rotate(${q / 1000}rad)`);
  }

  /** A 0..1 fill along x, as the flight HUD's bars use (thousandths). */
  fillX(fraction: number): void {
    const q = Math.round(Math.max(0, Math.min(1, fraction)) * 1000);
    if (q === this.scaled) return;
    this.scaled = q;
    this.transform(`scaleX(${q / 1000})`);
  }

  /** Stretches a 1px-tall node to `pixels` (negative flips it), in tenths of a pixel. */
  stretchY(pixels: number): void {
    const q = Math.round(pixels * 10);
    if (q === this.scaled) return;
    this.scaled = q;
    this.transform(`scaleY(${q / 10})`);
  }

  /** Sets width and height to `pixels` (whole pixels). */
  square(pixels: number): void {
    const q = Math.round(pixels);
    if (q === this.sized) return;
    this.sized = q;
    this.element.style.width = `${q}px`;
    this.element.style.height = `${q}px`;
  }

  text(value: string): void {
    if (value !== this.textValue) {
      this.textValue = value;
      this.element.textContent = value;
    }
  }

  /**
   * Text made from a number: `format` runs only when `key` (the number as shown,
   * e.g. whole metres) changes, so steady frames build no strings.
   */
  textOf(key: number, value: number, format: (value: number) => string): void {
    if (key === this.textKey) return;
    this.textKey = key;
    this.text(format(value));
  }

  /** Centres the node on its origin, shifted by (dx, dy) CSS pixels (whole pixels). */
  centreAt(dx: number, dy: number): void {
    const qx = Math.round(dx);
    const qy = Math.round(dy);
    if (qx === this.placedX && qy === this.placedY) return;
    this.placedX = qx;
    this.placedY = qy;
    this.transform(`translate(calc(-50% + ${qx}px), calc(-50% + ${qy}px))`);
  }

  /** Opacity in steps of 1/50, so a slow fade writes at most 50 times. */
  opacity(value: number): void {
    const stepped = Math.round(Math.max(0, Math.min(1, value)) * 50) / 50;
    if (stepped !== this.opacityValue) {
      this.opacityValue = stepped;
      this.element.style.opacity = stepped === 1 ? '' : stepped.toString();
    }
  }

  flag(name: string, on: boolean): void {
    if (this.element.classList.contains(name) !== on) this.element.classList.toggle(name, on);
  }

  /** A numeric inline style or custom property with a unit, written only when it changes. */
  number(property: string, value: number, unit: string): void {
    if (this.numberValues.get(property) === value) return;
    this.numberValues.set(property, value);
    this.element.style.setProperty(property, `${value}${unit}`);
  }

  /** Any inline style property or custom property (`--name`). */
  style(property: string, value: string): void {
    if (this.styleValues.get(property) !== value) {
      this.styleValues.set(property, value);
      this.element.style.setProperty(property, value);
    }
  }
}

/**
 * The painter for a widget's child marked `data-part="name"`. Widgets find their moving
 * parts by these names, never by class, so the stylesheets can be reshaped freely.
 */
export function partPainter(root: ParentNode, name: string): Painter {
  return new Painter(root.querySelector<HTMLElement>(`[data-part="${name}"]`)!);
}

/** The same for a part only some variants of a widget have (a marker's hull bar). */
export function optionalPartPainter(root: ParentNode, name: string): Painter | null {
  const element = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
  return element ? new Painter(element) : null;
}

/** Painters for the element children of a pool container, in order. */
export function paintersFor(container: Element | null): Painter[] {
  if (!container) return [];
  const painters: Painter[] = [];
  for (const child of Array.from(container.children)) {
    if (child instanceof HTMLElement || child instanceof SVGElement) {
      painters.push(new Painter(child));
    }
  }
  return painters;
}
