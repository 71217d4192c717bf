import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dataCategories } from "@/content/data-categories";
import { newestVersionTakesEffectAt } from "../newest-policy-version";
import { CategoryCard } from "./category-card";

const category = dataCategories[0]!;

describe("how long a category is kept", () => {
  it("says the period comes from a policy version not yet in force, while it is upcoming", () => {
    const html = renderToStaticMarkup(<CategoryCard categoryId={category.id} newestVersionTakesEffect="2027-01-15">held</CategoryCard>);
    expect(html).toContain(category.retention);
    expect(html).toContain("privacy policy taking effect on January 15, 2027");
    expect(html).toContain("the one in force states no period");
  });

  it("states the period alone once that version is in force", () => {
    const html = renderToStaticMarkup(<CategoryCard categoryId={category.id}>held</CategoryCard>);
    expect(html).toContain(category.retention);
    expect(html).not.toContain("taking effect");
  });

  it("labels a sharing statement that only the upcoming version makes, and only while it is upcoming", () => {
    const cookies = dataCategories.find((each) => each.id === "cookies-and-identifiers")!;
    const upcoming = renderToStaticMarkup(<CategoryCard categoryId={cookies.id} newestVersionTakesEffect="2027-01-15">held</CategoryCard>);
    expect(upcoming).toMatch(/We treat this as sharing[^<]*<span[^>]*>From our <a[^>]*>privacy policy taking effect on January 15, 2027<\/a>; the one in force does not say it\./);
    // Statements every version makes carry no label.
    expect(upcoming).toMatch(/<li>Third parties and our Advertisers in aggregate form, which generally does not contain Personal Information about any one visitor\.<\/li>/);
    const inForce = renderToStaticMarkup(<CategoryCard categoryId={cookies.id}>held</CategoryCard>);
    expect(inForce).toContain("We treat this as sharing");
    expect(inForce).not.toContain("does not say it");
  });

  it("knows from the published versions when the passages take effect", () => {
    expect(newestVersionTakesEffectAt(new Date("2026-12-01T12:00:00Z"))).toBe("2027-01-15");
    expect(newestVersionTakesEffectAt(new Date("2027-01-15T12:00:00Z"))).toBeNull();
  });
});
