import { describe, expect, it } from "vitest";
import { nameFields, nameKeyOf, searchNameOf } from "@/lib/persons/normalize-name";

describe("name normalisation across spellings and scripts", () => {
  it.each([
    ["Mohammed", "Muhammad"],
    ["Mohamed", "محمد"],
    ["Олександр", "Oleksandr"],
    ["Şahin", "Sahin"],
    ["Yusuf", "Jusuf"],
    ["Youssef", "Yusuf"],
    ["Василь", "Wasyl"],
  ])("%s and %s share a key", (a, b) => {
    expect(nameKeyOf(a)).toBe(nameKeyOf(b));
  });

  it("keeps different names apart", () => {
    expect(nameKeyOf("Mehmet")).not.toBe(nameKeyOf("Mohammed"));
    expect(nameKeyOf("Olena")).not.toBe(nameKeyOf("Oleksandr"));
  });

  it("folds diacritics and punctuation for search", () => {
    expect(searchNameOf("Ayşe Çelik-Öztürk")).toBe("ayse celik ozturk");
  });

  it("stores original script and a Latin form", () => {
    const f = nameFields("Олександр", "Коваленко");
    expect(f).toMatchObject({ givenName: "Олександр", givenNameLatin: "Oleksandr", familyNameLatin: "Kovalenko" });
    expect(f.searchName).toBe("oleksandr kovalenko");
  });
});
