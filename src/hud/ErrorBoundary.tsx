import { Component, type ReactNode } from 'react';
import { FatalScreen } from './FatalScreen';

interface State {
  error: Error | null;
}

/** Turns a render crash into a readable screen instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; title: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error('Infinity crashed while rendering:', error);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return <FatalScreen title={this.props.title} detail={this.state.error.message} />;
    }
    return this.props.children;
  }
}
