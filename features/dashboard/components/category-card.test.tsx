import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dataCategories } from "@/content/data-categories";
import { retentionTakesEffectAt } from "../retention-source";
import { CategoryCard } from "./category-card";

const category = dataCategories[0]!;

describe("how long a category is kept", () => {
  it("says the period comes from a policy version not yet in force, while it is upcoming", () => {
    const html = renderToStaticMarkup(<CategoryCard category={category} retentionTakesEffect="2027-01-15">held</CategoryCard>);
    expect(html).toContain(category.retention);
    expect(html).toContain("privacy policy taking effect on January 15, 2027");
    expect(html).toContain("the version in force now does not state how long we keep it");
  });

  it("states the period alone once that version is in force", () => {
    const html = renderToStaticMarkup(<CategoryCard category={category}>held</CategoryCard>);
    expect(html).toContain(category.retention);
    expect(html).not.toContain("taking effect");
  });

  it("knows from the published versions when the passages take effect", () => {
    expect(retentionTakesEffectAt(new Date("2026-12-01T12:00:00Z"))).toBe("2027-01-15");
    expect(retentionTakesEffectAt(new Date("2027-01-15T12:00:00Z"))).toBeNull();
  });
});
