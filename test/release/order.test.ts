import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/diagnostics.ts";
import { findPackages, inDependencyOrder, type LocalPackage } from "../../generator/release/publish.ts";
import { followParts, nextVersion } from "../../generator/release/version.ts";
import { temporaryDirectory } from "../helpers/project.ts";

const local = (name: string, dependsOn: string[] = []): LocalPackage => ({ directory: `/out/${name}`, name, version: "1.0.0", dependsOn });

describe("release order and versions", () => {
  it("publishes dependencies first: the aggregate after the APIs it re-exports, the rest by name", () => {
    const order = inDependencyOrder([local("@twilio-codegen/twilio", ["@twilio-codegen/flex-v1", "@twilio-codegen/conversations-v1", "left-pad"]), local("@twilio-codegen/flex-v1"), local("@twilio-codegen/conversations-v1")]);
    expect(order.map((entry) => entry.name)).toEqual(["@twilio-codegen/conversations-v1", "@twilio-codegen/flex-v1", "@twilio-codegen/twilio"]);
  });

  it("refuses a cycle, naming it", () => {
    expect(() => inDependencyOrder([local("a", ["b"]), local("b", ["a"])])).toThrow(GeneratorError);
    expect(() => inDependencyOrder([local("a", ["b"]), local("b", ["a"])])).toThrow(/a → b → a/);
  });

  it("finds the packages of an output folder, API and capability folders alike, and leaves private ones out", () => {
    const out = temporaryDirectory("packages");
    const write = (folder: string, manifest: object) => {
      mkdirSync(join(out, folder), { recursive: true });
      writeFileSync(join(out, folder, "package.json"), JSON.stringify(manifest));
    };
    write("tiny", { name: "@twilio-codegen/tiny", version: "1.2.0" });
    write("capabilities/widgets", { name: "@twilio-codegen/widgets-server", version: "1.0.0", dependencies: { "@twilio-codegen/tiny": "^1.2.0" } });
    write("scratch", { name: "scratch", version: "0.0.0", private: true });
    expect(findPackages(out).map((entry) => `${entry.name}@${entry.version}`)).toEqual(["@twilio-codegen/tiny@1.2.0", "@twilio-codegen/widgets-server@1.0.0"]);
  });

  it("versions: 1.0.0 first, no bump without change, an aggregate follows its largest part", () => {
    expect(nextVersion(undefined, "major")).toBe("1.0.0");
    expect(nextVersion("1.4.2", undefined)).toBe("1.4.2");
    expect(nextVersion("1.4.2", "patch")).toBe("1.4.3");
    expect(nextVersion("1.4.2", "minor")).toBe("1.5.0");
    expect(followParts("3.1.0", ["patch", undefined, "minor", "patch"])).toBe("3.2.0");
    expect(followParts("3.1.0", ["patch", "major"])).toBe("4.0.0");
    expect(followParts("3.1.0", [undefined, undefined])).toBe("3.1.0");
  });
});
