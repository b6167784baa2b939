import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/project.ts";

const TSC = join(projectRoot, "node_modules/typescript/bin/tsc");

function tsc(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [TSC, ...args], { cwd: projectRoot, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }));
  });
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}

const packages = readdirSync(join(projectRoot, "generated")).filter((name) => existsSync(join(projectRoot, "generated", name, "tsconfig.json")));

describe("generated code type-checks under --strict", () => {
  it("has client packages to check", () => {
    expect(packages).toEqual(expect.arrayContaining(["conversations-v1", "flex-v1"]));
  });

  for (const name of packages) {
    it(`${name}: its own tsconfig (strict, isolated declarations, no Node types)`, async () => {
      const result = await tsc(["-p", join("generated", name, "tsconfig.json"), "--noEmit"]);
      expect(result.output).toBe("");
      expect(result.code).toBe(0);
    });
  }

  it("capability route modules (routes.ts beside routes.json)", async () => {
    const modules = readdirSync(join(projectRoot, "generated/capabilities")).map((name) => join("generated/capabilities", name, "routes.ts"));
    expect(modules.length).toBeGreaterThan(0);
    const result = await tsc(["--noEmit", "--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--types", "node", ...modules]);
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });

  it("the generator, tests and type tests (@ts-expect-error lines must each be errors)", async () => {
    const result = await tsc(["-p", "tsconfig.json", "--noEmit"]);
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });

  // The exceptions are aliases where twilio-node's published type is `any`: object fields in every
  // API package, and AccessToken.grants in the aggregate's helpers.
  const TWILIO_OBJECT = "export type TwilioObject = any;";
  const ANY_GRANT = "export type AnyGrant = Grant<any, any, any>;";

  it("public types contain no `any` but the aliases that match twilio-node's published types", async () => {
    for (const name of packages) {
      const declarations = join(projectRoot, "generated", name, "dist");
      const files = readdirSync(declarations, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".d.ts"));
      const texts = files.map((file) => stripComments(readFileSync(join(declarations, file), "utf8")));
      const isApiPackage = existsSync(join(declarations, "api.d.ts"));
      expect(texts.filter((text) => text.includes(TWILIO_OBJECT)), name).toHaveLength(isApiPackage ? 1 : 0);
      const offenders = files.filter((_, index) => /:\s*any\b|<any\b|\bany\[\]|\bas any\b|=\s*any\b|\bany,/.test(texts[index]!.replace(TWILIO_OBJECT, "").replace(ANY_GRANT, "")));
      expect(offenders, name).toEqual([]);
    }
  });
});
