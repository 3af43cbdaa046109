-- Tables of the integrated case file, in the shape `prisma migrate diff` would write them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TYPE "Lane" AS ENUM ('ABH', 'SOZ', 'KIM', 'MBE', 'JMD');
CREATE TYPE "Role" AS ENUM ('FRONT_DESK', 'CASEWORKER', 'LANE_LEAD', 'ADMIN', 'STEERING');
CREATE TYPE "RequestChannel" AS ENUM ('COUNTER', 'PHONE', 'ONLINE', 'KIOSK', 'LETTER');
CREATE TYPE "RequestStatus" AS ENUM ('OPEN', 'ROUTED', 'REFERRED_OUT', 'DONE');
CREATE TYPE "LaneStatus" AS ENUM ('OPEN', 'CLOSED');
CREATE TYPE "EntryKind" AS ENUM ('NOTE', 'TASK', 'DECISION');
CREATE TYPE "DataCategory" AS ENUM ('GENERAL', 'RESIDENCE', 'HOUSING', 'BENEFITS', 'HEALTH', 'FAMILY', 'EDUCATION', 'WORK', 'LANGUAGE');
CREATE TYPE "Sensitivity" AS ENUM ('NORMAL', 'HIGH');

CREATE TABLE "Institution" (
    "lane" "Lane" NOT NULL,
    "name" TEXT NOT NULL,
    "operator" TEXT NOT NULL,
    "publicBody" BOOLEAN NOT NULL,
    CONSTRAINT "Institution_pkey" PRIMARY KEY ("lane")
);

CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "lane" "Lane",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMPTZ(6),
    "recoveryCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "preferredLocale" TEXT NOT NULL DEFAULT 'de',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
    -- lane roles belong to exactly one institution; the others to none
    CONSTRAINT "User_lane_matches_role" CHECK ((("role" IN ('CASEWORKER', 'LANE_LEAD')) = ("lane" IS NOT NULL)))
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(6),
    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "Person" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "givenNameLatin" TEXT NOT NULL,
    "familyNameLatin" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "nationality" TEXT,
    "language" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "district" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);
-- Fuzzy search across spellings and scripts (see lib/persons/normalize-name.ts).
CREATE INDEX "Person_searchName_trgm_idx" ON "Person" USING gin ("searchName" gin_trgm_ops);
CREATE INDEX "Person_nameKey_trgm_idx" ON "Person" USING gin ("nameKey" gin_trgm_ops);
CREATE INDEX "Person_birthDate_idx" ON "Person"("birthDate");

CREATE TABLE "CaseFile" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "fileNumber" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseFile_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CaseFile_fileNumber_key" ON "CaseFile"("fileNumber");
CREATE UNIQUE INDEX "CaseFile_personId_key" ON "CaseFile"("personId");
CREATE SEQUENCE "CaseFile_number_seq";

CREATE TABLE "CaseLane" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseFileId" UUID NOT NULL,
    "lane" "Lane" NOT NULL,
    "status" "LaneStatus" NOT NULL DEFAULT 'OPEN',
    "assignedToId" UUID,
    "openedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(6),
    CONSTRAINT "CaseLane_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CaseLane_caseFileId_lane_key" ON "CaseLane"("caseFileId", "lane");
CREATE INDEX "CaseLane_lane_status_idx" ON "CaseLane"("lane", "status");

CREATE TABLE "Request" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseFileId" UUID NOT NULL,
    "channel" "RequestChannel" NOT NULL,
    "topic" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "RequestStatus" NOT NULL DEFAULT 'OPEN',
    "externalReferral" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Request_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Request_caseFileId_idx" ON "Request"("caseFileId");

CREATE TABLE "RequestRoute" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "requestId" UUID NOT NULL,
    "caseFileId" UUID NOT NULL,
    "lane" "Lane" NOT NULL,
    "routedById" UUID,
    "routedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMPTZ(6),
    CONSTRAINT "RequestRoute_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RequestRoute_requestId_lane_key" ON "RequestRoute"("requestId", "lane");
CREATE INDEX "RequestRoute_lane_acceptedAt_idx" ON "RequestRoute"("lane", "acceptedAt");

CREATE TABLE "LaneEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseFileId" UUID NOT NULL,
    "lane" "Lane" NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "category" "DataCategory" NOT NULL,
    "sensitivity" "Sensitivity" NOT NULL DEFAULT 'NORMAL',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "doneAt" TIMESTAMPTZ(6),
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LaneEntry_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "LaneEntry_caseFileId_lane_idx" ON "LaneEntry"("caseFileId", "lane");
CREATE INDEX "LaneEntry_lane_kind_dueDate_idx" ON "LaneEntry"("lane", "kind", "dueDate");

CREATE TABLE "Consent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseFileId" UUID NOT NULL,
    "fromLane" "Lane" NOT NULL,
    "toLane" "Lane" NOT NULL,
    "categories" "DataCategory"[],
    "purpose" TEXT NOT NULL,
    "noticeVersion" TEXT NOT NULL,
    "noticeLanguage" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(6) NOT NULL,
    "grantedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,
    "revokedAt" TIMESTAMPTZ(6),
    "revokedById" UUID,
    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Consent_lanes_differ" CHECK ("fromLane" <> "toLane"),
    CONSTRAINT "Consent_has_categories" CHECK (cardinality("categories") > 0)
);
CREATE INDEX "Consent_caseFileId_toLane_idx" ON "Consent"("caseFileId", "toLane");

CREATE TABLE "Referral" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseFileId" UUID NOT NULL,
    "fromLane" "Lane" NOT NULL,
    "toLane" "Lane" NOT NULL,
    "reason" TEXT NOT NULL,
    "consentId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Referral_caseFileId_idx" ON "Referral"("caseFileId");

CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" TEXT,
    "actorLane" "Lane",
    "action" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "caseFileId" UUID,
    "lane" "Lane",
    "consentId" UUID,
    "targetId" TEXT,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");
CREATE INDEX "AuditEvent_caseFileId_occurredAt_idx" ON "AuditEvent"("caseFileId", "occurredAt");
CREATE INDEX "AuditEvent_lane_occurredAt_idx" ON "AuditEvent"("lane", "occurredAt");

ALTER TABLE "User" ADD CONSTRAINT "User_lane_fkey" FOREIGN KEY ("lane") REFERENCES "Institution"("lane") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CaseFile" ADD CONSTRAINT "CaseFile_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CaseLane" ADD CONSTRAINT "CaseLane_caseFileId_fkey" FOREIGN KEY ("caseFileId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CaseLane" ADD CONSTRAINT "CaseLane_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Request" ADD CONSTRAINT "Request_caseFileId_fkey" FOREIGN KEY ("caseFileId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "RequestRoute" ADD CONSTRAINT "RequestRoute_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LaneEntry" ADD CONSTRAINT "LaneEntry_caseFileId_fkey" FOREIGN KEY ("caseFileId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_caseFileId_fkey" FOREIGN KEY ("caseFileId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_caseFileId_fkey" FOREIGN KEY ("caseFileId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
