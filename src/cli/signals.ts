import { constants } from "node:os";

/**
 * The signals that stop a run cleanly: Ctrl-C, kill, and a closed terminal
 * (SIGHUP, as when an ssh session drops). Each is caught while a command writes,
 * so it can finish or undo what it is doing and release its folder's lock.
 */
export const STOP_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export interface SignalWatch {
  /** Aborted, with the signal's name as reason, when one arrives. */
  signal: AbortSignal;
  /** Stops listening (Node's default handling returns). */
  dispose(): void;
}

/** Listens for the stop signals until dispose(). */
export function watchStopSignals(): SignalWatch {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(signal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    },
  };
}

/** The exit code a shell gives for a signal: 128 + its number (130 for SIGINT). */
export function signalExitCode(name: string): number {
  return 128 + (constants.signals[name as NodeJS.Signals] ?? 2);
}
