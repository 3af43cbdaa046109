-- Proof-of-work challenges of the public booking flow (lib/challenge): challenges themselves are
-- stateless (signed by the server), but a solved one may be redeemed only once. This table
-- remembers the signatures of redeemed challenges until shortly after they expire; the primary
-- key makes redemption atomic (INSERT ... ON CONFLICT DO NOTHING: a replay inserts nothing).
-- No personal data (a signature is an HMAC over random parameters), hence no row-level security.
CREATE TABLE "UsedChallenge" (
    "signature" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(6) NOT NULL,
    CONSTRAINT "UsedChallenge_pkey" PRIMARY KEY ("signature")
);

-- the clean-up in the verify path deletes by expiry
CREATE INDEX "UsedChallenge_expiresAt_idx" ON "UsedChallenge"("expiresAt");

-- no UPDATE: a redemption is never changed, only removed once expired
GRANT SELECT, INSERT, DELETE ON "UsedChallenge" TO einehand_app;
