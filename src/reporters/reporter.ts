/** The one interface every reporter implements: consume run events, then finish. */
import type { RunEvent } from "../conform/events.js";

export interface Reporter {
  onEvent(event: RunEvent): void;
  /** Flush files once the run has finished. */
  finish?(): Promise<void>;
}

/** Fan events out to several reporters. */
export function broadcast(reporters: Reporter[]): (event: RunEvent) => void {
  return (event) => {
    for (const reporter of reporters) reporter.onEvent(event);
  };
}
