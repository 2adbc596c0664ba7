import { Component, type ReactNode } from 'react';

type State = { failed: boolean };

/**
 * Keeps a background helper (reminders) from taking the app down with it: if it throws, it
 * renders nothing and the page goes on.
 */
export class QuietBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
