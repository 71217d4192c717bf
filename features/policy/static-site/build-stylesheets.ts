import fs from "node:fs";
import path from "node:path";
import type { Stylesheet } from "./render-policy-site";

/**
 * The stylesheets the build links from its own prerendered /privacy page, each with the files it uses (the
 * font, in .next/static/media): those are copied beside it and the CSS names them there, so a static page
 * draws its text in the same typeface, served by the same host.
 */
export function buildStylesheets(root: string): Stylesheet[] {
  const page = fs.readFileSync(path.join(root, ".next", "server", "app", "privacy.html"), "utf8");
  const hrefs = [...page.matchAll(/<link rel="stylesheet" href="\/_next\/(static\/[^"]+\.css)"/g)].map((match) => match[1]!);
  if (hrefs.length === 0) throw new Error("The build's /privacy page links no stylesheet: is .next a complete build?");
  return hrefs.map((href) => {
    const cssFile = path.join(root, ".next", href);
    const files = new Map<string, Buffer>();
    const css = fs.readFileSync(cssFile, "utf8").replace(/url\((["']?)([^"')]+)\1\)/g, (whole, _quote: string, url: string) => {
      if (/^(data:|#)/.test(url)) return whole;
      // The build names them relative to the stylesheet (../media/…) or from the site's root (/_next/static/media/…).
      const file = url.startsWith("/_next/") ? path.join(root, ".next", url.slice("/_next/".length)) : path.resolve(path.dirname(cssFile), url);
      if (!fs.existsSync(file)) throw new Error(`The stylesheet ${href} uses ${url}, which the build did not write.`);
      files.set(path.basename(file), fs.readFileSync(file));
      return `url(${path.basename(file)})`;
    });
    return { name: path.basename(href), css, files: [...files].map(([name, bytes]) => ({ name, bytes })) };
  });
}
