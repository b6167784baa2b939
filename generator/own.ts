// One definition, shared with the servers, which run in users' systems.
export { setOwn } from "../templates/server/shared/own.ts";
