import { defaultSchema, type Options } from "rehype-sanitize";

/**
 * GitHub's sanitisation rules, plus what the policy's own markdown produces:
 * authored heading anchors (kept as written, without GitHub's "user-content-"
 * prefix, because readers cite them) and postal addresses.
 */
export const policySanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: "",
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), "address"],
  attributes: {
    ...defaultSchema.attributes,
    h2: [...(defaultSchema.attributes?.h2 ?? []), "id"],
    h3: [...(defaultSchema.attributes?.h3 ?? []), "id"],
  },
};
