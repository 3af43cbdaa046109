import { afterAll } from "vitest";
import { closeAdmin } from "./admin-db";

afterAll(async () => {
  await closeAdmin();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
