import { expect, type Locator } from "@playwright/test";

/**
 * A reference (or any code that must stay whole) on a phone: on one line, since an inline element that wraps has
 * a box for each line, and inside its card, so keeping it whole does not push it off the edge.
 */
export async function expectOnOneLine(reference: Locator, card: Locator): Promise<void> {
  const text = (await reference.textContent())!.trim();
  expect(await reference.evaluate((element) => element.getClientRects().length), `${text} on one line`).toBe(1);
  const [box, cardBox] = [await reference.boundingBox(), await card.boundingBox()];
  expect(box!.x + box!.width, `${text} inside its card`).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
}
