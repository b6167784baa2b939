import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../helpers/project.ts";

/** twilio 6.2.0's domains and deprecated shortcuts, read from its installed files (a test-only devDependency). */
export interface TwilioNodeDomain {
  accessor: string;
  host: string;
  versions: string[];
  /** Shortcut → the version it reads through. */
  shortcuts: Map<string, string>;
}

const rest = join(projectRoot, "node_modules/twilio/lib/rest");

export function twilioNodeDomains(): TwilioNodeDomain[] {
  const client = readFileSync(join(rest, "Twilio.js"), "utf8");
  // `get conversations() { return this._conversations ?? (this._conversations = new (require("./Conversations"))(this)); }`
  const getters = [...client.matchAll(/get (\w+)\(\) \{\s*return \(?this\._\w+ \?\?\s*\(this\._\w+ = new \(require\("\.\/(\w+)"\)\)\(this\)\)\)?;/g)];
  return getters.map(([, accessor, file]) => {
    const base = readFileSync(join(rest, `${file}Base.js`), "utf8");
    const shortcuts = readFileSync(join(rest, `${file}.js`), "utf8");
    return {
      accessor: accessor!,
      host: new URL(/super\(twilio, "([^"]+)"\)/.exec(base)![1]!).host,
      versions: [...base.matchAll(/get (\w+)\(\) \{/g)].map((match) => match[1]!),
      shortcuts: new Map([...shortcuts.matchAll(/get (\w+)\(\) \{[^}]*?return this\.(\w+)\.\w+(?:\(\))?;/g)].map((match) => [match[1]!, match[2]!])),
    };
  });
}
