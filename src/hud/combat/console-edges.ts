/**
 * Where the HUD's fixed consoles sit, for anything drawn at the edge of the view that
 * must stay clear of them (off-screen arrows, world markers). Measured when layout
 * changes, never per frame: reading a layout box every frame would force a reflow.
 */
export interface ConsoleEdges {
  /** The flight console's top (bottom centre), CSS px; +∞ without one. */
  top: number;
  /** The gunnery console's left (right side), CSS px; +∞ without one. */
  left: number;
  /** The chapter's top-centre console, whichever of them shows; bottom −∞ when none does. */
  readonly panel: { left: number; right: number; bottom: number };
}

/** The consoles every chapter has: flight (bottom centre) and gunnery (right). */
const CONSOLES = ['.hud-flight', '.cmb-weapons'] as const;

/**
 * Measures the consoles now and again whenever they or the window resize. `panels` are
 * the chapter's top-centre consoles (the party console, the Heart's console and its
 * countdown): the last of them that shows is the one arrows slide under. Call the
 * returned function to stop.
 */
export function watchConsoleEdges(panels: readonly string[]): {
  readonly edges: ConsoleEdges;
  stop(): void;
} {
  const edges: ConsoleEdges = {
    top: Number.POSITIVE_INFINITY,
    left: Number.POSITIVE_INFINITY,
    panel: { left: 0, right: 0, bottom: Number.NEGATIVE_INFINITY },
  };
  const measure = (): void => {
    const flight = document.querySelector(CONSOLES[0]);
    const weapons = document.querySelector(CONSOLES[1]);
    edges.top = flight ? flight.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
    edges.left = weapons ? weapons.getBoundingClientRect().left : Number.POSITIVE_INFINITY;
    let box: DOMRect | undefined;
    for (const selector of panels) {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      if (rect && rect.height > 0) box = rect;
    }
    edges.panel.left = box ? box.left : 0;
    edges.panel.right = box ? box.right : 0;
    edges.panel.bottom = box ? box.bottom : Number.NEGATIVE_INFINITY;
  };
  const observer = new ResizeObserver(() => measure());
  for (const selector of [...CONSOLES, ...panels]) {
    const element = document.querySelector(selector);
    if (element) observer.observe(element);
  }
  window.addEventListener('resize', measure);
  measure();
  return {
    edges,
    stop: () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    },
  };
}
