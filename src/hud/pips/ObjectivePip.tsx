import './objective-pips.css';

/** One objective diamond; `className` gives its chapter colours (see objective-pips.css). */
export function ObjectivePip({ className }: { className: string }) {
  return <span className={`hud-pip ${className}`} />;
}
