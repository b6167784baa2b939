// Declarations of the runtime source with sha256 78d36b01f03cee26d53699fe2bbb7eb6ef506c9212e7f1c4739c1edb6bad87fa, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import type { WebhookOptions } from "./middleware.js";
/** The parts of Hono's Context used here, so that the package needs no dependency on Hono. */
export interface HonoContextLike {
    req: {
        url: string;
        raw: Request;
        header(name: string): string | undefined;
    };
    /** Workers bindings: TWILIO_AUTH_TOKEN is looked up here when no token was configured. */
    env?: unknown;
    text(text: string, status: 400 | 403 | 413 | 500): Response;
}
export type HonoNext = () => Promise<void>;
export declare function isHonoContext(value: unknown): value is HonoContextLike;
export declare function handleHono(options: WebhookOptions, context: HonoContextLike, next: HonoNext): Promise<Response | void>;
