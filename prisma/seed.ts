import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { nameFields } from "../lib/persons/normalize-name";

/** Demo password of every demo login (README). Never used outside EINEHAND_DEMO. */
export const DEMO_PASSWORD = "einehand-demo";

export const DEMO_USERS = [
  { email: "empfang@einehand.test", displayName: "Erika Empfang", role: "FRONT_DESK", lane: null },
  { email: "abh@einehand.test", displayName: "Anton Aufenthalt", role: "CASEWORKER", lane: "ABH" },
  { email: "abh-leitung@einehand.test", displayName: "Alexandra Leitner", role: "LANE_LEAD", lane: "ABH" },
  { email: "soz@einehand.test", displayName: "Sabine Sozial", role: "CASEWORKER", lane: "SOZ" },
  { email: "soz-leitung@einehand.test", displayName: "Stefan Leitner", role: "LANE_LEAD", lane: "SOZ" },
  { email: "kim@einehand.test", displayName: "Kemal Integration", role: "CASEWORKER", lane: "KIM" },
  { email: "kim-leitung@einehand.test", displayName: "Katrin Leitner", role: "LANE_LEAD", lane: "KIM" },
  { email: "mbe@einehand.test", displayName: "Maria Beratung", role: "CASEWORKER", lane: "MBE" },
  { email: "mbe-leitung@einehand.test", displayName: "Martin Leitner", role: "LANE_LEAD", lane: "MBE" },
  { email: "jmd@einehand.test", displayName: "Jana Jugend", role: "CASEWORKER", lane: "JMD" },
  { email: "jmd-leitung@einehand.test", displayName: "Jonas Leitner", role: "LANE_LEAD", lane: "JMD" },
  { email: "admin@einehand.test", displayName: "Adam Admin", role: "ADMIN", lane: null },
  { email: "steuerung@einehand.test", displayName: "Stella Steuerung", role: "STEERING", lane: null },
] as const;

const INSTITUTIONS = [
  ["ABH", "Ausländerbehörde", "Stadt Hamm", true],
  ["SOZ", "Amt für Soziale Integration", "Stadt Hamm", true],
  ["KIM", "Kommunales Integrationszentrum / Integrationsmanagement", "Stadt Hamm", true],
  ["MBE", "Migrationsberatung für erwachsene Zuwanderer", "AWO Unterbezirk Hamm-Warendorf", false],
  ["JMD", "Jugendmigrationsdienst", "DRK-Kreisverband Hamm", false],
] as const;

// [given, family, latin given, latin family, nationality, language]
const PEOPLE: [string, string, string, string, string, string][] = [
  ["محمد", "الأحمد", "Mohammed", "Al-Ahmad", "SY", "ar"],
  ["Muhammad", "Rahimi", "Muhammad", "Rahimi", "AF", "fa"],
  ["Олександр", "Коваленко", "Oleksandr", "Kovalenko", "UA", "uk"],
  ["Ayşe", "Şahin", "Ayşe", "Şahin", "TR", "tr"],
  ["Mehmet", "Yılmaz", "Mehmet", "Yılmaz", "TR", "tr"],
  ["Agnieszka", "Kowalska", "Agnieszka", "Kowalska", "PL", "pl"],
  ["Иван", "Петров", "Ivan", "Petrov", "BG", "bg"],
  ["Maria", "Popescu", "Maria", "Popescu", "RO", "ro"],
  ["فاطمة", "حسن", "Fatima", "Hassan", "IQ", "ar"],
  ["Ahmad", "Karimi", "Ahmad", "Karimi", "AF", "ps"],
  ["Олена", "Шевченко", "Olena", "Shevchenko", "UA", "uk"],
  ["Yusuf", "Demir", "Yusuf", "Demir", "TR", "tr"],
  ["خالد", "العلي", "Khaled", "Al-Ali", "SY", "ar"],
  ["Piotr", "Nowak", "Piotr", "Nowak", "PL", "pl"],
  ["Георги", "Димитров", "Georgi", "Dimitrov", "BG", "bg"],
  ["Ioana", "Ionescu", "Ioana", "Ionescu", "RO", "ro"],
  ["Наталія", "Бондаренко", "Nataliia", "Bondarenko", "UA", "uk"],
  ["Zainab", "Mohammadi", "Zainab", "Mohammadi", "AF", "fa"],
  ["Emre", "Kaya", "Emre", "Kaya", "TR", "tr"],
  ["سارة", "إبراهيم", "Sara", "Ibrahim", "IQ", "ar"],
  ["Andrzej", "Wiśniewski", "Andrzej", "Wiśniewski", "PL", "pl"],
  ["Дмитро", "Мельник", "Dmytro", "Melnyk", "UA", "uk"],
  ["Elena", "Stoica", "Elena", "Stoica", "RO", "ro"],
  ["Reza", "Hosseini", "Reza", "Hosseini", "IR", "fa"],
  ["عمر", "السيد", "Omar", "Al-Sayed", "SY", "ar"],
  ["Hatice", "Çelik", "Hatice", "Çelik", "TR", "tr"],
  ["Мария", "Иванова", "Mariya", "Ivanova", "BG", "bg"],
  ["Bogdan", "Marin", "Bogdan", "Marin", "RO", "ro"],
  ["Ірина", "Ткаченко", "Iryna", "Tkachenko", "UA", "uk"],
  ["Mohamed", "Haddad", "Mohamed", "Haddad", "SY", "ar"],
  ["Katarzyna", "Zielińska", "Katarzyna", "Zielińska", "PL", "pl"],
  ["نور", "الدين", "Nour", "Al-Din", "SY", "ar"],
  ["Farid", "Noori", "Farid", "Noori", "AF", "ps"],
  ["Андрій", "Бойко", "Andrii", "Boiko", "UA", "uk"],
  ["Selin", "Arslan", "Selin", "Arslan", "TR", "tr"],
  ["Stefan", "Georgiev", "Stefan", "Georgiev", "BG", "bg"],
  ["Ana", "Dumitru", "Ana", "Dumitru", "RO", "ro"],
  ["يوسف", "ناصر", "Youssef", "Nasser", "IQ", "ar"],
  ["Marta", "Lewandowska", "Marta", "Lewandowska", "PL", "pl"],
  ["Тарас", "Кравченко", "Taras", "Kravchenko", "UA", "uk"],
  ["Leyla", "Aydın", "Leyla", "Aydın", "TR", "tr"],
  ["Hamid", "Ahmadi", "Hamid", "Ahmadi", "AF", "fa"],
  ["ليلى", "منصور", "Layla", "Mansour", "SY", "ar"],
  ["Nikolai", "Todorov", "Nikolai", "Todorov", "BG", "bg"],
  ["Cristina", "Radu", "Cristina", "Radu", "RO", "ro"],
  ["Софія", "Лисенко", "Sofiia", "Lysenko", "UA", "uk"],
  ["Ali", "Öztürk", "Ali", "Öztürk", "TR", "tr"],
  ["حسين", "جاسم", "Hussein", "Jasim", "IQ", "ar"],
  ["Tomasz", "Wójcik", "Tomasz", "Wójcik", "PL", "pl"],
  ["Amina", "Sultani", "Amina", "Sultani", "AF", "fa"],
];

const DISTRICTS = ["Hamm-Mitte", "Hamm-Norden", "Hamm-Westen", "Herringen", "Bockum-Hövel", "Heessen", "Uentrop", "Pelkum", "Rhynern"];

const NOTES: Record<string, [string, string, string][]> = {
  ABH: [["NOTE", "RESIDENCE", "Aufenthaltserlaubnis läuft in 3 Monaten ab; Verlängerung beantragt."], ["TASK", "RESIDENCE", "Biometrisches Foto und Pass nachreichen lassen"], ["DECISION", "RESIDENCE", "Fiktionsbescheinigung ausgestellt"]],
  SOZ: [["NOTE", "BENEFITS", "Antrag auf Leistungen eingegangen, Mietvertrag liegt vor."], ["TASK", "HOUSING", "Wohnungsangebot prüfen"], ["DECISION", "BENEFITS", "Leistungen ab dem 1. des Monats bewilligt"]],
  KIM: [["NOTE", "LANGUAGE", "Integrationskurs B1 empfohlen"], ["TASK", "EDUCATION", "Anerkennung des Berufsabschlusses anstoßen"], ["NOTE", "WORK", "Kontakt zum Jobcenter hergestellt"]],
  MBE: [["NOTE", "HOUSING", "Sucht dringend eine größere Wohnung; Familie lebt beengt."], ["NOTE", "HEALTH", "Psychosoziale Belastung, Beratung zu Hilfsangeboten"], ["TASK", "FAMILY", "Unterlagen für Familiennachzug sortieren"]],
  JMD: [["NOTE", "EDUCATION", "Schulplatz in der 9. Klasse gesucht"], ["TASK", "LANGUAGE", "Anmeldung Jugendintegrationskurs"], ["NOTE", "HOUSING", "Wohnt bei der Tante, Zimmer zu klein"]],
};

// topics from lib/requests/topics.ts
const SEED_TOPIC: Record<string, string> = { ABH: "RESIDENCE_EXTENSION", SOZ: "BENEFITS", KIM: "CASE_MANAGEMENT", MBE: "COUNSELLING", JMD: "YOUTH_COUNSELLING" };

function ageOn(birth: Date, today = new Date()) {
  let a = today.getUTCFullYear() - birth.getUTCFullYear();
  const m = today.getUTCMonth() - birth.getUTCMonth();
  if (m < 0 || (m === 0 && today.getUTCDate() < birth.getUTCDate())) a--;
  return a;
}

/** Demo data: the five institutions, one login per role, ~50 persons with lanes across all five. */
export async function seedDemo(adminUrl: string, log: (m: string) => void = console.log) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if ((await client.query(`SELECT 1 FROM "Institution" LIMIT 1`)).rowCount) return false;
    log("[seed] loading demo data");
    await client.query("BEGIN");
    for (const [lane, name, operator, publicBody] of INSTITUTIONS) {
      await client.query(`INSERT INTO "Institution" (lane, name, operator, "publicBody") VALUES ($1, $2, $3, $4)`, [lane, name, operator, publicBody]);
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const userIds: Record<string, string> = {};
    for (const u of DEMO_USERS) {
      const { rows } = await client.query(
        `INSERT INTO "User" (email, "displayName", "passwordHash", role, lane) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [u.email, u.displayName, passwordHash, u.role, u.lane],
      );
      userIds[u.email] = rows[0].id;
    }
    const year = new Date().getUTCFullYear();
    for (let i = 0; i < PEOPLE.length; i++) {
      const [given, family, latinGiven, latinFamily, nationality, language] = PEOPLE[i];
      // ages 13..70, spread deterministically
      const birth = new Date(Date.UTC(year - 13 - ((i * 7) % 58), (i * 5) % 12, 1 + ((i * 11) % 28)));
      const n = nameFields(given, family, { given: latinGiven, family: latinFamily });
      const { rows } = await client.query(
        `INSERT INTO "Person" ("givenName", "familyName", "givenNameLatin", "familyNameLatin", "searchName", "nameKey", "birthDate", nationality, language, phone, district)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
        [n.givenName, n.familyName, n.givenNameLatin, n.familyNameLatin, n.searchName, n.nameKey, birth, nationality, language, `+49 2381 ${100000 + i * 37}`, DISTRICTS[i % DISTRICTS.length]],
      );
      const file = await client.query(
        `INSERT INTO "CaseFile" ("fileNumber", "personId") VALUES ('EH-' || $1 || '-' || lpad(nextval('"CaseFile_number_seq"')::text, 6, '0'), $2) RETURNING id`,
        [year, rows[0].id],
      );
      const caseFileId = file.rows[0].id;
      const counselling = ageOn(birth) <= 27 ? "JMD" : "MBE";
      const lanes = [["ABH"], ["ABH", "SOZ"], ["KIM", counselling], ["ABH", counselling], ["SOZ", "KIM"], [counselling]][i % 6];
      for (const lane of lanes) {
        const caseworker = userIds[`${lane.toLowerCase()}@einehand.test`];
        await client.query(`INSERT INTO "CaseLane" ("caseFileId", lane, "assignedToId") VALUES ($1, $2, $3)`, [caseFileId, lane, i % 3 === 0 ? null : caseworker]);
        const req = await client.query(
          `INSERT INTO "Request" ("caseFileId", channel, topic, summary, status, "createdById") VALUES ($1, 'COUNTER', $2, '', 'ROUTED', $3) RETURNING id`,
          [caseFileId, SEED_TOPIC[lane], userIds["empfang@einehand.test"]],
        );
        await client.query(`INSERT INTO "RequestRoute" ("requestId", "caseFileId", lane, "routedById", "acceptedAt") VALUES ($1, $2, $3, $4, now())`, [req.rows[0].id, caseFileId, lane, userIds["empfang@einehand.test"]]);
        for (const [kind, category, title] of NOTES[lane].slice(0, 1 + (i % 3))) {
          const due = kind === "TASK" ? new Date(Date.now() + ((i % 10) - 3) * 86400000) : null;
          await client.query(
            `INSERT INTO "LaneEntry" ("caseFileId", lane, kind, category, title, body, "dueDate", "authorId") VALUES ($1,$2,$3,$4,$5,'',$6,$7)`,
            [caseFileId, lane, kind, category, title, due, caseworker],
          );
        }
      }
      // one file in six: the counselling service shares housing notes with KIM, by consent
      if (i % 6 === 2) {
        await client.query(
          `INSERT INTO "Consent" ("caseFileId", "fromLane", "toLane", categories, purpose, "noticeVersion", "noticeLanguage", "expiresAt", "recordedById")
           VALUES ($1, $2, 'KIM', ARRAY['HOUSING']::"DataCategory"[], 'Wohnungssuche gemeinsam unterstützen', 'consent-notice-v1', $3, now() + interval '180 days', $4)`,
          [caseFileId, counselling, language, userIds[`${counselling.toLowerCase()}@einehand.test`]],
        );
      }
    }
    await client.query("COMMIT");
    log(`[seed] ${PEOPLE.length} persons, ${DEMO_USERS.length} staff logins`);
    return true;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
