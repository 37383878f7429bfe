import { Component, type ErrorInfo, type ReactNode } from 'react';
import { currentMessages } from '../i18n/store';

interface State {
  readonly error: Error | null;
}

/** Keeps a failing part of the page from blanking the app: shows a message and a way back. */
export class ErrorBoundary extends Component<
  { readonly children: ReactNode; readonly label: string; readonly onReset?: () => void },
  State
> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`[${this.props.label}]`, error.message, info.componentStack?.slice(0, 200));
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="panel error-panel" role="alert">
          <h2>{currentMessages().couldNotBeShown(this.props.label)}</h2>
          <p>{this.state.error.message.slice(0, 300)}</p>
          <button
            type="button"
            onClick={() => {
              this.props.onReset?.();
              this.setState({ error: null });
            }}
          >
            {currentMessages().resetThisPart}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
