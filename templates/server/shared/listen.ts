import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TargetError } from "./target.js";

/** Listens, turning "port in use" and friends into one line for the operator instead of an unhandled 'error'. */
export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      if (error.code === "EADDRINUSE") reject(new TargetError(`port ${port} on ${host} is already in use; pass --port N (0 picks a free one)`));
      else if (error.code === "EACCES") reject(new TargetError(`not allowed to listen on ${where}; pick a port above 1023`));
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") reject(new TargetError(`cannot listen on ${where}: no such local address`));
      else reject(error);
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * On SIGTERM or SIGINT: stop accepting, let in-flight requests finish for up
 * to `graceMs`, then exit. Idle keep-alive connections are closed at once.
 */
export function drainOnSignal(server: Server, graceMs: number, log: (line: string) => void): void {
  const stop = (signal: string) => {
    log(`${signal}: draining in-flight requests (up to ${graceMs} ms)`);
    const forced = setTimeout(() => {
      log("drain time is up; closing the remaining connections");
      server.closeAllConnections();
      process.exit(0);
    }, graceMs);
    forced.unref();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}
