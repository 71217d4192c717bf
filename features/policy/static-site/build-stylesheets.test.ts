import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildStylesheets } from "./build-stylesheets";

let root: string;

/** A build's files as `next build` lays them out: the prerendered /privacy page, its stylesheet, and the font it names. */
function fakeBuild(css: string, media: Record<string, string> = {}) {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "build-stylesheets-"));
  const next = path.join(root, ".next");
  fs.mkdirSync(path.join(next, "server", "app"), { recursive: true });
  fs.mkdirSync(path.join(next, "static", "chunks"), { recursive: true });
  fs.mkdirSync(path.join(next, "static", "media"), { recursive: true });
  fs.writeFileSync(path.join(next, "server", "app", "privacy.html"), '<html><head><link rel="stylesheet" href="/_next/static/chunks/site-1a2b.css" data-precedence="next"/></head></html>');
  fs.writeFileSync(path.join(next, "static", "chunks", "site-1a2b.css"), css);
  for (const [name, bytes] of Object.entries(media)) fs.writeFileSync(path.join(next, "static", "media", name), bytes);
}

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the static site's stylesheet, taken from the build", () => {
  it("carries the font it uses, and names it beside itself, so a static page needs nothing from the app", () => {
    fakeBuild('@font-face{font-family:Inter;src:url(../media/inter-latin.9f8e.woff2)format("woff2")}body{font-family:Inter}', { "inter-latin.9f8e.woff2": "wOF2font" });
    const [sheet] = buildStylesheets(root);
    expect(sheet!.name).toBe("site-1a2b.css");
    expect(sheet!.css).toContain("src:url(inter-latin.9f8e.woff2)");
    expect(sheet!.css).not.toContain("/_next/");
    expect(sheet!.css).not.toContain("../media");
    expect(sheet!.files).toEqual([{ name: "inter-latin.9f8e.woff2", bytes: Buffer.from("wOF2font") }]);
  });

  it("also finds a file named from the site's root, and leaves inline data alone", () => {
    fakeBuild('a{background:url("/_next/static/media/mark.1c.svg")}b{background:url(data:image/png;base64,AAAA)}', { "mark.1c.svg": "<svg/>" });
    const [sheet] = buildStylesheets(root);
    expect(sheet!.css).toContain("url(mark.1c.svg)");
    expect(sheet!.css).toContain("url(data:image/png;base64,AAAA)");
    expect(sheet!.files!.map((file) => file.name)).toEqual(["mark.1c.svg"]);
  });

  it("refuses a build whose stylesheet names a file it did not write, rather than ship a site without its font", () => {
    fakeBuild("@font-face{src:url(../media/missing.woff2)}");
    expect(() => buildStylesheets(root)).toThrow(/missing\.woff2/);
  });
});
