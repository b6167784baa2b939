// Declarations of the runtime source with sha256 d950b907a28573c1ad07eac05736251009db79f4cfa9107ae0ac77afb61465d1, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** What webhook() answers, the same in every flavour: twilio-node's texts where it has them. */
export declare const MESSAGES: {
    readonly noSignature: "No signature header error - X-Twilio-Signature header does not exist, maybe this request is not coming from Twilio.";
    readonly noToken: "Webhook Error - we attempted to validate this request without first configuring our auth token.";
    readonly invalid: "Twilio Request Validation Failed.";
    readonly tooLarge: "Webhook Error - the request body is larger than this webhook accepts.";
    readonly unreadable: "Webhook Error - the request body could not be read.";
};
/** Twilio's webhook bodies are a few KB; reading stops well before memory is at risk. */
export declare const MAX_BODY_BYTES: number;
/** twilio-node logs this too: a missing token is a setup error the operator needs to see. */
export declare function reportMissingToken(): void;
