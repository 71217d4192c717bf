import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ENGINES, testDatabaseFor } from "../db/testing/engines";
import { consumePasswordResetToken, createPasswordResetToken, isPasswordResetTokenUsable, RESET_TOKEN_LIFETIME_MS } from "./password-reset-tokens";
import { insertTestAccount } from "./testing/insert-test-account";

describe.each(ENGINES)("password reset tokens on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let account: Awaited<ReturnType<typeof insertTestAccount>>;
  beforeAll(async () => {
    account = await insertTestAccount(handle.db);
  });

  it("stores only the token's SHA-256 hash", async () => {
    const token = await createPasswordResetToken(handle.db, account.accountId);
    const rows = await handle.db.selectFrom("passwordResetTokens").select(["tokenHash"]).where("accountId", "=", account.accountId).execute();
    expect(rows.map((row) => row.tokenHash)).toContain(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes
  });

  it("works once", async () => {
    const token = await createPasswordResetToken(handle.db, account.accountId);
    expect(await isPasswordResetTokenUsable(handle.db, token)).toBe(true);
    expect(await consumePasswordResetToken(handle.db, token)).toBe(account.accountId);
    expect(await isPasswordResetTokenUsable(handle.db, token)).toBe(false);
    expect(await consumePasswordResetToken(handle.db, token)).toBeNull();
  });

  it("expires after 30 minutes", async () => {
    const issued = new Date();
    const token = await createPasswordResetToken(handle.db, account.accountId, issued);
    const justBefore = new Date(issued.getTime() + RESET_TOKEN_LIFETIME_MS - 1000);
    const atExpiry = new Date(issued.getTime() + RESET_TOKEN_LIFETIME_MS);
    expect(RESET_TOKEN_LIFETIME_MS).toBe(30 * 60_000);
    expect(await isPasswordResetTokenUsable(handle.db, token, justBefore)).toBe(true);
    expect(await isPasswordResetTokenUsable(handle.db, token, atExpiry)).toBe(false);
    expect(await consumePasswordResetToken(handle.db, token, atExpiry)).toBeNull();
  });

  it("lets only one of two simultaneous uses succeed, and retires the account's other links", async () => {
    const older = await createPasswordResetToken(handle.db, account.accountId);
    const token = await createPasswordResetToken(handle.db, account.accountId);
    const results = await Promise.all([consumePasswordResetToken(handle.db, token), consumePasswordResetToken(handle.db, token)]);
    expect(results.filter((result) => result === account.accountId)).toHaveLength(1);
    expect(await isPasswordResetTokenUsable(handle.db, older)).toBe(false);
  });

  it("knows nothing of a token it never issued", async () => {
    expect(await consumePasswordResetToken(handle.db, "made-up-token-made-up-token-made-up-token")).toBeNull();
  });
});
