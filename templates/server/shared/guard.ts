import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** Who may talk to a server, and how much they may send. Shared by the MCP server and the REST adapter. */
export interface GuardPolicy {
  /** The address the server listens on. */
  boundHost: string;
  /** When set, every request needs `Authorization: Bearer <token>` (scheme in any case). */
  token?: string;
  /** Largest request body in bytes; larger ones get 413. */
  maxBodyBytes: number;
  /** Origins a browser page may call from, beyond loopback ones, e.g. `https://console.example.com`. */
  allowedOrigins?: readonly string[];
  /** Host names the server answers to, beyond loopback names and the bound host. */
  allowedHosts?: readonly string[];
}

/** The parts of a request the guard looks at, whatever the framework. */
export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  authorization: string | undefined;
  contentLength: string | undefined;
}

export interface Refusal {
  status: 401 | 403 | 413 | 421;
  message: string;
  headers?: Record<string, string>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return LOOPBACK_NAMES.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/**
 * Refuses what a local server must not answer: a Host that is not ours (DNS
 * rebinding, 421), an Origin of another site (cross-site requests, including
 * form posts that need no preflight, 403), a missing or wrong token (401), and
 * a body announced as too large (413). Undefined means the request may go on.
 */
export function refusal(facts: RequestFacts, policy: GuardPolicy): Refusal | undefined {
  if (facts.host !== undefined && !hostAllowed(facts.host, policy)) return { status: 421, message: "misdirected request: this server does not answer to that Host" };
  if (facts.origin !== undefined && !originAllowed(facts.origin, policy)) return { status: 403, message: "forbidden origin" };
  if (!bearerAllowed(facts.authorization, policy.token)) return { status: 401, message: "missing or wrong bearer token", headers: { "WWW-Authenticate": "Bearer" } };
  if (facts.contentLength !== undefined && Number(facts.contentLength) > policy.maxBodyBytes) return bodyTooLarge(policy.maxBodyBytes);
  return undefined;
}

export function bodyTooLarge(limit: number): Refusal {
  return { status: 413, message: `request body over the limit of ${limit} bytes` };
}

/** A Host header (`name`, `name:port`, `[v6]:port`) names loopback, the bound host, or an allowed name. */
export function hostAllowed(hostHeader: string, policy: Pick<GuardPolicy, "boundHost" | "allowedHosts">): boolean {
  const name = hostname(`http://${hostHeader}`);
  return name !== undefined && knownName(name, policy);
}

/** `null` (sandboxed frames, file: pages) and anything unparsable are refused; look-alikes are other hosts. */
export function originAllowed(origin: string, policy: Pick<GuardPolicy, "boundHost" | "allowedHosts" | "allowedOrigins">): boolean {
  if (policy.allowedOrigins?.includes(origin)) return true;
  if (!/^https?:\/\//i.test(origin)) return false;
  const name = hostname(origin);
  return name !== undefined && knownName(name, policy);
}

function knownName(name: string, policy: Pick<GuardPolicy, "boundHost" | "allowedHosts">): boolean {
  const lower = name.toLowerCase();
  const bound = policy.boundHost.toLowerCase();
  const listening = bound === "0.0.0.0" || bound === "::" ? undefined : bound.replace(/^\[|\]$/g, "");
  return isLoopbackHost(lower) || lower.replace(/^\[|\]$/g, "") === listening || (policy.allowedHosts ?? []).some((allowed) => allowed.toLowerCase() === lower);
}

function hostname(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.pathname === "/" && parsed.username === "" && parsed.search === "" ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** Compares digests, so neither the length nor the content of the token leaks through timing. */
export function bearerAllowed(header: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = /^bearer[ \t]+(.+)$/i.exec(header?.trim() ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(given), digest(token));
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** Escapes control characters, so a value in a log line can never forge another line. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
  response.end(text);
}

export class BodyTooLargeError extends Error {}

/** Reads a request body up to a limit; a larger one is refused rather than buffered. */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners("data");
        request.resume();
        reject(new BodyTooLargeError(bodyTooLarge(limit).message));
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
