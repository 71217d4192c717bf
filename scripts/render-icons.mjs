// Draws app/apple-icon.png and app/favicon.ico from app/icon.svg (the wordmark's shield, in the brand colour) with
// Debian's Chromium. Run by hand after changing the icon: node scripts/render-icons.mjs
import { chromium } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
const svg = readFileSync("app/icon.svg", "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
async function png(size, { background = "transparent", scale = 1 } = {}) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * scale);
  await page.setContent(`<html><body style="margin:0;width:${size}px;height:${size}px;background:${background};display:flex;align-items:center;justify-content:center">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</body></html>`);
  return page.screenshot({ omitBackground: background === "transparent", clip: { x: 0, y: 0, width: size, height: size } });
}
// Apple touch icons get no transparency: a white square with the shield inset.
writeFileSync("app/apple-icon.png", await png(180, { background: "#ffffff", scale: 0.78 }));
const sizes = [16, 32, 48];
const images = [];
for (const s of sizes) images.push(await png(s));
await browser.close();
// ICO: a 6-byte header, a 16-byte entry per image, then the PNGs themselves (allowed since Windows Vista; every browser reads it).
const header = Buffer.alloc(6); header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(images.length, 4);
let offset = 6 + 16 * images.length;
const entries = images.map((img, i) => { const e = Buffer.alloc(16); e.writeUInt8(sizes[i] % 256, 0); e.writeUInt8(sizes[i] % 256, 1); e.writeUInt8(0, 2); e.writeUInt8(0, 3); e.writeUInt16LE(1, 4); e.writeUInt16LE(32, 6); e.writeUInt32LE(img.length, 8); e.writeUInt32LE(offset, 12); offset += img.length; return e; });
writeFileSync("app/favicon.ico", Buffer.concat([header, ...entries, ...images]));
console.log("ok", images.map((i) => i.length));
